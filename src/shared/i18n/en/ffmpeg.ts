/** English texts for the ffmpeg locator's codes (what is wrong, then how to fix it). */
import type { FfmpegCode } from '../../ffmpeg'

/**
 * Placeholders: {{path}} the binary looked at, {{version}} its version number, {{missing}} the
 * missing features (e.g. "libx264, aac"), {{tried}} the candidates tried and why each failed.
 */
export const ffmpegMessages: Record<FfmpegCode, string> = {
  'ffmpeg-ok': 'ffmpeg {{version}} found at {{path}}, with RTMP, H.264 (libx264) and AAC support.',
  'ffmpeg-missing-features':
    'The ffmpeg {{version}} at {{path}} lacks {{missing}}, which the test push needs. ' +
    'Install a full ffmpeg build (for example from your OS package manager: ' +
    '"sudo apt install ffmpeg", "brew install ffmpeg", "winget install ffmpeg") and point ' +
    'FFMPEG_PATH at it, or reinstall the app so its bundled ffmpeg is used.',
  'ffmpeg-not-found':
    'No ffmpeg was found, so the test push cannot run (looked at: {{tried}}). Install ffmpeg ' +
    'with your OS package manager ("sudo apt install ffmpeg", "brew install ffmpeg", ' +
    '"winget install ffmpeg") so it is on PATH, or set the FFMPEG_PATH environment variable to ' +
    'the full path of an ffmpeg binary. Reinstalling the app also restores its bundled ffmpeg.',
  'ffmpeg-env-path-invalid':
    'FFMPEG_PATH is set to {{path}}, but that is not an executable file ({{tried}}). Fix the ' +
    'path (it must name the ffmpeg binary itself, not its folder) or unset FFMPEG_PATH to use ' +
    'the bundled ffmpeg.',
  'ffmpeg-broken':
    'The ffmpeg at {{path}} does not run properly ({{tried}}). It may be built for another ' +
    'system or damaged: reinstall it, install ffmpeg from your OS package manager, or set ' +
    'FFMPEG_PATH to a working ffmpeg binary.'
}
