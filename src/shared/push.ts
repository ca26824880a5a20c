/**
 * Types of the real ffmpeg test push: result codes, the phase timeline read from
 * ffmpeg's debug log, progress samples and how the push ended. Plain data only (no node: or
 * electron imports): the report, the CLI and the renderer all read it.
 */
import type { CheckResult } from './result'

/** Outcomes of the test push. Each has an i18n text saying what happened and what to do. */
export const PUSH_CODES = [
  'push-ok',
  'push-rejected-at-connect',
  'push-rejected-at-publish',
  'push-server-error',
  'push-dropped',
  'push-handshake-failed',
  'push-connect-failed',
  'push-timeout-silent',
  'push-cancelled',
  'push-spawn-failed',
  'push-ffmpeg-crashed'
] as const
/** One test-push outcome. */
export type PushCode = (typeof PUSH_CODES)[number]

/** Phases of a push as ffmpeg reports them, in the order they normally happen. */
export const PUSH_PHASES = [
  'spawned',
  'tcp-connecting',
  'tcp-connected',
  'handshake-started',
  'handshake-answered',
  'connect-answered',
  'stream-creating',
  'publish-sent',
  'accepted',
  'media-flowing',
  'server-error',
  'ended',
  'exited'
] as const
/** One phase of the timeline. */
export type PushPhase = (typeof PUSH_PHASES)[number]

/** How ffmpeg said the connection or the run ended (first matching line wins). */
export const PUSH_END_KINDS = [
  'io-error',
  'broken-pipe',
  'connection-reset',
  'end-of-file',
  'connection-refused',
  'connection-timed-out',
  'operation-timed-out',
  'network-unreachable',
  'host-unreachable',
  'resolve-failed',
  'cannot-open-connection',
  'handshake-failed',
  'server-error',
  'completed',
  'signal',
  'other-error'
] as const
/** One way a push ends. */
export type PushEndKind = (typeof PUSH_END_KINDS)[number]

/** One entry of the phase timeline; `atMs` is ms since ffmpeg was spawned. */
export interface PushPhaseEvent {
  phase: PushPhase
  atMs: number
  /** Short redacted detail (the address connected to, the server's error text, the end line). */
  detail?: string
}

/** One `frame= … size= … time= … bitrate= … speed=` progress line, parsed. */
export interface PushProgressSample {
  /** ms since spawn when the line was read (0 when parsed offline). */
  atMs: number
  /** Media time pushed so far, s. */
  timeSec: number
  frames?: number
  /** Bytes written so far (ffmpeg's `size=`/`Lsize=`, kB × 1024). */
  bytes?: number
  /** Average bitrate so far, kbit/s. */
  kbps?: number
  /** Encoding speed relative to real time (1 = real time; `-re` keeps it near 1). */
  speed?: number
}

/** How and when the push ended. */
export interface PushEnd {
  kind: PushEndKind
  atMs: number
  /** True when media had been flowing (a progress line with frames or media time > 0). */
  afterMedia: boolean
  /** True when the server had accepted the publish (ffmpeg opened the output). */
  afterAccept: boolean
  /** The redacted ffmpeg line that said so. */
  line?: string
}

/** Evidence of the test push. Secrets in URLs and lines are redacted (txSecret: first 4 chars). */
export interface PushEvidence {
  /** ffmpeg's process id while it ran (absent when the spawn failed). */
  pid?: number
  ffmpegPath: string
  /** ffmpeg's arguments, redacted (what a support agent would run by hand). */
  args: string[]
  /** The output URL, redacted. */
  output: string
  windowSec: number
  rwTimeoutMs: number
  watchdogMs: number
  timeline: PushPhaseEvent[]
  /** ffmpeg opened the output: the server answered NetStream.Publish.Start. Not success by itself. */
  publishStartSeen: boolean
  /** Publish.Start seen and the session then held for at least the accept hold time. */
  accepted: boolean
  /** Accepted and media flowed for the whole window. */
  sustained: boolean
  /** Largest media time reached, s. */
  mediaSec: number
  progress: PushProgressSample[]
  /** The server's own error text (ffmpeg's `Server error: …`), redacted. */
  serverError?: string
  end?: PushEnd
  /** ms from Publish.Start until the end, when the push was accepted and then ended. */
  endAfterAcceptMs?: number
  exit: { code: number | null; signal: string | null; atMs: number }
  /** Set when the engine stopped ffmpeg itself. */
  killedBy?: 'cancel' | 'watchdog'
  /** True when SIGTERM was not enough and SIGKILL was sent. */
  sigkillSent?: boolean
  /** errno code of a failed spawn (ENOENT, EACCES, …). */
  spawnError?: string
  /** Last lines of ffmpeg's stderr, redacted, noise dropped, capped. */
  stderrTail: string[]
}

/** Progress reported while the push runs. */
export type PushProgress =
  { kind: 'phase'; event: PushPhaseEvent } | { kind: 'sample'; sample: PushProgressSample }

/** Result of the test push check. */
export type PushResult = CheckResult<'test-push', PushCode, PushEvidence>

/** Values for the `{{placeholders}}` of the push messages (src/shared/i18n/en/push.ts). */
export function pushMessageParams(e: PushEvidence): Record<string, string | number> {
  const lastPhase = [...e.timeline]
    .reverse()
    .find((t) => t.phase !== 'ended' && t.phase !== 'exited')
  return {
    seconds: e.windowSec,
    mediaSec: Math.round(e.mediaSec * 10) / 10,
    serverError: e.serverError ?? '',
    endAfterAcceptMs: e.endAfterAcceptMs ?? 0,
    endKind: e.end?.kind ?? '',
    endLine: e.end?.line ?? '',
    lastPhase: lastPhase?.phase ?? 'spawned',
    rwTimeoutMs: e.rwTimeoutMs,
    watchdogMs: e.watchdogMs,
    path: e.ffmpegPath,
    spawnError: e.spawnError ?? '',
    exit: e.exit.signal ?? (e.exit.code === null ? '' : `code ${e.exit.code}`)
  }
}
