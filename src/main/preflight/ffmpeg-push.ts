/**
 * The real test push: ffmpeg pushes a generated test pattern with audio to the
 * ingest for a fixed window; its debug log is read line by line into a phase timeline, and the
 * outcome gets a code from evidence (accepted? sustained? who closed, when?).
 *
 * The process is started and stopped by the shared ffmpeg runner (ffmpeg-runner.ts), which says
 * why that is child_process and not fluent-ffmpeg's run(); this file describes what to run and
 * reads what ffmpeg says.
 */
import {
  FFMPEG_TCP_CONNECT_GIVEUP_MS,
  PUSH_ACCEPT_HOLD_MS,
  PUSH_DEFAULT_SECONDS,
  PUSH_KEYFRAME_INTERVAL_SEC,
  PUSH_KILL_GRACE_MS,
  PUSH_MAX_PROGRESS_SAMPLES,
  PUSH_RW_TIMEOUT_MS,
  PUSH_SUSTAIN_TOLERANCE_SEC,
  PUSH_TEST_FPS,
  PUSH_WATCHDOG_MARGIN_MS
} from './constants'
import { classifyLine, createLineSplitter, createStderrTail, redactLine } from './ffmpeg-log'
import { realRunnerDeps, startFfmpeg, type FfmpegRunnerDeps } from './ffmpeg-runner'
import { testPatternInputArgs } from './test-pattern'
import type {
  PushCode,
  PushEndKind,
  PushEvidence,
  PushPhase,
  PushPhaseEvent,
  PushProgress,
  PushResult
} from '../../shared/push'
import type { CheckStatus } from '../../shared/result'

/** Options of {@link runTestPush}. */
export interface TestPushOptions {
  ffmpegPath: string
  /** Output URL (from ffmpegRtmpTarget: the IP, with the publish name and its query). */
  output: string
  /** Extra output options (from ffmpegRtmpTarget: `-rtmp_tcurl rtmp://host:port/app`). */
  extraArgs?: string[]
  /**
   * Container: FLV for RTMP/RTMPS (default), MPEG-TS for SRT. An MPEG-TS push has no publish
   * reply to wait for: the SRT connection is accepted before ffmpeg writes anything, so media
   * flowing is its acceptance.
   */
  format?: 'flv' | 'mpegts'
  /** Push window, s (default PUSH_DEFAULT_SECONDS). */
  seconds?: number
  /** ffmpeg's read/write timeout, ms (default PUSH_RW_TIMEOUT_MS). */
  rwTimeoutMs?: number
  /** Override of the watchdog, ms (default: window + connect give-up + rw_timeout + margin). */
  watchdogMs?: number
  onProgress?: (p: PushProgress) => void
}

/** Side effects of the push, injectable for tests (fake spawn, fake timers): the runner's. */
export type PushDeps = FfmpegRunnerDeps

/** The real side effects. */
export const realDeps: PushDeps = realRunnerDeps

/** Watchdog for a push: the window plus everything that may legitimately come before or after. */
function pushWatchdogMs(seconds: number, rwTimeoutMs: number): number {
  return seconds * 1000 + FFMPEG_TCP_CONNECT_GIVEUP_MS + rwTimeoutMs + PUSH_WATCHDOG_MARGIN_MS
}

/**
 * ffmpeg's arguments for the test push: a 640×360 test pattern at 30 fps plus a 1 kHz tone,
 * H.264 (ultrafast, 2 s keyframes, no B-frames, yuv420p) + AAC, `-re`, `-t seconds`, FLV,
 * debug log level (the RTMP phases are only logged at debug). Never `-timeout` on an rtmp output:
 * it makes ffmpeg *listen* instead of connect (measured); `-rw_timeout` (µs) bounds every read
 * and write instead. Built as a plain array: fluent-ffmpeg's public API gives no argument array
 * (see ffmpeg-runner.ts); the order is the one its builder produced, so recorded logs still match.
 */
export function buildPushArgs(
  output: string,
  extraArgs: readonly string[],
  seconds: number,
  rwTimeoutMs: number,
  format: 'flv' | 'mpegts' = 'flv'
): string[] {
  return [
    // -nostdin: ffmpeg must not read the terminal (it would swallow the CLI's Ctrl-C handling keys).
    ...['-hide_banner', '-nostdin', '-loglevel', 'debug'],
    ...testPatternInputArgs({ realtime: true }),
    ...['-acodec', 'aac', '-vcodec', 'libx264', '-preset', 'ultrafast'],
    // x264's own per-frame debug lines would bury the RTMP lines; keep its errors only.
    ...['-x264-params', 'log=0'],
    ...['-g', String(PUSH_KEYFRAME_INTERVAL_SEC * PUSH_TEST_FPS), '-bf', '0'],
    ...['-pix_fmt', 'yuv420p'],
    ...['-rw_timeout', String(Math.round(rwTimeoutMs * 1000))],
    ...extraArgs,
    ...['-t', String(seconds), '-f', format, output]
  ]
}

const CONNECT_END_KINDS: readonly PushEndKind[] = [
  'connection-refused',
  'connection-timed-out',
  'network-unreachable',
  'host-unreachable',
  'resolve-failed',
  'cannot-open-connection'
]
const TIMEOUT_END_KINDS: readonly PushEndKind[] = ['connection-timed-out', 'operation-timed-out']

/**
 * The code of a finished push, from its evidence alone (pure; tested on recorded logs too).
 * Order: local problems, then success, then the server's own words, then how far the session got.
 */
function decidePushCode(e: PushEvidence): PushCode {
  if (e.spawnError !== undefined) return 'push-spawn-failed'
  if (e.killedBy === 'cancel') return 'push-cancelled'
  if (e.sustained) return 'push-ok'
  if (e.serverError !== undefined) return 'push-server-error'
  if (e.publishStartSeen) return e.accepted ? 'push-dropped' : 'push-rejected-at-publish'
  const reached = (p: PushPhase): boolean => e.timeline.some((t) => t.phase === p)
  const timedOut =
    e.killedBy === 'watchdog' || (e.end !== undefined && TIMEOUT_END_KINDS.includes(e.end.kind))
  if (reached('publish-sent')) return timedOut ? 'push-timeout-silent' : 'push-rejected-at-publish'
  if (reached('connect-answered') || reached('stream-creating'))
    return timedOut ? 'push-timeout-silent' : 'push-rejected-at-connect'
  if (reached('tcp-connected') || reached('handshake-started'))
    return timedOut ? 'push-timeout-silent' : 'push-handshake-failed'
  if (e.end !== undefined && CONNECT_END_KINDS.includes(e.end.kind)) return 'push-connect-failed'
  if (e.killedBy === 'watchdog') return 'push-timeout-silent'
  return 'push-ffmpeg-crashed'
}

/** Status of each code: only a sustained push passes; a cancelled one was not judged. */
function pushStatusOf(code: PushCode): CheckStatus {
  if (code === 'push-ok') return 'pass'
  if (code === 'push-cancelled') return 'skipped'
  return 'fail'
}

/** Per-run state while reading ffmpeg's log. Created per call: never module-level. */
interface RunState {
  ev: PushEvidence
  seen: Set<PushPhase>
  publishStartAt?: number
}

function addPhase(
  st: RunState,
  phase: PushPhase,
  atMs: number,
  onProgress: TestPushOptions['onProgress'],
  detail?: string
): void {
  if (st.seen.has(phase)) return
  st.seen.add(phase)
  const event: PushPhaseEvent = detail === undefined ? { phase, atMs } : { phase, atMs, detail }
  st.ev.timeline.push(event)
  onProgress?.({ kind: 'phase', event })
}

function setEnd(st: RunState, kind: PushEndKind, atMs: number, line?: string): void {
  if (st.ev.end) return
  st.ev.end = {
    kind,
    atMs,
    afterMedia: st.seen.has('media-flowing'),
    afterAccept: st.publishStartAt !== undefined,
    ...(line === undefined ? {} : { line })
  }
}

/** Fold one stderr line (stamped with ms since spawn) into the run state. */
function onLine(st: RunState, line: string, atMs: number, opts: TestPushOptions): void {
  const p = opts.onProgress
  for (const event of classifyLine(line)) {
    switch (event.kind) {
      case 'tcp-connecting':
      case 'tcp-connected':
        addPhase(st, event.kind, atMs, p, event.address)
        break
      case 'handshake-started':
      case 'stream-creating':
      case 'publish-sent':
        addPhase(st, event.kind, atMs, p)
        break
      case 'handshake-answered':
      case 'connect-answered':
        addPhase(st, event.kind, atMs, p, event.detail)
        break
      case 'accepted':
        if (st.publishStartAt === undefined) st.publishStartAt = atMs
        st.ev.publishStartSeen = true
        addPhase(st, 'accepted', atMs, p, event.detail)
        break
      case 'progress': {
        const sample = { ...event.sample, atMs }
        st.ev.progress.push(sample)
        // Keep the newest samples: the end of the push says more than its start.
        if (st.ev.progress.length > PUSH_MAX_PROGRESS_SAMPLES) st.ev.progress.shift()
        st.ev.mediaSec = Math.max(st.ev.mediaSec, sample.timeSec)
        p?.({ kind: 'sample', sample })
        if (sample.timeSec > 0 || (sample.frames ?? 0) > 0) {
          if (opts.format === 'mpegts' && st.publishStartAt === undefined) {
            st.publishStartAt = atMs
            st.ev.publishStartSeen = true
            addPhase(st, 'accepted', atMs, p, 'srt')
          }
          addPhase(st, 'media-flowing', atMs, p, `time=${sample.timeSec}`)
        }
        break
      }
      case 'server-error': {
        const text = redactLine(event.text)
        if (st.ev.serverError === undefined) st.ev.serverError = text
        addPhase(st, 'server-error', atMs, p, text)
        break
      }
      case 'end': {
        // "Cannot read RTMP handshake response" is followed by the reason (timed out, end of
        // file, reset): the reason says more, so it replaces the generic handshake failure.
        const generic = st.ev.end?.kind === 'handshake-failed' && event.end !== 'handshake-failed'
        if (st.ev.end && !generic) break
        const red = redactLine(line)
        if (generic) st.ev.end = undefined
        setEnd(st, event.end, atMs, red)
        addPhase(st, 'ended', atMs, p, red)
        break
      }
      case 'signal-exit':
        // "Exiting normally, received signal 15.": stopped by a signal (ours or someone's).
        setEnd(st, 'signal', atMs, redactLine(line))
        break
      case 'exit-summary':
        break
    }
  }
}

/** Fill in the judgement fields once ffmpeg has exited. */
function finish(st: RunState, windowSec: number): void {
  const ev = st.ev
  const exitedCleanly = ev.exit.code === 0 && ev.killedBy === undefined
  if (!ev.end && exitedCleanly) setEnd(st, 'completed', ev.exit.atMs)
  if (!ev.end && ev.exit.signal !== null) setEnd(st, 'signal', ev.exit.atMs)
  if (!ev.end && ev.exit.code !== 0) setEnd(st, 'other-error', ev.exit.atMs)
  if (st.publishStartAt !== undefined && ev.end && ev.end.kind !== 'completed')
    ev.endAfterAcceptMs = Math.max(0, ev.end.atMs - st.publishStartAt)
  // A server error status, even when ffmpeg carried on, means the publish was not clean.
  ev.sustained =
    exitedCleanly &&
    ev.publishStartSeen &&
    ev.serverError === undefined &&
    ev.end?.kind === 'completed' &&
    ev.mediaSec >= windowSec - PUSH_SUSTAIN_TOLERANCE_SEC
  // Servers that say Publish.Start and close at once (node-media-server) did not accept. The
  // hold is read from the clock and from the media time (with -re they advance together; the
  // media time alone works for a log read offline).
  const held =
    ev.endAfterAcceptMs === undefined ||
    ev.endAfterAcceptMs >= PUSH_ACCEPT_HOLD_MS ||
    ev.mediaSec * 1000 >= PUSH_ACCEPT_HOLD_MS
  ev.accepted = ev.sustained || (ev.publishStartSeen && held)
}

function newRunState(
  ffmpegPath: string,
  output: string,
  windowSec: number,
  rwTimeoutMs: number,
  watchdogMs: number
): RunState {
  return {
    seen: new Set(),
    ev: {
      ffmpegPath,
      args: [],
      output: redactLine(output),
      windowSec,
      rwTimeoutMs,
      watchdogMs,
      timeline: [],
      publishStartSeen: false,
      accepted: false,
      sustained: false,
      mediaSec: 0,
      progress: [],
      exit: { code: null, signal: null, atMs: 0 },
      stderrTail: []
    }
  }
}

/**
 * Judge a whole recorded stderr offline (pure): the same fold and decision as a live run, with
 * every line at time 0 (so the accept hold is judged on media time alone).
 */
export function analyzePushLog(
  stderr: string,
  exit: { code: number | null; signal: string | null },
  windowSec: number
): { code: PushCode; evidence: PushEvidence } {
  const st = newRunState('', '', windowSec, 0, 0)
  const opts: TestPushOptions = { ffmpegPath: '', output: '' }
  const tail = createStderrTail()
  const splitter = createLineSplitter()
  for (const line of [...splitter.push(stderr), ...splitter.flush()]) {
    tail.add(line)
    onLine(st, line, 0, opts)
  }
  st.ev.exit = { ...exit, atMs: 0 }
  st.ev.stderrTail = tail.lines()
  finish(st, windowSec)
  return { code: decidePushCode(st.ev), evidence: st.ev }
}

/**
 * Run the real test push and judge it. Never throws for expected failures (spawn errors,
 * refused, silent, rejected, dropped, cancelled): every one is a result with a code. Always waits
 * for ffmpeg to exit; on cancel or watchdog the runner stops it politely, then kills it after
 * PUSH_KILL_GRACE_MS.
 */
export async function runTestPush(
  opts: TestPushOptions,
  deps: PushDeps = realDeps,
  signal?: AbortSignal
): Promise<PushResult> {
  const seconds = opts.seconds ?? PUSH_DEFAULT_SECONDS
  const rwTimeoutMs = opts.rwTimeoutMs ?? PUSH_RW_TIMEOUT_MS
  const watchdogMs = opts.watchdogMs ?? pushWatchdogMs(seconds, rwTimeoutMs)
  const startedAt = deps.now()
  const st = newRunState(opts.ffmpegPath, opts.output, seconds, rwTimeoutMs, watchdogMs)
  const result = (): PushResult => {
    const code = decidePushCode(st.ev)
    return {
      id: 'test-push',
      status: pushStatusOf(code),
      code,
      timing: { startedAt, durationMs: deps.now() - startedAt },
      evidence: st.ev
    }
  }
  if (signal?.aborted) {
    st.ev.killedBy = 'cancel'
    return result()
  }

  const args = buildPushArgs(opts.output, opts.extraArgs ?? [], seconds, rwTimeoutMs, opts.format)
  st.ev.args = args.map(redactLine)
  const since = (): number => deps.now() - startedAt
  const run = startFfmpeg(
    {
      ffmpegPath: opts.ffmpegPath,
      args,
      timeoutMs: watchdogMs,
      // ffmpeg answers SIGTERM by writing its trailer, which can block on a dead connection.
      graceMs: PUSH_KILL_GRACE_MS,
      onLine: (line) => onLine(st, line, since(), opts),
      onStop: (reason) => {
        const why = reason === 'timeout' ? 'watchdog' : 'cancel'
        st.ev.killedBy = why
        setEnd(st, 'signal', since())
        addPhase(st, 'ended', since(), opts.onProgress, why)
      },
      onExit: (code, sig) => {
        st.ev.exit = { code, signal: sig, atMs: since() }
        addPhase(st, 'exited', since(), opts.onProgress, sig ?? `code ${code}`)
      }
    },
    deps,
    signal
  )
  if (run.pid !== undefined) {
    st.ev.pid = run.pid
    addPhase(st, 'spawned', since(), opts.onProgress)
  }
  const ran = await run.done
  st.ev.stderrTail = ran.stderrTail
  if (ran.forceKilled) st.ev.sigkillSent = true
  if (ran.spawnError !== undefined) st.ev.spawnError = ran.spawnError
  else finish(st, seconds)
  return result()
}
