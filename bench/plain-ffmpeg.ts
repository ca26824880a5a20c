/**
 * Bench helper: the push a support agent would type by hand — no `-rw_timeout`, no watchdog, no
 * log parsing — run with a hard cap, then read its stderr the way a human would.
 */
import { spawn } from 'node:child_process'
import { performance } from 'node:perf_hooks'
import { redactText, type Secrets } from '../src/shared/redact'
import { pidAlive } from '../test/fixtures/rtmp-ingest-push'

/** What the hand-typed ffmpeg did. */
export interface PlainFfmpegRun {
  /** ms from spawn to exit; undefined when it had to be killed at the cap. */
  exitMs?: number
  killedAtMs?: number
  code: number | null
  signal: NodeJS.Signals | null
  stderr: string
  /** Characters of stderr received before the kill (all of it when ffmpeg exited by itself). */
  stderrBeforeKill: number
  pid: number
}

/** After SIGTERM, how long ffmpeg may take before SIGKILL. */
const KILL_GRACE_MS = 2_000
/** Cap on kept stderr (info level writes ~200 bytes a progress line). */
const STDERR_CAP = 1024 * 1024

/** The plain command line (after the ffmpeg path): test pattern with audio, flv to `url`. */
function plainFfmpegArgs(url: string): string[] {
  // prettier-ignore
  return [
    '-nostdin',
    '-re',
    '-f', 'lavfi', '-i', 'testsrc2',
    '-f', 'lavfi', '-i', 'sine',
    '-c:v', 'libx264',
    '-c:a', 'aac',
    '-f', 'flv',
    url
  ]
}

/**
 * Runs `[...prefix, ffmpeg, ...plainFfmpegArgs(url)]` (prefix: e.g. `ip netns exec NS`), kills it
 * at `capMs` (SIGTERM, then SIGKILL) and resolves once the process is gone. `track` receives the
 * PID so a global watchdog can kill it too.
 */
export async function runPlainFfmpeg(
  ffmpeg: string,
  url: string,
  capMs: number,
  prefix: string[] = [],
  track: (pid: number, done: Promise<unknown>) => void = () => undefined
): Promise<PlainFfmpegRun> {
  const argv = [...prefix, ffmpeg, ...plainFfmpegArgs(url)]
  const t0 = performance.now()
  const child = spawn(argv[0], argv.slice(1), { stdio: ['ignore', 'ignore', 'pipe'] })
  if (child.pid === undefined) throw new Error(`could not start ${argv[0]}`)
  const pid = child.pid
  let stderr = ''
  child.stderr?.setEncoding('utf8')
  child.stderr?.on('data', (d: string) => {
    if (stderr.length < STDERR_CAP) stderr += d
  })
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; ms: number }>(
    (resolve) =>
      child.on('close', (code, signal) => resolve({ code, signal, ms: performance.now() - t0 }))
  )
  track(pid, done)
  let killedAtMs: number | undefined
  let stderrBeforeKill: number | undefined
  let graceTimer: NodeJS.Timeout | undefined
  const capTimer = setTimeout(() => {
    killedAtMs = performance.now() - t0
    stderrBeforeKill = stderr.length
    child.kill('SIGTERM')
    graceTimer = setTimeout(() => child.kill('SIGKILL'), KILL_GRACE_MS)
  }, capMs)
  const r = await done
  clearTimeout(capTimer)
  clearTimeout(graceTimer)
  if (pidAlive(pid)) throw new Error(`ffmpeg ${pid} still alive after close`)
  return {
    exitMs: killedAtMs === undefined ? r.ms : undefined,
    killedAtMs,
    code: r.code,
    signal: r.signal,
    stderr,
    stderrBeforeKill: stderrBeforeKill ?? stderr.length,
    pid
  }
}

/** Lines that report a problem (what a human scans for at the end of the output). */
const ERRORISH =
  /error|fail|refused|timed out|timeout|reset|broken pipe|denied|cannot|unable|invalid/i

/**
 * Does the output name the cause? Looks for `telling` in each line, with the push URL replaced by
 * `<url>` first (the URL itself contains words like txTime that would match). Returns the telling
 * line, or the first error-ish line to show what ffmpeg said instead. Secrets redacted.
 */
export function tellingLine(
  stderr: string,
  url: string,
  telling: RegExp | undefined,
  secrets: Secrets
): { names: boolean; line?: string } {
  const lines = stderr
    .split(/\r?\n|\r/)
    .map((l) => l.split(url).join('<url>').trim())
    .filter((l) => l.length > 0)
  const clean = (l: string): string => redactText(l, secrets).slice(0, 160)
  const hit = telling ? lines.find((l) => telling.test(l)) : undefined
  if (hit) return { names: true, line: clean(hit) }
  // The first problem line is the symptom; later ones ("Conversion failed!") are consequences.
  const first = lines.find((l) => ERRORISH.test(l) && !/^\s*(Stream|Input|Output) #/.test(l))
  return { names: false, line: first ? clean(first) : undefined }
}
