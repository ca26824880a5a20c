/**
 * One register function per feature (Electron Fiddle style). Each wires contract channels to the
 * engine; the engine itself never imports electron.
 */
import { app, clipboard } from 'electron'
import { handle, oneArg, type SenderCheck } from './ipc'
import {
  validateClipboardText,
  validateGenerateInput,
  validateNoArgs,
  validateOfflineInput
} from './ipc-validate'
import { analyzeOffline } from './preflight/offline-analysis'
import { generatePushUrl } from './preflight/url-generator'
import { locateFfmpeg } from './preflight/ffmpeg-locate'

/** `app:info`: version and platform for the footer and reports. */
export function registerAppHandlers(trusted: SenderCheck): void {
  handle('app:info', trusted, validateNoArgs, () => ({
    version: app.getVersion(),
    platform: process.platform,
    arch: process.arch,
    electron: process.versions.electron ?? ''
  }))
}

/** `url:analyze` and `url:generate`: the offline push-URL analysis and the URL generator. */
export function registerUrlHandlers(trusted: SenderCheck): void {
  handle('url:analyze', trusted, oneArg(validateOfflineInput), (input) => analyzeOffline(input))
  handle('url:generate', trusted, oneArg(validateGenerateInput), (input) => generatePushUrl(input))
}

/** `ffmpeg:locate`: which ffmpeg the test push will use and what it supports. */
export function registerFfmpegHandlers(trusted: SenderCheck): void {
  handle('ffmpeg:locate', trusted, validateNoArgs, () => locateFfmpeg())
}

/** `clipboard:write`: copy a generated URL or a redacted report (the page has no clipboard permission). */
export function registerClipboardHandlers(trusted: SenderCheck): void {
  handle('clipboard:write', trusted, oneArg(validateClipboardText), (text) => clipboard.writeText(text))
}
