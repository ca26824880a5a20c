/**
 * The transport ladder's cost in time: on a venue path that drops TCP 1935 (and on one that drops
 * UDP 9000), how much later does the full verdict — RTMP, RTMPS and SRT — come than the RTMP-only
 * one, and how does each row compare with a plain, hand-typed ffmpeg push over that transport?
 * Run with `npm run bench` (after the preflight bench) or `tsx bench/transports.bench.ts`. Prints
 * a Markdown table for the README.
 *
 * Network: each scenario runs in a network namespace made here (loopback inside it only), with
 * the whole ingest world inside too; the namespaces are deleted at the end, whatever happens.
 */
import { cpus, platform, release } from 'node:os'
import { ladderWorldMissing } from '../test/fixtures/ladder-world'
import { makeFilteredNamespace, runInNamespace } from '../test/helpers/netns'

/** Whole bench bound: two scenarios of ~40 s each on a busy 2-core machine. */
const SCENARIO_TIMEOUT_MS = 120_000

interface ChildResult {
  rtmpOnly: { ms: number; verdict: string; rows: Array<[string, string, number]> }
  all: { ms: number; verdict: string; rows: Array<[string, string, number]> }
  plain: Record<'rtmp' | 'rtmps' | 'srt', { ms: number; code: number | null; killed: boolean }>
}

/** Runs the child in a namespace dropping `protocol` traffic to `port`. */
async function scenario(
  label: string,
  port: number,
  protocol: 'tcp' | 'udp'
): Promise<ChildResult | string> {
  const ns = makeFilteredNamespace(`pfbl${protocol}${process.pid}`, port, protocol)
  if (!ns.ok) return `skipped (${ns.reason})`
  try {
    process.stderr.write(`bench: ${label} …\n`)
    const run = await runInNamespace(
      ns.name,
      "require('./bench/transports-child.ts')",
      { BENCH_SCENARIO: protocol },
      SCENARIO_TIMEOUT_MS
    )
    if (run.code !== 0) return `failed (exit ${run.code}): ${run.err.slice(-500)}`
    return JSON.parse(run.out) as ChildResult
  } finally {
    ns.remove()
  }
}

const s = (ms: number): string => `${(ms / 1000).toFixed(2)} s`

function table(label: string, r: ChildResult): string[] {
  const row = (t: string): [string, string, number] | undefined =>
    r.all.rows.find(([name]) => name === t)
  const plain = (t: 'rtmp' | 'rtmps' | 'srt'): string => {
    const p = r.plain[t]
    return p.killed ? `never (killed at ${s(p.ms)})` : `${s(p.ms)} (exit ${p.code})`
  }
  const lines = [
    `**${label}** — RTMP-only verdict ${s(r.rtmpOnly.ms)} (${r.rtmpOnly.verdict}); full verdict, all three ${s(r.all.ms)} (${r.all.verdict}); difference ${s(r.all.ms - r.rtmpOnly.ms)}`,
    '',
    '| transport | engine row | row time | plain ffmpeg push (3 s) |',
    '|---|---|---|---|'
  ]
  for (const t of ['rtmp', 'rtmps', 'srt'] as const) {
    const e = row(t)
    lines.push(`| ${t} | ${e?.[1] ?? '–'} | ${e ? s(e[2]) : '–'} | ${plain(t)} |`)
  }
  return lines
}

async function main(): Promise<void> {
  const missing = ladderWorldMissing()
  if (missing) {
    process.stdout.write(`transport bench skipped: ${missing}\n`)
    return
  }
  const out: string[] = [
    `Machine: ${platform()} ${release()}, ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}`,
    ''
  ]
  for (const [label, port, protocol] of [
    ['Venue drops TCP 1935', 1935, 'tcp'],
    ['Venue drops UDP 9000 (RTMP works)', 9000, 'udp']
  ] as const) {
    const r = await scenario(label, port, protocol)
    out.push(...(typeof r === 'string' ? [`**${label}** — ${r}`] : table(label, r)), '')
  }
  process.stdout.write(out.join('\n') + '\n')
}

void main()
