/**
 * The one place that starts and stops ffmpeg. Callers say *what* to run (an argument array, a
 * timeout, what to do with each stderr line); this module owns *how*: spawn without a shell, an
 * AbortSignal, a watchdog, a polite stop then a forced one after a named grace, a bounded stderr
 * tail, and a promise that settles only once the process has exited (so nothing outlives a run).
 *
 * Stopping, per platform:
 * - POSIX: SIGTERM (ffmpeg finishes the current packet and writes its trailer), then SIGKILL after
 *   the grace, because the trailer write can block on a dead connection.
 * - Windows: child.kill() is TerminateProcess whatever the signal name, so SIGTERM would be a hard
 *   kill with no trailer. The polite stop there is ffmpeg's own console command: `q` written to its
 *   stdin. That needs stdin to be a pipe and ffmpeg to read it, so on Windows the runner opens
 *   stdin and drops `-nostdin` from the arguments (stdin is our pipe, never the user's console, so
 *   nothing is swallowed). ffmpeg reads keys only between packets: one stuck opening a connection
 *   ignores `q`, and the grace then ends in TerminateProcess.
 *
 * Why child_process and not fluent-ffmpeg's run()/kill(), which the project also depends on: its
 * public API cannot meet these requirements (checked against fluent-ffmpeg 2.1.3):
 * - injectable spawn: run() calls the child_process it imported itself; tests could only swap it
 *   by mocking the module;
 * - pid: the process is only on the undocumented `ffmpegProc` field; the 'start' event gives a
 *   command line string, no pid (callers record the pid to prove the process is gone);
 * - the exact argument array: the only public view of its arguments is that 'start' string,
 *   joined by spaces, which cannot be split back; it also rewrites what it builds (`-y` before
 *   file outputs, `-strict experimental` after some codecs) and has no way to put global options
 *   (`-hide_banner -nostdin -loglevel -progress`) before the inputs, as the `-re -c copy` clip push
 *   and the test push need;
 * - one binary per run: setFfmpegPath() writes a module-wide cache, so two overlapping runs with
 *   different binaries would race;
 * - no stray processes: run() first spawns `-formats`/`-codecs`/`-encoders` to check capabilities;
 *   kill() before its 'start' event does nothing, so a cancel in that window would let ffmpeg
 *   start afterwards;
 * - exit information: the exit code and signal reach 'error' only inside a message text;
 * - Windows: the `q` stop needs the child's stdin, which its public API does not expose;
 * - injectable timers: its `timeout` option uses the global setTimeout and kills with SIGKILL only.
 */
import { spawn as nodeSpawn, type ChildProcess } from 'node:child_process'
import {
  FFMPEG_STOP_GRACE_MS,
  PUSH_LINE_BUFFER_MAX_CHARS,
  PUSH_STDERR_LINE_MAX_CHARS,
  PUSH_STDERR_TAIL_LINES
} from './constants'
import { createLineSplitter, createStderrTail } from './ffmpeg-log'

/** Why the runner stopped a process: the caller's signal, the watchdog, or the caller's stop(). */
export const FFMPEG_STOP_REASONS = ['cancel', 'timeout', 'requested'] as const
/** One of {@link FFMPEG_STOP_REASONS}. */
export type FfmpegStopReason = (typeof FFMPEG_STOP_REASONS)[number]

/** How a run ended. */
export const FFMPEG_RUN_CODES = [
  /** Exited with code 0 on its own. */
  'run-exited-ok',
  /** Exited on its own with another code, or was killed by someone else's signal. */
  'run-exited-error',
  /** Stopped by us (see stopReason); exited afterwards. */
  'run-stopped',
  /** The binary could not be started (see spawnError). */
  'run-spawn-failed',
  /** The signal was aborted before the start: nothing was spawned. */
  'run-not-started'
] as const
/** One of {@link FFMPEG_RUN_CODES}. */
export type FfmpegRunCode = (typeof FFMPEG_RUN_CODES)[number]

/** What to run and how to watch it. */
export interface FfmpegRunSpec {
  /** The binary (any program works; the Windows stop assumes ffmpeg). */
  ffmpegPath: string
  args: readonly string[]
  /** Watchdog, ms from spawn: then the run is stopped with reason 'timeout'. None by default. */
  timeoutMs?: number
  /** Polite stop → forced kill, ms (default FFMPEG_STOP_GRACE_MS). 0: kill at once. */
  graceMs?: number
  /** Each complete stderr line (split on \r and \n: progress lines end in \r), in order. */
  onLine?: (line: string) => void
  /** Raw stderr text as it arrives (for callers that keep a whole log; they cap it). */
  onStderrChunk?: (chunk: string) => void
  /** stdout text as it arrives; stdout is only opened when this is given. */
  onStdout?: (chunk: string) => void
  /** Called once when the runner begins stopping the process. */
  onStop?: (reason: FfmpegStopReason) => void
  /** The 'exit' event: the process is gone, though its last stderr lines may still come. */
  onExit?: (exitCode: number | null, signal: NodeJS.Signals | null) => void
  /** stderr lines kept in the tail (default PUSH_STDERR_TAIL_LINES). */
  tailLines?: number
  /** Longest tail line, chars (default PUSH_STDERR_LINE_MAX_CHARS). */
  lineMaxChars?: number
}

/** How {@link FfmpegRunnerDeps.spawn} wires the child's stdio. */
export interface SpawnStdio {
  stdin: 'ignore' | 'pipe'
  stdout: 'ignore' | 'pipe'
}

/** Side effects of a run, injectable for tests (fake child, fake timers, another platform). */
export interface FfmpegRunnerDeps {
  /** Start `file args…` without a shell; stderr must be piped. May throw (bad arguments). */
  spawn: (file: string, args: string[], stdio: SpawnStdio) => ChildProcess
  now: () => number
  setTimeout: (fn: () => void, ms: number) => unknown
  clearTimeout: (handle: unknown) => void
  platform: NodeJS.Platform
}

/** Real side effects. Timers are looked up at call time so fake timers apply. */
export const realRunnerDeps: FfmpegRunnerDeps = {
  spawn: (file, args, stdio) =>
    nodeSpawn(file, args, { stdio: [stdio.stdin, stdio.stdout, 'pipe'], windowsHide: true }),
  now: () => Date.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  platform: process.platform
}

/** How a run ended, as plain data. */
export interface FfmpegRunResult {
  code: FfmpegRunCode
  pid?: number
  /** Exit code, null when killed by a signal or never started. */
  exitCode: number | null
  signal: NodeJS.Signals | null
  stopReason?: FfmpegStopReason
  /** The polite stop did not end it within the grace: it was killed (SIGKILL / TerminateProcess). */
  forceKilled: boolean
  /** errno code when the binary could not be started (ENOENT, EACCES, …). */
  spawnError?: string
  /** The last stderr lines, redacted, noise dropped, each capped. */
  stderrTail: string[]
  /** ms from spawn to the process's exit, when it ran. */
  exitAtMs?: number
  /** ms from the call to the settled result. */
  durationMs: number
}

/** A started run. */
export interface FfmpegRun {
  /** The process id; undefined when it did not start. */
  readonly pid: number | undefined
  /** Stop it (polite, then forced after `graceMs`, default the spec's grace). Idempotent. */
  stop(reason?: FfmpegStopReason, graceMs?: number): void
  /** Settles once the process has exited and its stderr is read (never rejects). */
  readonly done: Promise<FfmpegRunResult>
}

/** On Windows ffmpeg must read stdin to get the `q` stop; elsewhere stdin stays closed. */
function argsFor(args: readonly string[], platform: NodeJS.Platform): string[] {
  return platform === 'win32' ? args.filter((a) => a !== '-nostdin') : [...args]
}

/** The result's code from how it ended. */
function codeOf(r: Omit<FfmpegRunResult, 'code'>): FfmpegRunCode {
  if (r.spawnError !== undefined) return 'run-spawn-failed'
  if (r.stopReason !== undefined) return 'run-stopped'
  return r.exitCode === 0 && r.signal === null ? 'run-exited-ok' : 'run-exited-error'
}

/**
 * Start ffmpeg. Never throws: a binary that cannot start, or a signal already aborted, settles
 * `done` with a code. Stops on abort, on the watchdog, or on stop(); `done` waits for the exit.
 */
export function startFfmpeg(
  spec: FfmpegRunSpec,
  deps: FfmpegRunnerDeps = realRunnerDeps,
  signal?: AbortSignal
): FfmpegRun {
  const startedAt = deps.now()
  const tail = createStderrTail(
    spec.tailLines ?? PUSH_STDERR_TAIL_LINES,
    spec.lineMaxChars ?? PUSH_STDERR_LINE_MAX_CHARS
  )
  const r: Omit<FfmpegRunResult, 'code'> = {
    exitCode: null,
    signal: null,
    forceKilled: false,
    stderrTail: [],
    durationMs: 0
  }
  const settled = (): FfmpegRunResult => ({
    ...r,
    code: codeOf(r),
    stderrTail: tail.lines(),
    durationMs: deps.now() - startedAt
  })
  if (signal?.aborted) {
    const result = { ...settled(), code: 'run-not-started' as const, stopReason: 'cancel' as const }
    return { pid: undefined, stop: () => undefined, done: Promise.resolve(result) }
  }
  const windows = deps.platform === 'win32'
  let child: ChildProcess
  try {
    child = deps.spawn(spec.ffmpegPath, argsFor(spec.args, deps.platform), {
      stdin: windows ? 'pipe' : 'ignore',
      stdout: spec.onStdout ? 'pipe' : 'ignore'
    })
  } catch (err) {
    // spawn() throws synchronously for bad arguments (e.g. a path with a NUL byte).
    r.spawnError = (err as NodeJS.ErrnoException).code ?? 'ESPAWN'
    return { pid: undefined, stop: () => undefined, done: Promise.resolve(settled()) }
  }
  r.pid = child.pid
  return watch(child, spec, deps, signal, { r, startedAt, tail, settled })
}

/** Run ffmpeg to its end (see {@link startFfmpeg}). */
export function runFfmpeg(
  spec: FfmpegRunSpec,
  deps: FfmpegRunnerDeps = realRunnerDeps,
  signal?: AbortSignal
): Promise<FfmpegRunResult> {
  return startFfmpeg(spec, deps, signal).done
}

interface RunState {
  r: Omit<FfmpegRunResult, 'code'>
  startedAt: number
  tail: ReturnType<typeof createStderrTail>
  settled: () => FfmpegRunResult
}

/**
 * The stop of one child: polite (SIGTERM; `q` on Windows), then forced after the grace. Only the
 * first call counts; a call after the exit does nothing.
 */
function stopper(
  child: ChildProcess,
  spec: FfmpegRunSpec,
  deps: FfmpegRunnerDeps,
  r: Omit<FfmpegRunResult, 'code'>,
  timers: unknown[],
  life: { exited: boolean }
): FfmpegRun['stop'] {
  const forceKill = (): void => {
    if (life.exited) return
    r.forceKilled = true
    child.kill('SIGKILL')
  }
  const politeStop = (): void => {
    if (deps.platform !== 'win32') {
      child.kill('SIGTERM')
      return
    }
    // Windows: kill() would be TerminateProcess at once; ask ffmpeg to quit as its console does.
    const stdin = child.stdin
    if (stdin && stdin.writable) stdin.end('q')
  }
  return (reason = 'requested', graceMs) => {
    if (life.exited || r.stopReason !== undefined) return
    r.stopReason = reason
    spec.onStop?.(reason)
    const grace = graceMs ?? spec.graceMs ?? FFMPEG_STOP_GRACE_MS
    if (grace <= 0) return forceKill()
    politeStop()
    timers.push(deps.setTimeout(forceKill, grace))
  }
}

/** Wire a spawned child: stderr lines and tail, stop logic, watchdog, abort, exit. */
function watch(
  child: ChildProcess,
  spec: FfmpegRunSpec,
  deps: FfmpegRunnerDeps,
  signal: AbortSignal | undefined,
  s: RunState
): FfmpegRun {
  const { r } = s
  const timers: unknown[] = []
  const splitter = createLineSplitter(PUSH_LINE_BUFFER_MAX_CHARS)
  const feed = (lines: string[]): void => {
    for (const line of lines) {
      s.tail.add(line)
      spec.onLine?.(line)
    }
  }
  const life = { exited: false }
  const stop = stopper(child, spec, deps, r, timers, life)
  const onAbort = (): void => stop('cancel')

  const done = new Promise<FfmpegRunResult>((resolve) => {
    let finished = false
    const finish = (): void => {
      if (finished) return
      finished = true
      for (const t of timers) deps.clearTimeout(t)
      signal?.removeEventListener('abort', onAbort)
      feed(splitter.flush())
      resolve(s.settled())
    }
    child.stdin?.on('error', () => undefined) // EPIPE: the process left before reading `q`
    child.stderr?.setEncoding('utf8')
    child.stderr?.on('data', (chunk: string) => {
      spec.onStderrChunk?.(chunk)
      feed(splitter.push(chunk))
    })
    if (spec.onStdout) {
      child.stdout?.setEncoding('utf8')
      child.stdout?.on('data', spec.onStdout)
    }
    child.once('error', (err: NodeJS.ErrnoException) => {
      // 'error' without a pid: the binary could not be started (ENOENT, EACCES); no exit will
      // follow. With a pid it is a failed kill(), and the exit still comes.
      if (child.pid !== undefined) return
      r.spawnError = err.code ?? 'ESPAWN'
      life.exited = true
      finish()
    })
    child.once('exit', (code, sig) => {
      life.exited = true
      r.exitCode = code
      r.signal = sig
      r.exitAtMs = deps.now() - s.startedAt
      spec.onExit?.(code, sig)
    })
    // 'close' comes after 'exit' once stdout/stderr are drained: every line has been read.
    child.once('close', () => {
      life.exited = true
      finish()
    })
  })
  signal?.addEventListener('abort', onAbort, { once: true })
  if (spec.timeoutMs !== undefined)
    timers.push(deps.setTimeout(() => stop('timeout'), spec.timeoutMs))
  return { pid: child.pid, stop, done }
}
