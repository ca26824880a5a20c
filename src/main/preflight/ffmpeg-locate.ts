/**
 * Finds the ffmpeg binary to use and what it can do. Order:
 * FFMPEG_PATH → ffmpeg-static (optional dependency) → @ffmpeg-installer/ffmpeg → `ffmpeg` on PATH
 * → `ffmpeg-not-found`. Each candidate is probed with `-version`, `-protocols`, `-encoders`
 * (argument arrays, no shell, a timeout and an output cap on every run).
 */
import { accessSync, constants as fsConstants, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import type { FfmpegInfo, FfmpegSource, FfmpegTried } from '../../shared/ffmpeg'
import { FFMPEG_PROBE_MAX_OUTPUT_BYTES, FFMPEG_PROBE_TIMEOUT_MS } from './constants'
import { realRunnerDeps, runFfmpeg, type FfmpegRunnerDeps } from './ffmpeg-runner'

/** What a short-lived process run produced. `error` is set when it could not start or timed out. */
export interface RunOutput {
  exitCode: number | null
  stdout: string
  error?: 'spawn-failed' | 'timeout'
  errorDetail?: string
}

/** How a candidate path looks on disk. */
export type FileStatus = 'file' | 'missing' | 'not-file' | 'not-executable'

/** Side effects of locateFfmpeg, injectable for tests. */
export interface LocateDeps {
  env: Record<string, string | undefined>
  platform: NodeJS.Platform
  fileStatus(p: string): FileStatus
  /** `require(id)`; throws when the package is not installed (as require does). */
  loadModule(id: string): unknown
  /** Run `file args…` without a shell, with a timeout and a cap on captured stdout. */
  run(file: string, args: string[], timeoutMs: number, maxBytes: number): Promise<RunOutput>
}

const requireCjs = createRequire(import.meta.url)

/** Real side effects. */
export const realDeps: LocateDeps = {
  env: process.env,
  platform: process.platform,
  fileStatus: (p) => {
    try {
      if (!statSync(p).isFile()) return 'not-file'
    } catch {
      return 'missing'
    }
    // Windows has no execute bit; X_OK there only checks existence.
    try {
      accessSync(p, fsConstants.X_OK)
      return 'file'
    } catch {
      return 'not-executable'
    }
  },
  loadModule: (id) => requireCjs(id),
  run: runCapped
}

/**
 * Run a short-lived probe through the ffmpeg runner, keeping at most `maxBytes` of stdout. On
 * timeout it is killed at once (a probe has nothing to flush) and awaited before this resolves.
 */
export async function runCapped(
  file: string,
  args: string[],
  timeoutMs: number,
  maxBytes: number,
  deps: FfmpegRunnerDeps = realRunnerDeps
): Promise<RunOutput> {
  let stdout = ''
  const r = await runFfmpeg(
    {
      ffmpegPath: file,
      args,
      timeoutMs,
      graceMs: 0,
      onStdout: (chunk) => {
        if (stdout.length < maxBytes) stdout += chunk.slice(0, maxBytes - stdout.length)
      }
    },
    deps
  )
  if (r.code === 'run-spawn-failed') {
    return { exitCode: null, stdout, error: 'spawn-failed', errorDetail: r.spawnError }
  }
  if (r.stopReason === 'timeout') return { exitCode: null, stdout, error: 'timeout' }
  return { exitCode: r.exitCode, stdout }
}

/** `ffmpeg version X` from the first line of `ffmpeg -version`, or undefined. */
export function parseFfmpegVersion(stdout: string): string | undefined {
  const m = /^ffmpeg version (\S+)/m.exec(stdout)
  return m ? `ffmpeg version ${m[1]}` : undefined
}

/** Output protocols listed by `ffmpeg -protocols` (the part after "Output:"). */
export function parseOutputProtocols(stdout: string): Set<string> {
  const out = new Set<string>()
  let inOutput = false
  for (const raw of stdout.split(/\r?\n/)) {
    const line = raw.trim()
    if (line === 'Output:') inOutput = true
    else if (line === 'Input:') inOutput = false
    else if (inOutput && /^[a-z0-9_]+$/.test(line)) out.add(line)
  }
  return out
}

/** Encoder names listed by `ffmpeg -encoders` (lines like " V..... libx264  description"). */
export function parseEncoders(stdout: string): Set<string> {
  const out = new Set<string>()
  for (const line of stdout.split(/\r?\n/)) {
    // Flag column is 6 chars; the legend lines ("V..... = Video") have "=" where a name would be.
    const m = /^\s*[VAS][A-Z.]{5}\s+([\w-]+)\s/.exec(line)
    if (m) out.add(m[1])
  }
  return out
}

/** Inside a packaged Electron app the binary must come from app.asar.unpacked, not the archive. */
function unpackedAsar(p: string): string {
  return p.replace(/([\\/])app\.asar([\\/])/, '$1app.asar.unpacked$2')
}

/** ffmpeg-static exports the binary path as a string (null on unsupported platforms). */
function fromFfmpegStatic(deps: LocateDeps): { path?: string; reason?: string } {
  try {
    const mod = deps.loadModule('ffmpeg-static')
    const p = typeof mod === 'string' ? mod : (mod as { default?: unknown } | null)?.default
    return typeof p === 'string' && p ? { path: p } : { reason: 'package gives no binary path' }
  } catch {
    return { reason: 'package not installed' }
  }
}

/** @ffmpeg-installer/ffmpeg exports `{ path }` and throws when its platform package is absent. */
function fromFfmpegInstaller(deps: LocateDeps): { path?: string; reason?: string } {
  try {
    const mod = deps.loadModule('@ffmpeg-installer/ffmpeg') as { path?: unknown } | null
    return typeof mod?.path === 'string' && mod.path
      ? { path: mod.path }
      : { reason: 'package gives no binary path' }
  } catch {
    return { reason: 'package not installed for this platform' }
  }
}

/** First `ffmpeg` executable on PATH, searched here (no shell, no `which`). */
function fromPath(deps: LocateDeps): { path?: string; reason?: string } {
  const win = deps.platform === 'win32'
  const pathVar = (win ? (deps.env.Path ?? deps.env.PATH) : deps.env.PATH) ?? ''
  const delimiter = win ? ';' : ':'
  // Only .exe from PATHEXT: a .bat/.cmd named ffmpeg would need a shell to run.
  const pathExt = (deps.env.PATHEXT ?? '.EXE;.CMD;.BAT;.COM').split(';')
  const exts = win ? pathExt.filter((e) => e.toLowerCase() === '.exe') : ['']
  const join = win ? path.win32.join : path.posix.join
  for (const dir of pathVar.split(delimiter)) {
    // An empty entry means the current directory; never pick a binary from there implicitly.
    if (!dir.trim()) continue
    for (const ext of exts) {
      const candidate = join(dir.replace(/^"|"$/g, ''), `ffmpeg${ext.toLowerCase()}`)
      if (deps.fileStatus(candidate) === 'file') return { path: candidate }
    }
  }
  return { reason: 'no ffmpeg on PATH' }
}

type Probe =
  | {
      ok: true
      version: string
      hasRtmp: boolean
      hasLibx264: boolean
      hasAac: boolean
      hasSrt: boolean
    }
  | { ok: false; reason: string }

/** Runs the three probes; any failure makes the candidate "broken". */
async function probe(file: string, deps: LocateDeps): Promise<Probe> {
  const run = (flag: string): Promise<RunOutput> =>
    deps.run(file, ['-hide_banner', flag], FFMPEG_PROBE_TIMEOUT_MS, FFMPEG_PROBE_MAX_OUTPUT_BYTES)
  const describe = (flag: string, out: RunOutput): string =>
    out.error === 'timeout'
      ? `${flag} timed out after ${FFMPEG_PROBE_TIMEOUT_MS} ms`
      : out.error === 'spawn-failed'
        ? `could not start: ${out.errorDetail ?? 'unknown error'}`
        : `${flag} exited with code ${out.exitCode}`
  const v = await run('-version')
  if (v.error || v.exitCode !== 0) return { ok: false, reason: describe('-version', v) }
  const version = parseFfmpegVersion(v.stdout)
  if (!version) return { ok: false, reason: '-version printed no "ffmpeg version" line' }
  const [p, e] = await Promise.all([run('-protocols'), run('-encoders')])
  if (p.error || p.exitCode !== 0) return { ok: false, reason: describe('-protocols', p) }
  if (e.error || e.exitCode !== 0) return { ok: false, reason: describe('-encoders', e) }
  const encoders = parseEncoders(e.stdout)
  const protocols = parseOutputProtocols(p.stdout)
  return {
    ok: true,
    version,
    hasRtmp: protocols.has('rtmp'),
    hasSrt: protocols.has('srt'),
    hasLibx264: encoders.has('libx264'),
    hasAac: encoders.has('aac')
  }
}

/** Locate ffmpeg and describe its capabilities. Never throws for expected failures. */
export async function locateFfmpeg(deps: LocateDeps = realDeps): Promise<FfmpegInfo> {
  const tried: FfmpegTried[] = []
  const none = { hasRtmp: false, hasLibx264: false, hasAac: false }

  // An explicit FFMPEG_PATH is the user's choice: no silent fallback when it is wrong.
  const envPath = deps.env.FFMPEG_PATH?.trim()
  if (envPath) {
    const status = deps.fileStatus(envPath)
    if (status !== 'file') {
      tried.push({ source: 'env', path: envPath, reason: status })
      return { code: 'ffmpeg-env-path-invalid', source: 'env', path: envPath, ...none, tried }
    }
    const r = await probe(envPath, deps)
    if (!r.ok) {
      tried.push({ source: 'env', path: envPath, reason: r.reason })
      return { code: 'ffmpeg-broken', source: 'env', path: envPath, ...none, tried }
    }
    return withFeatures(envPath, 'env', r, tried)
  }

  const finders: Array<[FfmpegSource, (d: LocateDeps) => { path?: string; reason?: string }]> = [
    ['ffmpeg-static', fromFfmpegStatic],
    ['ffmpeg-installer', fromFfmpegInstaller],
    ['path', fromPath]
  ]
  let firstUsable: FfmpegInfo | undefined
  let firstBroken: { source: FfmpegSource; path: string } | undefined
  for (const [source, find] of finders) {
    const found = find(deps)
    if (!found.path) {
      tried.push({ source, reason: found.reason ?? 'not found' })
      continue
    }
    const file = unpackedAsar(found.path)
    const status = deps.fileStatus(file)
    if (status !== 'file') {
      tried.push({ source, path: file, reason: status })
      continue
    }
    const r = await probe(file, deps)
    if (!r.ok) {
      tried.push({ source, path: file, reason: r.reason })
      firstBroken ??= { source, path: file }
      continue
    }
    const info = withFeatures(file, source, r, tried)
    if (info.code === 'ffmpeg-ok') return { ...info, tried: [...tried] }
    // Keep looking for a build that has everything; fall back to the first usable one.
    tried.push({ source, path: file, reason: 'missing rtmp, libx264 or aac' })
    firstUsable ??= info
  }
  if (firstUsable) return { ...firstUsable, tried }
  if (firstBroken) return { code: 'ffmpeg-broken', ...firstBroken, ...none, tried }
  return { code: 'ffmpeg-not-found', ...none, tried }
}

function withFeatures(
  file: string,
  source: FfmpegSource,
  r: Extract<Probe, { ok: true }>,
  tried: FfmpegTried[]
): FfmpegInfo {
  const complete = r.hasRtmp && r.hasLibx264 && r.hasAac
  return {
    code: complete ? 'ffmpeg-ok' : 'ffmpeg-missing-features',
    path: file,
    source,
    version: r.version,
    hasRtmp: r.hasRtmp,
    hasLibx264: r.hasLibx264,
    hasAac: r.hasAac,
    hasSrt: r.hasSrt,
    tried
  }
}
