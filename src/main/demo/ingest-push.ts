/**
 * Helpers around the local ingest, shared by the demo mode and the tests: sign a Tencent publish
 * name (computed here, not with the engine's signature code, so tests cross-check it) and run a
 * real, bounded ffmpeg push that can always be killed (the demo's "someone else is publishing").
 */
import { createHash } from 'node:crypto'
import { FFMPEG_STOP_GRACE_MS, PUSH_RW_TIMEOUT_MS } from '../preflight/constants'
import { realRunnerDeps, startFfmpeg, type FfmpegRunnerDeps } from '../preflight/ffmpeg-runner'
import { testPatternInputArgs } from '../preflight/test-pattern'

/** Hex Unix seconds, upper case as in Tencent's samples. */
export function txTimeHex(unixSec: number): string {
  return Math.floor(unixSec).toString(16).toUpperCase()
}

/** `stream?txSecret=…&txTime=…` signed with Tencent's rule. */
export function signedPublishName(
  stream: string,
  key: string,
  txTime: string,
  algorithm: 'md5' | 'sha256' = 'md5'
): string {
  const txSecret = createHash(algorithm)
    .update(key + stream + txTime)
    .digest('hex')
  return `${stream}?txSecret=${txSecret}&txTime=${txTime}`
}

/** The demo's test pattern push (H.264 + AAC, 2 s keyframes at 25 fps, no B-frames), paced live. */
export function testPatternArgs(seconds: number): string[] {
  return [
    ...testPatternInputArgs({ size: '320x180', fps: 25, realtime: true }),
    ...['-c:v', 'libx264', '-preset', 'ultrafast', '-g', '50', '-bf', '0'],
    ...['-c:a', 'aac'],
    ...['-t', String(seconds)]
  ]
}

/** A running ffmpeg push. */
export interface FfmpegPush {
  pid: number
  /** Resolves when ffmpeg exits (or is killed), with its whole stderr (capped). */
  done: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>
  /** Stop it (SIGTERM, then SIGKILL after graceMs); resolves when the process is gone. */
  kill(graceMs?: number): Promise<void>
}

/** Cap on kept stderr: a 4 s push at -loglevel debug writes ~100 KB. */
const STDERR_CAP = 4 * 1024 * 1024

/**
 * Start `ffmpeg [loglevel] <pattern> <targetArgs> -f flv <output>` through the ffmpeg runner.
 * Throws when ffmpeg cannot be started: callers hand it a binary the locator has already run.
 */
export function startPush(
  opts: {
    ffmpeg: string
    output: string
    seconds: number
    targetArgs?: string[]
    logLevel?: 'info' | 'debug' | 'verbose'
  },
  deps: FfmpegRunnerDeps = realRunnerDeps
): FfmpegPush {
  const args = [
    ...['-hide_banner', '-nostdin', '-loglevel', opts.logLevel ?? 'info'],
    ...testPatternArgs(opts.seconds),
    // rw_timeout: a server that accepts and goes silent would otherwise hang ffmpeg for ever.
    ...['-rw_timeout', String(PUSH_RW_TIMEOUT_MS * 1000)],
    ...(opts.targetArgs ?? []),
    ...['-f', 'flv', opts.output]
  ]
  let stderr = ''
  const run = startFfmpeg(
    {
      ffmpegPath: opts.ffmpeg,
      args,
      onStderrChunk: (chunk) => {
        if (stderr.length < STDERR_CAP) stderr += chunk
      }
    },
    deps
  )
  const pid = run.pid
  if (pid === undefined) throw new Error(`ffmpeg did not start: ${opts.ffmpeg}`)
  const done = run.done.then((r) => ({ code: r.exitCode, signal: r.signal, stderr }))
  const kill = async (graceMs = FFMPEG_STOP_GRACE_MS): Promise<void> => {
    run.stop('requested', graceMs)
    await done
  }
  return { pid, done, kill }
}

/** True while a process with this PID exists (signal 0 probes without signalling). */
export function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM'
  }
}
