/**
 * Bench helper: one engine run with production defaults, measured from the outside (wall clock
 * until the Report is in hand) and from the inside (the progress events per phase).
 */
import { performance } from 'node:perf_hooks'
import { runPreflight, type PreflightOptions } from '../src/main/preflight/run-preflight'
import type { PreflightProgress } from '../src/shared/report'

/** What the bench keeps of one engine run (plain data: it crosses a process boundary as JSON). */
export interface EngineRun {
  /** ms from calling runPreflight to holding the Report (the verdict). */
  totalMs: number
  /** ms from the publish phase's start to the verdict; undefined when publish never started. */
  afterPublishMs?: number
  verdict: string
  /** `id (confidence)` of the first cause, or '—'. */
  topCause: string
  /** Every cause as `id/confidence/reason`. */
  causes: string[]
  /** Each phase: start and end (ms since the run started) and the end code. */
  phases: Array<{ phase: string; startMs: number; endMs?: number; code?: string }>
}

/** Run the engine once and measure it. */
export async function measureEngine(opts: PreflightOptions): Promise<EngineRun> {
  const events: PreflightProgress[] = []
  const t0 = performance.now()
  const report = await runPreflight(opts, {
    onProgress: (p) => {
      // Push samples arrive ~2 a second; only phase starts and ends matter here.
      if (!(p.phase === 'push' && p.push)) events.push(p)
    }
  })
  const totalMs = performance.now() - t0
  const phases: EngineRun['phases'] = []
  for (const e of events) {
    const open = phases.find((p) => p.phase === e.phase && p.endMs === undefined)
    if (e.state === 'running' && !open) phases.push({ phase: e.phase, startMs: e.atMs })
    else if (e.state !== 'running' && open) Object.assign(open, { endMs: e.atMs, code: e.code })
  }
  const publishStart = phases.find((p) => p.phase === 'publish')?.startMs
  const top = report.causes[0]
  return {
    totalMs,
    afterPublishMs: publishStart === undefined ? undefined : totalMs - publishStart,
    verdict: report.verdict,
    topCause: top ? `${top.id} (${top.confidence})` : '—',
    causes: report.causes.map((c) => `${c.id}/${c.confidence}/${c.reason}`),
    phases
  }
}
