/**
 * One register function per feature (Electron Fiddle style). Each wires contract channels to the
 * engine; the engine itself never imports electron.
 */
import { app, clipboard } from 'electron'
import { handle, oneArg, sendEvent, type SenderCheck } from './ipc'
import {
  validateClipboardText,
  validateGenerateInput,
  validateNoArgs,
  validateOfflineInput,
  validatePreflightRequest,
  validateRunId
} from './ipc-validate'
import { analyzeOffline } from './preflight/offline-analysis'
import { generatePushUrl } from './preflight/url-generator'
import { locateFfmpeg } from './preflight/ffmpeg-locate'
import { runPreflight } from './preflight/run-preflight'

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

/**
 * `preflight:run` / `preflight:cancel` and the `preflight:progress` events. Running runs live in
 * this registration's closure (no module state); a window that goes away cancels its runs, so no
 * ffmpeg outlives the page that started it.
 */
export function registerPreflightHandlers(trusted: SenderCheck): {
  /** Cancel every run; resolves when all have finished (their ffmpeg has exited). */
  cancelAll: () => Promise<void>
  isRunning: () => boolean
} {
  const running = new Map<string, AbortController>()
  const settled = new Set<Promise<unknown>>()
  handle('preflight:run', trusted, oneArg(validatePreflightRequest), async (req, event) => {
    if (running.has(req.runId)) throw new Error(`preflight:run: run ${req.runId} is already running`)
    const controller = new AbortController()
    running.set(req.runId, controller)
    const sender = event.sender
    const onGone = (): void => controller.abort()
    sender.once('destroyed', onGone)
    const run = runPreflight(
      {
        url: req.url,
        keys: req.keys,
        authDeltaSec: req.authDeltaSec,
        showLengthSec: req.showLengthSec,
        dnsServer: req.dnsServer,
        pushSeconds: req.pushSeconds,
        noPush: req.noPush,
        pushRealStream: req.pushRealStream
      },
      {
        signal: controller.signal,
        onProgress: (progress) => sendEvent(sender, 'preflight:progress', { runId: req.runId, progress })
      }
    )
    const done = run.catch(() => undefined)
    settled.add(done)
    try {
      return await run
    } finally {
      settled.delete(done)
      running.delete(req.runId)
      if (!sender.isDestroyed()) sender.off('destroyed', onGone)
    }
  })
  handle('preflight:cancel', trusted, oneArg(validateRunId), (runId) => {
    const c = running.get(runId)
    c?.abort()
    return c !== undefined
  })
  return {
    cancelAll: async () => {
      running.forEach((c) => c.abort())
      await Promise.all([...settled])
    },
    isRunning: () => running.size > 0
  }
}
