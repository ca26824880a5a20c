/**
 * Bench helper, run INSIDE the network namespace the bench made (`ip netns exec NS node --import
 * tsx bench/filtered-engine-child.ts '<json>'`): starts the loopback DNS fixture there, runs the
 * engine against port 1935 (where the namespace drops SYNs) and prints the EngineRun as one JSON
 * line. All its traffic stays on the namespace's own loopback.
 */
import { startDnsServer, type Zone } from '../test/fixtures/dns-server'
import { measureEngine } from './engine-run'

/** What the parent passes as argv[2]. */
interface ChildInput {
  zone: Zone
  /** Push URL without the port-less host resolution (the host is in `zone`). */
  url: string
  key?: string
}

async function main(): Promise<void> {
  const input = JSON.parse(process.argv[2] ?? '{}') as ChildInput
  const dns = await startDnsServer(input.zone)
  try {
    const run = await measureEngine({
      url: { url: input.url },
      keys: input.key ? { primary: input.key } : undefined,
      dnsServer: `127.0.0.1:${dns.port}`
    })
    process.stdout.write(JSON.stringify(run) + '\n')
  } finally {
    await dns.close()
  }
}

main().then(
  () => process.exit(0),
  (e: unknown) => {
    process.stderr.write(`filtered-engine-child: ${e instanceof Error ? e.message : String(e)}\n`)
    process.exit(1)
  }
)
