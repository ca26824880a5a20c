/**
 * The measured half of the watch bench: runs the watch engine alone in this process (the ingest
 * and DNS server live in the parent, so their own bookkeeping does not count here) and prints
 * one JSON line per sample — memory at the start, every minute and at the end — then a summary
 * with the CPU time used. Started by bench/watch.bench.ts with the target in the environment.
 */
import { realWatchDeps, watch } from '../src/main/preflight/watch'
import type { WatchVerdict } from '../src/shared/watch'

/** One memory sample, MiB. */
function sample(label: string, rounds: number): string {
  // With --expose-gc, collect first: what stays is what the loop holds, not garbage not yet freed.
  ;(globalThis as { gc?: () => void }).gc?.()
  const m = process.memoryUsage()
  const mib = (n: number): number => Math.round((n / 1048576) * 10) / 10
  return JSON.stringify({
    kind: 'sample',
    label,
    rounds,
    rssMiB: mib(m.rss),
    heapUsedMiB: mib(m.heapUsed),
    heapTotalMiB: mib(m.heapTotal),
    externalMiB: mib(m.external)
  })
}

async function main(): Promise<void> {
  const url = process.env.BENCH_URL ?? ''
  const dnsServer = process.env.BENCH_DNS
  const key = process.env.BENCH_KEY
  const minutes = Number(process.env.BENCH_MINUTES ?? '10')
  const everyMs = Number(process.env.BENCH_EVERY_MS ?? '1000')
  const controller = new AbortController()
  const verdicts: Record<WatchVerdict, number> = { ok: 0, warn: 0, fail: 0 }
  let rounds = 0
  let alerts = 0
  const cpu0 = process.cpuUsage()
  const t0 = performance.now()
  console.log(sample('start', 0))
  const perMinute = setInterval(
    () => console.log(sample(`${Math.round((performance.now() - t0) / 60_000)} min`, rounds)),
    60_000
  )
  const end = setTimeout(() => controller.abort(), minutes * 60_000)
  const summary = await watch(
    { url: { url }, keys: key ? { primary: key } : undefined, everyMs, dnsServer },
    realWatchDeps,
    controller.signal,
    (r) => {
      rounds++
      verdicts[r.verdict]++
      alerts += r.alerts.length
    }
  )
  clearInterval(perMinute)
  clearTimeout(end)
  const cpu = process.cpuUsage(cpu0)
  console.log(sample('end', rounds))
  const wallSec = (performance.now() - t0) / 1000
  console.log(
    JSON.stringify({
      kind: 'summary',
      ...summary,
      verdicts,
      alerts,
      wallSec: Math.round(wallSec),
      cpuUserSec: cpu.user / 1e6,
      cpuSystemSec: cpu.system / 1e6,
      cpuPercent: Math.round(((cpu.user + cpu.system) / 1e6 / wallSec) * 1000) / 10
    })
  )
}

void main()
