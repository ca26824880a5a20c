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
  /** Candidates looked at and why each was passed over (for the "how to fix" text). */
  tried: Array<{ source: FfmpegSource; path?: string; reason: string }>
}
