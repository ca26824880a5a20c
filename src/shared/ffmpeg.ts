/** Types for locating the local ffmpeg and describing what it can do. */

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
  /** Can push RTMPS (an ffmpeg built with TLS). */
  hasRtmps?: boolean
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

/** Values for the {{placeholders}} of the ffmpeg messages (i18n/<lang>/ffmpeg.ts). */
export function ffmpegMessageParams(info: FfmpegInfo): Record<string, string> {
  return {
    path: info.path ?? '',
    version: info.version ?? '',
    missing: missingFfmpegFeatures(info).join(', '),
    tried: info.tried
      .map((t) => `${t.source}${t.path ? ` ${t.path}` : ''}: ${t.reason}`)
      .join('; ')
  }
}
