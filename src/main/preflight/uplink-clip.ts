/**
 * The uplink test's clip: a few seconds of incompressible, constant-rate H.264 + AAC at the rate
 * to push, encoded once per bitrate into a cache under os.tmpdir() and then pushed with
 * `-re -c copy` (so the push itself costs no CPU and only the network is measured).
 *
 * The encode is a one-shot local file encode, no network: the kind of job fluent-ffmpeg is made
 * for, so it is built and run through fluent-ffmpeg's public API (inputs, options, output, its
 * events, run and kill). The pushes, which need an injectable spawn, the pid and an exact
 * argument order, go through ffmpeg-runner.ts instead (its header says why).
 */
import {
  accessSync,
  constants as fsConstants,
  existsSync,
  mkdirSync,
  renameSync,
  rmSync,
  statSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import ffmpeg from 'fluent-ffmpeg'
import { PUSH_KEYFRAME_INTERVAL_SEC, PUSH_TEST_FPS, UPLINK_CLIP_SECONDS } from './constants'
import { testPatternInputArgs } from './test-pattern'

/** Audio share of the clip, kbit/s (AAC stereo at a streaming-typical rate). */
const CLIP_AUDIO_KBPS = 128
/** Bump when the clip's recipe changes, so stale cached clips are not reused. */
const CLIP_RECIPE_VERSION = 1

/** How one clip encode ended. */
export const CLIP_ENCODE_CODES = [
  /** ffmpeg finished with exit code 0. */
  'clip-encoded',
  /** ffmpeg could not start, or ended with an error. */
  'clip-encode-failed',
  /** Stopped by the timeout. */
  'clip-encode-timeout',
  /** Stopped by the caller's signal. */
  'clip-encode-cancelled'
] as const
/** One of {@link CLIP_ENCODE_CODES}. */
export type ClipEncodeCode = (typeof CLIP_ENCODE_CODES)[number]

/** What to encode. */
export interface ClipEncodeSpec {
  ffmpegPath: string
  /** Target rate, video + audio, kbit/s. */
  kbps: number
  /** Length of the clip, s. */
  seconds: number
  /** The file to write (FLV); overwritten if present. */
  output: string
  /** Stop the encode after this, ms. */
  timeoutMs: number
}

/**
 * Encode one clip. Never rejects; when it resolves, the encoder process is gone (whatever the
 * code, a partial `output` may be left for the caller to remove).
 */
export type EncodeClip = (spec: ClipEncodeSpec, signal?: AbortSignal) => Promise<ClipEncodeCode>

/** Encoder settings that produce `kbps` (video + audio) of incompressible, constant-rate H.264. */
export function clipEncodeArgs(kbps: number): string[] {
  const v = Math.max(100, Math.round(kbps - CLIP_AUDIO_KBPS))
  return [
    // Noise on the test pattern: x264 cannot undershoot the target on it (measured: the clip lands
    // within 2 % of the asked rate from 1.8 to 15 Mbit/s); nal-hrd=cbr pads the rest.
    '-vf',
    'noise=alls=40:allf=t',
    '-c:v',
    'libx264',
    '-preset',
    'ultrafast',
    '-b:v',
    `${v}k`,
    '-minrate',
    `${v}k`,
    '-maxrate',
    `${v}k`,
    '-bufsize',
    `${Math.round(v / 2)}k`,
    '-x264-params',
    'nal-hrd=cbr:log=0',
    '-g',
    String(PUSH_KEYFRAME_INTERVAL_SEC * PUSH_TEST_FPS),
    '-bf',
    '0',
    '-pix_fmt',
    'yuv420p',
    '-c:a',
    'aac',
    '-b:a',
    `${CLIP_AUDIO_KBPS}k`
  ]
}

/** An argument list of inputs (`[opts…] -i source`, repeated) as separate inputs. Pure. */
export function splitInputs(args: readonly string[]): Array<{ source: string; options: string[] }> {
  const inputs: Array<{ source: string; options: string[] }> = []
  let options: string[] = []
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '-i' && i + 1 < args.length) {
      inputs.push({ source: args[++i], options })
      options = []
    } else options.push(args[i])
  }
  return inputs
}

/** The clip encode as a fluent-ffmpeg command (built with its public API only). */
function clipCommand(spec: ClipEncodeSpec): ffmpeg.FfmpegCommand {
  const command = ffmpeg()
  for (const input of splitInputs(testPatternInputArgs())) {
    command.input(input.source).inputOptions(...input.options)
  }
  // fluent-ffmpeg has no public way to put global options first; ffmpeg takes them anywhere
  // before the output, and it adds `-y` itself for a file output.
  return command
    .output(spec.output)
    .outputOptions(
      '-hide_banner',
      '-nostdin',
      '-loglevel',
      'error',
      ...clipEncodeArgs(spec.kbps),
      '-t',
      String(spec.seconds),
      '-f',
      'flv'
    )
    .setFfmpegPath(spec.ffmpegPath)
}

/** True when `file` exists and may be executed (on Windows: exists). */
function executable(file: string): boolean {
  try {
    accessSync(file, fsConstants.X_OK)
    return true
  } catch {
    return false
  }
}

/**
 * The real encoder, on fluent-ffmpeg. Two things of its model shape this function:
 * - setFfmpegPath() writes a module-wide cache, not the command: every command in the process
 *   uses the last path set. That is safe here because one app uses one ffmpeg at a time, and the
 *   path is set again right before each run.
 * - run() first runs ffmpeg's capability listings, and only then spawns the encode and emits
 *   'start'; a kill() before 'start' does nothing and is lost. So a stop before 'start' is
 *   remembered and applied in the 'start' handler, and the promise waits for 'error' or 'end',
 *   which come only once the process has exited (or never started).
 * - A binary that cannot be spawned (ENOENT, EACCES) makes fluent-ffmpeg 2.1.3 throw a TypeError
 *   from inside child_process's 'error' event instead of emitting 'error' (it reads the stderr
 *   ring of a process that never started): an uncaught exception, and no event ever comes. Its
 *   public API has no way around that, so the binary is checked to be executable first.
 */
export const encodeClipWithFluent: EncodeClip = (spec, signal) =>
  new Promise((resolve) => {
    if (signal?.aborted) return resolve('clip-encode-cancelled')
    if (!executable(spec.ffmpegPath)) return resolve('clip-encode-failed')
    const command = clipCommand(spec)
    let started = false
    let stopped: 'clip-encode-timeout' | 'clip-encode-cancelled' | undefined
    // SIGKILL: a half-written clip is thrown away, so a polite stop would gain nothing.
    const stop = (why: NonNullable<typeof stopped>): void => {
      if (stopped !== undefined) return
      stopped = why
      if (started) command.kill('SIGKILL')
    }
    const onAbort = (): void => stop('clip-encode-cancelled')
    const timer = setTimeout(() => stop('clip-encode-timeout'), spec.timeoutMs)
    signal?.addEventListener('abort', onAbort, { once: true })
    const settle = (ok: boolean): void => {
      clearTimeout(timer)
      signal?.removeEventListener('abort', onAbort)
      resolve(stopped ?? (ok ? 'clip-encoded' : 'clip-encode-failed'))
    }
    command.on('start', () => {
      started = true
      if (stopped !== undefined) command.kill('SIGKILL')
    })
    command.on('error', () => settle(false))
    command.on('end', () => settle(true))
    try {
      command.run()
    } catch {
      // run() throws only for a command without an output, which clipCommand always sets.
      settle(false)
    }
  })

/** Default clip cache: per user temp dir, so it is writable in a packaged app too. */
export function defaultClipCacheDir(): string {
  return path.join(tmpdir(), 'push-preflight', 'uplink-clips')
}

/** A clip ready to push: its file and its real rate (size over length), kbit/s. */
export interface UplinkClip {
  path: string
  kbps: number
}

/**
 * The test clip for `kbps`, made once and cached under `cacheDir` (written to a temporary name,
 * then renamed, so a cancelled encode never leaves a half clip behind a valid name).
 * Why a cache under os.tmpdir() rather than clips in resources/: any --bitrate gets an exact clip
 * (a shipped set would have to pick the nearest), the installer stays small, and the temp dir is
 * writable where the app's own folder (asar) is not. The price is one encode of a few seconds.
 * The fs calls throw on an unwritable temp dir or a full disk; the caller maps that.
 */
export async function ensureClip(
  spec: { ffmpegPath: string; kbps: number; cacheDir: string; timeoutMs: number },
  deps: { encodeClip: EncodeClip; now: () => number },
  signal?: AbortSignal
): Promise<UplinkClip | undefined> {
  const name = `clip-v${CLIP_RECIPE_VERSION}-${Math.round(spec.kbps)}k-${UPLINK_CLIP_SECONDS}s.flv`
  const target = path.join(spec.cacheDir, name)
  const measured = (p: string): number => (statSync(p).size * 8) / UPLINK_CLIP_SECONDS / 1000
  if (existsSync(target)) return { path: target, kbps: measured(target) }
  mkdirSync(spec.cacheDir, { recursive: true })
  const partial = `${target}.${process.pid}.${deps.now()}.part`
  const code = await deps.encodeClip(
    {
      ffmpegPath: spec.ffmpegPath,
      kbps: spec.kbps,
      seconds: UPLINK_CLIP_SECONDS,
      output: partial,
      timeoutMs: spec.timeoutMs
    },
    signal
  )
  if (code !== 'clip-encoded' || !existsSync(partial)) {
    rmSync(partial, { force: true })
    return undefined
  }
  renameSync(partial, target)
  return { path: target, kbps: measured(target) }
}
