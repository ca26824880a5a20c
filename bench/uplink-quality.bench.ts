/**
 * Quality-under-load benchmark (`npm run bench:quality`): the uplink test (planned 3000 kbit/s, so
 * a 4.1 Mbit/s clip) over links shaped in network namespaces — delay and jitter from a user-space
 * NFQUEUE delay line, random loss from iptables, rate and queue depth from tc tbf (see
 * test/helpers/quality-link.ts) — printing per row the shaping used and what the test measured:
 * idle and loaded RTT, retransmissions, grades, sustained and recommended rate, as a Markdown
 * table for the README. Needs Linux and root (delay rows also gcc and libnetfilter-queue-dev);
 * otherwise it prints why and exits 0. About 20 s per row.
 */
import { pidAlive } from '../src/main/demo/ingest-push'
import { makeQualityLink, delayUnavailable, type Shaping } from '../test/helpers/quality-link'

const KEY = 'quality-bench-key-0123456789'
const PLANNED_KBPS = 3000
const ROWS: Shaping[] = [
  { mbit: 20 },
  { mbit: 20, delayMs: 80, jitterMs: 20 },
  { mbit: 20, lossPercent: 1 },
  { mbit: 20, delayMs: 80, jitterMs: 20, lossPercent: 1 },
  { mbit: 3, queueMs: 1000 }
]

const ms = (v: number | null | undefined): string =>
  v === null || v === undefined ? '–' : `${v} ms`

function shapingText(s: Shaping): string {
  return [
    s.delayMs ? `${s.delayMs} ± ${s.jitterMs ?? 0} ms` : '–',
    s.lossPercent ? `${s.lossPercent} %` : '–',
    `${s.mbit} Mbit/s, ${s.queueMs ?? 100} ms queue`
  ].join(' | ')
}

async function main(): Promise<void> {
  const noDelay = delayUnavailable()
  const rows = noDelay ? ROWS.filter((r) => !r.delayMs) : ROWS
  if (noDelay) console.error(`delay rows skipped: ${noDelay}`)
  const link = await makeQualityLink('ppqb', KEY)
  if (!link.ok) {
    console.log(`quality bench skipped: ${link.reason}`)
    return
  }
  const lines: string[] = []
  try {
    for (const s of rows) {
      const shaped = await link.shape(s)
      if (!shaped.ok) throw new Error(`shaping: ${shaped.reason}`)
      const r = await link.runUplink(PLANNED_KBPS)
      const e = r.evidence
      if (e.pid && pidAlive(e.pid)) throw new Error(`ffmpeg ${e.pid} outlived the uplink test`)
      const q = e.quality
      lines.push(
        `| ${shapingText(s)} | ${ms(e.rtt?.idleMs)} | ${ms(e.rtt?.loadedP50Ms)} / ${ms(e.rtt?.loadedP95Ms)} | ${e.retransmitPercent ?? '–'} % | ${q?.bufferbloat ?? '–'} | ${q?.retransmits ?? '–'} | ${q?.steadiness ?? '–'} (±${e.jitterKbps ?? '–'} kbit/s) | ${e.sustainedKbps ?? '–'} | ${e.recommendedKbps ?? '–'} | ${r.code} |`
      )
      console.error(`  ${shapingText(s)} done: ${r.code}`)
    }
  } finally {
    await link.remove()
  }
  const left = link.pids().filter((p) => pidAlive(p))
  if (left.length > 0) throw new Error(`processes outlived the bench: ${left.join(', ')}`)
  console.log(
    '| delay (RTT) | loss | tbf | idle RTT | loaded RTT p50 / p95 | retransmitted | bufferbloat | retransmissions | steadiness | sustained, kbit/s | recommended, kbit/s | verdict |'
  )
  console.log('|---|---|---|---|---|---|---|---|---|---|---|---|')
  for (const l of lines) console.log(l)
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e)
  process.exitCode = 1
})
