/**
 * Helpers around the local ingest, shared by the demo mode and the tests: sign a Tencent publish
 * name (computed here, not with the engine's signature code, so tests cross-check it) and run a
 * real, bounded ffmpeg push that can always be killed (the demo's "someone else is publishing").
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { createHash } from 'node:crypto'

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
  const txSecret = createHash(algorithm).update(key + stream + txTime).digest('hex')
  return `${stream}?txSecret=${txSecret}&txTime=${txTime}`
}

/** The generated test pattern of issue 3 (H.264 + AAC, 2 s keyframes at 25 fps, no B-frames). */
export function testPatternArgs(seconds: number): string[] {
  return [
    '-re',
    '-f', 'lavfi', '-i', 'testsrc2=size=320x180:rate=25',
    '-f', 'lavfi', '-i', 'sine',
    '-c:v', 'libx264', '-preset', 'ultrafast', '-g', '50', '-bf', '0',
    '-c:a', 'aac',
    '-t', String(seconds)
  ]
}

/** A running ffmpeg push. */
export interface FfmpegPush {
  child: ChildProcess
  pid: number
  /** Resolves when ffmpeg exits (or is killed), with its whole stderr (capped). */
  done: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>
  /** SIGTERM, then SIGKILL after graceMs; resolves when the process is gone. */
  kill(graceMs?: number): Promise<void>
}

/** Cap on kept stderr: a 4 s push at -loglevel debug writes ~100 KB. */
const STDERR_CAP = 4 * 1024 * 1024

/** Start `ffmpeg [loglevel] <pattern> <targetArgs> -f flv <output>` with an argument array. */
export function startPush(opts: {
  ffmpeg: string
  output: string
  seconds: number
  targetArgs?: string[]
  logLevel?: 'info' | 'debug' | 'verbose'
}): FfmpegPush {
  const args = [
    '-hide_banner',
    '-nostdin',
    '-loglevel', opts.logLevel ?? 'info',
    ...testPatternArgs(opts.seconds),
    // rw_timeout: a server that accepts and goes silent would otherwise hang ffmpeg for ever.
    '-rw_timeout', '5000000',
    ...(opts.targetArgs ?? []),
    '-f', 'flv',
    opts.output
  ]
  const child = spawn(opts.ffmpeg, args, { stdio: ['ignore', 'ignore', 'pipe'] })
  if (child.pid === undefined) throw new Error(`ffmpeg did not start: ${opts.ffmpeg}`)
  let stderr = ''
  child.stderr?.setEncoding('utf8')
  child.stderr?.on('data', (chunk: string) => {
    if (stderr.length < STDERR_CAP) stderr += chunk
  })
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>(
    (resolve) => child.on('close', (code, signal) => resolve({ code, signal, stderr }))
  )
  const kill = async (graceMs = 2_000): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return
    child.kill('SIGTERM')
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs)
    await done
    clearTimeout(timer)
  }
  return { child, pid: child.pid, done, kill }
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
