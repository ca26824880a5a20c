/** Types for locating the local ffmpeg and describing what it can do. */
import { formatList, type Wording } from './list-format'

/** Where the ffmpeg binary came from, in resolution order. */
export type FfmpegSource = 'env' | 'ffmpeg-static' | 'ffmpeg-installer' | 'path'

export const FFMPEG_CODES = [
  'ffmpeg-ok',
  'ffmpeg-missing-features',
  'ffmpeg-not-found',
  'ffmpeg-env-path-invalid',
  'ffmpeg-broken'
] as const
export type FfmpegCode = (typeof FFMPEG_CODES)[number]

/** A candidate looked at and why it was passed over (`missing`, `not-executable`, probe error). */
export interface FfmpegTried {
  source: FfmpegSource
  path?: string
  reason: string
}

/** The located ffmpeg, or why none could be used. */
export interface FfmpegInfo {
  code: FfmpegCode
  path?: string
  source?: FfmpegSource
  /** First line of `ffmpeg -version`, e.g. "ffmpeg version 5.1.6-0+deb12u1". */
  version?: string
  hasRtmp: boolean
  hasLibx264: boolean
  hasAac: boolean
  /** Can push SRT (libsrt): Debian's and ffmpeg-static's builds can, the npm static 4.x build cannot. */
  hasSrt?: boolean
  /** Candidates looked at and why each was passed over (for the "how to fix" text). */
  tried: FfmpegTried[]
}

/** Names of the features a located ffmpeg lacks, in a fixed order. */
export function missingFfmpegFeatures(info: FfmpegInfo): string[] {
  const missing: string[] = []
  if (!info.hasRtmp) missing.push('rtmp')
  if (!info.hasLibx264) missing.push('libx264')
  if (!info.hasAac) missing.push('aac')
  return missing
}

/** The locator's fixed reasons (ffmpeg-locate.ts), by the key of their words. */
const TRIED_REASON_KEYS: Record<string, string> = {
  'package not installed': 'not-installed',
  'package not installed for this platform': 'not-installed-platform',
  'package gives no binary path': 'no-path',
  'no ffmpeg on PATH': 'not-on-path',
  'missing rtmp, libx264 or aac': 'missing-features',
  'not found': 'not-found',
  missing: 'missing',
  'not-file': 'not-file',
  'not-executable': 'not-executable',
  '-version printed no "ffmpeg version" line': 'no-version'
}

/**
 * A reason the locator gave, in the UI language: its fixed reasons and the three shapes with a
 * value (a probe timed out, could not start, exited with a code). Unknown text stays as it is.
 */
function triedReason(reason: string, wording?: Wording): string {
  if (!wording) return reason
  const key = TRIED_REASON_KEYS[reason]
  if (key) return wording.t(`ffmpeg.tried.${key}`)
  const timedOut = /^(-\w+) timed out after (\d+) ms$/.exec(reason)
  if (timedOut) return wording.t('ffmpeg.tried.timed-out', { flag: timedOut[1], ms: timedOut[2] })
  const start = /^could not start: (.*)$/.exec(reason)
  if (start) return wording.t('ffmpeg.tried.could-not-start', { detail: start[1] })
  const exited = /^(-\w+) exited with code (.*)$/.exec(reason)
  if (exited) return wording.t('ffmpeg.tried.exited', { flag: exited[1], code: exited[2] })
  return reason
}

/**
 * Values for the {{placeholders}} of the ffmpeg messages (i18n/<lang>/ffmpeg.ts). With a wording,
 * lists and the candidates' sources are in the UI language; without one, in English.
 */
export function ffmpegMessageParams(info: FfmpegInfo, wording?: Wording): Record<string, string> {
  const locale = wording?.locale ?? 'en'
  const source = (s: FfmpegSource): string => (wording ? wording.t(`ui.ffmpeg.source.${s}`) : s)
  return {
    path: info.path ?? '',
    // "ffmpeg version 6.1.1" → "6.1.1": the word "version" is ffmpeg's English, not ours.
    version: (info.version ?? '').replace(/^ffmpeg version /, ''),
    missing: formatList(missingFfmpegFeatures(info), locale),
    tried: formatList(
      info.tried.map(
        (t) => `${source(t.source)}${t.path ? ` ${t.path}` : ''}: ${triedReason(t.reason, wording)}`
      ),
      locale
    )
  }
}
