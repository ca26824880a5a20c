/**
 * Watch bench (`npm run bench:watch`): an accelerated watch — one round a second (DNS, three
 * connects, handshake, a publish-only probe of a probe stream) for 10 minutes against a loopback
 * ingest and DNS server — printing the watch process's memory at the start, every minute and at
 * the end, and the CPU time it used. Shorter runs: `BENCH_MINUTES=2 npm run bench:watch` or
 * `npm run bench:watch -- 2`. Loopback only.
 */
import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { computeTxSecret } from '../src/main/preflight/signature-check'
import { startDnsServer } from '../src/main/demo/dns-server'
import { startIngest } from '../src/main/demo/rtmp-ingest'

const KEY = 'watch-bench-key-0123456789'
const HOST = 'push.watch.bench'
const CNAME = 'watch.bench.tlivepush.com'

async function main(): Promise<void> {
  const minutes = Number(process.argv[2] ?? process.env.BENCH_MINUTES ?? '10')
  if (!Number.isFinite(minutes) || minutes <= 0 || minutes > 24 * 60)
    throw new Error(`bad minutes: ${minutes}`)
  const ingest = await startIngest({ key: KEY })
  const dns = await startDnsServer({ [HOST]: { cname: CNAME }, [CNAME]: { a: ['127.0.0.1'] } })
  const stream = 'bench'
  const txTime = Math.floor(Date.now() / 1000 + 24 * 3600)
    .toString(16)
    .toUpperCase()
  const url = `rtmp://${HOST}:${ingest.port}/live/${stream}?txSecret=${computeTxSecret(KEY, stream, txTime, 'md5')}&txTime=${txTime}`
  const root = join(__dirname, '..')
  const child = spawn(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', join(root, 'bench/watch-child.ts')],
    {
      cwd: root,
      stdio: ['ignore', 'pipe', 'inherit'],
      env: {
        ...process.env,
        BENCH_URL: url,
        BENCH_DNS: `127.0.0.1:${dns.port}`,
        BENCH_KEY: KEY,
        BENCH_MINUTES: String(minutes)
      }
    }
  )
  // Hang guard: the child stops itself after `minutes`; this only covers a bug.
  const guard = setTimeout(() => child.kill('SIGKILL'), (minutes + 2) * 60_000)
  console.log(
    `watch bench: --every 1s for ${minutes} min against a loopback ingest (probe stream on), watch in its own process`
  )
  console.log('| when | rounds | RSS MiB | heap used MiB | heap total MiB | external MiB |')
  console.log('|---|---|---|---|---|---|')
  for await (const line of createInterface({ input: child.stdout! })) {
    const x = JSON.parse(line) as Record<string, unknown>
    if (x.kind === 'sample')
      console.log(
        `| ${x.label} | ${x.rounds} | ${x.rssMiB} | ${x.heapUsedMiB} | ${x.heapTotalMiB} | ${x.externalMiB} |`
      )
    else
      console.log(
        `\nrounds ${x.rounds} (${JSON.stringify(x.verdicts)}), alerts ${x.alerts}, wall ${x.wallSec} s, CPU user ${Number(x.cpuUserSec).toFixed(2)} s + system ${Number(x.cpuSystemSec).toFixed(2)} s = ${x.cpuPercent} % of one core`
      )
  }
  await new Promise<void>((resolve) =>
    child.exitCode !== null ? resolve() : child.once('close', () => resolve())
  )
  clearTimeout(guard)
  const probes = ingest.attempts.filter((a) => a.stream.startsWith(`${stream}_preflight_`)).length
  const real = ingest.attempts.filter((a) => a.stream === stream).length
  console.log(`ingest saw ${probes} probe-stream publishes and ${real} on the real stream name`)
  await ingest.close()
  await dns.close()
}

main().catch((err: unknown) => {
  console.error(err)
  process.exitCode = 1
})
