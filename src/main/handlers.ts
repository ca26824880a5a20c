/**
 * One register function per feature (Electron Fiddle style). Each wires contract channels to the
 * engine; the engine itself never imports electron.
 */
import { promises as fsp } from 'node:fs'
import { join } from 'node:path'
import type { TencentApiConfig } from '../shared/tencent-api'
import { createApiCredentialStore, validateApiCredentials } from './api-credential-store'
import { app, BrowserWindow, clipboard, dialog, Notification, safeStorage } from 'electron'
import i18next from 'i18next'
import { handle, oneArg, sendEvent, type HandlerContext, type SenderCheck } from './ipc'
import {
  validateClipboardText,
  validateDemoRequest,
  validateGenerateInput,
  validateNoArgs,
  validateOfflineInput,
  validatePreflightRequest,
  validateKeysToSave,
  validateOptionalIdentity,
  validateReportSaveRequest,
  validateRunId,
  validateWatchRequest
} from './ipc-validate'
import { createKeyStore, realKeyFileDeps } from './key-store'
import type { LinkInbox } from './link-inbox'
import { MAX_REPORT_BYTES, parseReportFile, safeFileName } from './report-file'
import { networkChanges, readNetworkIdentity } from './preflight/network-identity'
import { analyzeOffline } from './preflight/offline-analysis'
import { generatePushUrl } from './preflight/url-generator'
import { locateFfmpeg } from './preflight/ffmpeg-locate'
import { runPreflight } from './preflight/run-preflight'
import { runDemo } from './demo/run-demo'
import { pickRunOptions } from '../shared/options'
import type { PreflightProgress, Report } from '../shared/report'
import { I18N_OPTIONS, pickLanguage, timeWordsFor } from '../shared/i18n'
import type { WatchRound } from '../shared/watch'
import { watchAlertText } from '../shared/watch-text'
import { realWatchDeps, watch, type WatchDeps } from './preflight/watch'

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
export function registerPreflightHandlers(
  trusted: SenderCheck,
  /** The saved Tencent API credentials, attached to each run by main (the page never has them). */
  apiCredentials: () => Promise<TencentApiConfig | undefined> = async () => undefined
): {
  /** Cancel every run; resolves when all have finished (their ffmpeg has exited). */
  cancelAll: () => Promise<void>
  isRunning: () => boolean
} {
  const running = new Map<string, AbortController>()
  const settled = new Set<Promise<unknown>>()
  /** Run one tracked run: cancellable by id, cancelled when its page goes away, awaited at quit. */
  async function track(
    runId: string,
    sender: HandlerContext['sender'],
    start: (signal: AbortSignal, onProgress: (p: PreflightProgress) => void) => Promise<Report>
  ): Promise<Report> {
    if (running.has(runId)) throw new Error(`run ${runId} is already running`)
    const controller = new AbortController()
    running.set(runId, controller)
    const onGone = (): void => controller.abort()
    sender.once('destroyed', onGone)
    const run = start(controller.signal, (progress) => sendEvent(sender, 'preflight:progress', { runId, progress }))
    const done = run.catch(() => undefined)
    settled.add(done)
    try {
      return await run
    } finally {
      settled.delete(done)
      running.delete(runId)
      if (!sender.isDestroyed()) sender.off('destroyed', onGone)
    }
  }
  handle('preflight:run', trusted, oneArg(validatePreflightRequest), async (req, event) => {
    const tencentApi = await apiCredentials()
    return track(req.runId, event.sender, (signal, onProgress) =>
      runPreflight(
        // The URL, keys and CA by name; every check option as the request carries it.
        { ...pickRunOptions(req), url: req.url, keys: req.keys, caPem: req.caPem, ...(tencentApi ? { tencentApi } : {}) },
        { signal, onProgress }
      )
    )
  })
  // The demo: the same run against a local ingest + DNS on loopback (src/main/demo); same
  // progress events, same cancel channel.
  handle('demo:run', trusted, oneArg(validateDemoRequest), (req, event) =>
    track(req.runId, event.sender, async (signal, onProgress) => (await runDemo({ fail: req.fail, uplink: req.uplink, plannedKbps: req.plannedKbps }, { signal, onProgress })).report)
  )
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

/**
 * `keys:load` / `keys:save` / `keys:forget`: the "remember my push keys" option. The keys are
 * encrypted with safeStorage into userData/push-keys.bin and never leave this computer.
 */
export function registerKeyHandlers(trusted: SenderCheck): void {
  const store = createKeyStore(join(app.getPath('userData'), 'push-keys.bin'), {
    isEncryptionAvailable: () => safeStorage.isEncryptionAvailable(),
    encryptString: (plain) => safeStorage.encryptString(plain),
    decryptString: (data) => safeStorage.decryptString(data),
    ...realKeyFileDeps
  })
  handle('keys:load', trusted, validateNoArgs, () => store.load())
  handle('keys:save', trusted, oneArg(validateKeysToSave), (keys) => store.save(keys))
  handle('keys:forget', trusted, validateNoArgs, () => store.forget())
}

/**
 * `api:status` / `api:save` / `api:forget`: the Tencent API credentials of the settings, encrypted
 * with safeStorage into userData/tencent-api.bin. Returns main's reader for the preflight runs.
 */
export function registerApiCredentialHandlers(trusted: SenderCheck): () => Promise<TencentApiConfig | undefined> {
  const store = createApiCredentialStore(join(app.getPath('userData'), 'tencent-api.bin'), {
    isEncryptionAvailable: () => safeStorage.isEncryptionAvailable(),
    encryptString: (plain) => safeStorage.encryptString(plain),
    decryptString: (data) => safeStorage.decryptString(data),
    ...realKeyFileDeps
  })
  handle('api:status', trusted, validateNoArgs, () => store.status())
  handle('api:save', trusted, oneArg(validateApiCredentials), (c) => store.save(c))
  handle('api:forget', trusted, validateNoArgs, () => store.forget())
  return store.load
}

/** `net:identity`: which network this is, and what changed since the identity the page gives. */
export function registerNetworkHandlers(trusted: SenderCheck): void {
  handle('net:identity', trusted, oneArg(validateOptionalIdentity), async (before) => {
    const identity = await readNetworkIdentity()
    return { identity, changes: before ? networkChanges(before, identity) : [] }
  })
}

const EXTENSIONS = { json: 'json', markdown: 'md', text: 'txt' } as const

/**
 * `report:save` / `report:open`: report files through the system dialogs. Main picks the path
 * (the page never names one), caps the size, and re-checks a JSON file's shape both ways.
 */
export function registerReportFileHandlers(trusted: SenderCheck): void {
  handle('report:save', trusted, oneArg(validateReportSaveRequest), async (req, { sender }) => {
    const ext = EXTENSIONS[req.format]
    const win = BrowserWindow.fromWebContents(sender)
    const options = {
      defaultPath: join(app.getPath('documents'), safeFileName(req.name, ext)),
      filters: [{ name: ext.toUpperCase(), extensions: [ext] }]
    }
    const r = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options)
    if (r.canceled || !r.filePath) return { saved: false }
    await fsp.writeFile(r.filePath, req.content, 'utf8')
    return { saved: true, fileName: r.filePath.split(/[\\/]/).pop() ?? r.filePath }
  })
  handle('report:open', trusted, validateNoArgs, async (ctx) => {
    const win = BrowserWindow.fromWebContents(ctx.sender)
    const options = { properties: ['openFile' as const], filters: [{ name: 'JSON', extensions: ['json'] }] }
    const r = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options)
    const path = r.filePaths[0]
    if (r.canceled || !path) return { ok: false, cancelled: true }
    const fileName = path.split(/[\\/]/).pop() ?? path
    try {
      // Check the size before reading, so a huge file is never loaded into memory.
      if ((await fsp.stat(path)).size > MAX_REPORT_BYTES) return { ok: false, cancelled: false, error: 'too-large' }
      const parsed = parseReportFile(await fsp.readFile(path, 'utf8'))
      return parsed.ok ? { ok: true, report: parsed.report, fileName } : { ok: false, cancelled: false, error: parsed.error }
    } catch {
      return { ok: false, cancelled: false, error: 'unreadable' }
    }
  })
}

/** Shows a desktop notification (title, body). */
export type Notify = (title: string, body: string) => void

/** Electron's notification, where the system supports them. */
export const electronNotify: Notify = (title, body) => {
  if (Notification.isSupported()) new Notification({ title, body }).show()
}

/** The notification text of a round's alerts, in the language the page asked for. */
function alertNotice(round: WatchRound, lang: string): { title: string; body: string } {
  const i18n = i18next.createInstance()
  const language = pickLanguage(lang)
  void i18n.init({ ...I18N_OPTIONS, lng: language, initAsync: false })
  const t = i18n.t.bind(i18n)
  const ctx = { t, words: timeWordsFor(language), locale: language }
  return { title: t('watch.notify.title'), body: round.alerts.map((a) => watchAlertText(a, ctx)).join('\n') }
}

/**
 * `watch:start` / `watch:stop` and the `watch:round` events: the result screen's "Keep watching".
 * The key stays here for the watch's lifetime; a round with alerts raises a desktop notification.
 * A watch ends when stopped, when its page goes away, or at quit (`stopAll`): no loop outlives
 * the window that asked for it.
 */
export function registerWatchHandlers(
  trusted: SenderCheck,
  notify: Notify = electronNotify,
  deps: Partial<WatchDeps> = {}
): { stopAll: () => Promise<void>; isRunning: () => boolean } {
  const running = new Map<string, AbortController>()
  const settled = new Set<Promise<unknown>>()
  handle('watch:start', trusted, oneArg(validateWatchRequest), async (req, { sender }) => {
    if (running.has(req.watchId)) throw new Error(`watch ${req.watchId} is already running`)
    const controller = new AbortController()
    running.set(req.watchId, controller)
    const onGone = (): void => controller.abort()
    sender.once('destroyed', onGone)
    const onRound = (round: WatchRound): void => {
      sendEvent(sender, 'watch:round', { watchId: req.watchId, round })
      if (round.alerts.length > 0) {
        const n = alertNotice(round, req.lang ?? 'en')
        notify(n.title, n.body)
      }
    }
    const run = watch(req, { ...realWatchDeps, ...deps }, controller.signal, onRound)
    const done = run.catch(() => undefined)
    settled.add(done)
    try {
      return await run
    } finally {
      settled.delete(done)
      running.delete(req.watchId)
      if (!sender.isDestroyed()) sender.off('destroyed', onGone)
    }
  })
  handle('watch:stop', trusted, oneArg(validateRunId), (watchId) => {
    const c = running.get(watchId)
    c?.abort()
    return c !== undefined
  })
  return {
    stopAll: async () => {
      running.forEach((c) => c.abort())
      await Promise.all([...settled])
    },
    isRunning: () => running.size > 0
  }
}

/**
 * `link:ready` and the `link:open` events: the page says it listens, and the support link waiting
 * in the inbox (from argv or the OS) goes to that page, now and as later ones arrive.
 */
export function registerLinkHandlers(trusted: SenderCheck, inbox: LinkInbox): void {
  handle('link:ready', trusted, validateNoArgs, ({ sender }) => {
    inbox.ready((result) => {
      if (sender.isDestroyed()) return false
      sendEvent(sender, 'link:open', result)
      return true
    })
  })
}
