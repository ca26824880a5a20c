/**
 * One function per feature that returns its channels' handlers, keyed by channel; main puts them
 * together into the one map of every contract channel (a channel left out does not type-check).
 * The engine itself never imports electron.
 */
import { promises as fsp } from 'node:fs'
import { join } from 'node:path'
import type { TencentApiConfig } from '../shared/tencent-api'
import { createApiCredentialStore, validateApiCredentials } from './api-credential-store'
import { app, BrowserWindow, clipboard, dialog, Notification, safeStorage } from 'electron'
import i18next from 'i18next'
import { oneArg, sendEvent, type HandlerContext, type HandlerGroup } from './ipc'
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
import { createKeyStore, realKeyFileDeps, type KeyStoreDeps } from './key-store'
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
import type {
  DemoRequest,
  PreflightRequest,
  ReportOpenResult,
  ReportSaveRequest,
  ReportSaveResult,
  WatchRequest
} from '../shared/ipc-contract'
import { I18N_OPTIONS, pickLanguage, timeWordsFor } from '../shared/i18n'
import type { WatchRound, WatchSummary } from '../shared/watch'
import { watchAlertText } from '../shared/watch-text'
import { realWatchDeps, watch, type WatchDeps } from './preflight/watch'

/** `app:info`: version and platform for the footer and reports. */
export function appHandlers(): HandlerGroup<'app:info'> {
  return {
    'app:info': {
      validate: validateNoArgs,
      impl: () => ({
        version: app.getVersion(),
        platform: process.platform,
        arch: process.arch,
        electron: process.versions.electron ?? ''
      })
    }
  }
}

/** `url:analyze` and `url:generate`: the offline push-URL analysis and the URL generator. */
export function urlHandlers(): HandlerGroup<'url:analyze' | 'url:generate'> {
  return {
    'url:analyze': {
      validate: oneArg(validateOfflineInput),
      impl: (input) => analyzeOffline(input)
    },
    'url:generate': {
      validate: oneArg(validateGenerateInput),
      impl: (input) => generatePushUrl(input)
    }
  }
}

/** `ffmpeg:locate`: which ffmpeg the test push will use and what it supports. */
export function ffmpegHandlers(): HandlerGroup<'ffmpeg:locate'> {
  return { 'ffmpeg:locate': { validate: validateNoArgs, impl: () => locateFfmpeg() } }
}

/** `clipboard:write`: copy a generated URL or a redacted report (the page has no clipboard permission). */
export function clipboardHandlers(): HandlerGroup<'clipboard:write'> {
  return {
    'clipboard:write': {
      validate: oneArg(validateClipboardText),
      impl: (text) => clipboard.writeText(text)
    }
  }
}

/** Runs (checks, watches) tracked by id: cancellable, stopped when their page goes away, awaited at quit. */
function createRunRegistry(noun: string): {
  track: <T>(
    id: string,
    sender: HandlerContext['sender'],
    start: (signal: AbortSignal) => Promise<T>
  ) => Promise<T>
  cancel: (id: string) => boolean
  cancelAll: () => Promise<void>
  isRunning: () => boolean
} {
  const running = new Map<string, AbortController>()
  const settled = new Set<Promise<unknown>>()
  return {
    async track(id, sender, start) {
      if (running.has(id)) throw new Error(`${noun} ${id} is already running`)
      const controller = new AbortController()
      running.set(id, controller)
      const onGone = (): void => controller.abort()
      sender.once('destroyed', onGone)
      const run = start(controller.signal)
      const done = run.catch(() => undefined)
      settled.add(done)
      try {
        return await run
      } finally {
        settled.delete(done)
        running.delete(id)
        if (!sender.isDestroyed()) sender.off('destroyed', onGone)
      }
    },
    cancel(id) {
      const c = running.get(id)
      c?.abort()
      return c !== undefined
    },
    async cancelAll() {
      running.forEach((c) => c.abort())
      await Promise.all([...settled])
    },
    isRunning: () => running.size > 0
  }
}

/**
 * `preflight:run` / `demo:run` / `preflight:cancel` and the `preflight:progress` events. Running
 * runs live in this closure (no module state); a window that goes away cancels its runs, so no
 * ffmpeg outlives the page that started it.
 */
export function preflightHandlers(
  /** The saved Tencent API credentials, attached to each run by main (the page never has them). */
  apiCredentials: () => Promise<TencentApiConfig | undefined> = async () => undefined
): {
  handlers: HandlerGroup<'preflight:run' | 'demo:run' | 'preflight:cancel'>
  /** Cancel every run; resolves when all have finished (their ffmpeg has exited). */
  cancelAll: () => Promise<void>
  isRunning: () => boolean
} {
  const runs = createRunRegistry('run')
  const progressTo =
    (runId: string, sender: HandlerContext['sender']) =>
    (progress: PreflightProgress): void =>
      sendEvent(sender, 'preflight:progress', { runId, progress })
  const run = async (req: PreflightRequest, { sender }: HandlerContext): Promise<Report> => {
    const tencentApi = await apiCredentials()
    // The URL, keys and CA by name; every check option as the request carries it.
    const input = {
      ...pickRunOptions(req),
      url: req.url,
      keys: req.keys,
      caPem: req.caPem,
      ...(tencentApi ? { tencentApi } : {})
    }
    return runs.track(req.runId, sender, (signal) =>
      runPreflight(input, { signal, onProgress: progressTo(req.runId, sender) })
    )
  }
  // The demo: the same run against a local ingest + DNS on loopback (src/main/demo); same
  // progress events, same cancel channel.
  const demo = (req: DemoRequest, { sender }: HandlerContext): Promise<Report> =>
    runs.track(req.runId, sender, async (signal) => {
      const options = { fail: req.fail, uplink: req.uplink, plannedKbps: req.plannedKbps }
      return (await runDemo(options, { signal, onProgress: progressTo(req.runId, sender) })).report
    })
  return {
    handlers: {
      'preflight:run': { validate: oneArg(validatePreflightRequest), impl: run },
      'demo:run': { validate: oneArg(validateDemoRequest), impl: demo },
      'preflight:cancel': { validate: oneArg(validateRunId), impl: (runId) => runs.cancel(runId) }
    },
    cancelAll: runs.cancelAll,
    isRunning: runs.isRunning
  }
}

/** The OS encryption (safeStorage) and the real files, for the key and credential stores. */
function sealedFileDeps(): KeyStoreDeps {
  return {
    isEncryptionAvailable: () => safeStorage.isEncryptionAvailable(),
    encryptString: (plain) => safeStorage.encryptString(plain),
    decryptString: (data) => safeStorage.decryptString(data),
    ...realKeyFileDeps
  }
}

/**
 * `keys:load` / `keys:save` / `keys:forget`: the "remember my push keys" option. The keys are
 * encrypted with safeStorage into userData/push-keys.bin and never leave this computer.
 */
export function keyHandlers(): HandlerGroup<'keys:load' | 'keys:save' | 'keys:forget'> {
  const store = createKeyStore(join(app.getPath('userData'), 'push-keys.bin'), sealedFileDeps())
  return {
    'keys:load': { validate: validateNoArgs, impl: () => store.load() },
    'keys:save': { validate: oneArg(validateKeysToSave), impl: (keys) => store.save(keys) },
    'keys:forget': { validate: validateNoArgs, impl: () => store.forget() }
  }
}

/**
 * `api:status` / `api:save` / `api:forget`: the Tencent API credentials of the settings, encrypted
 * with safeStorage into userData/tencent-api.bin. Returns main's reader for the preflight runs.
 */
export function apiCredentialHandlers(): {
  handlers: HandlerGroup<'api:status' | 'api:save' | 'api:forget'>
  /** The saved credentials, for main to attach to a run. */
  load: () => Promise<TencentApiConfig | undefined>
} {
  const store = createApiCredentialStore(
    join(app.getPath('userData'), 'tencent-api.bin'),
    sealedFileDeps()
  )
  return {
    handlers: {
      'api:status': { validate: validateNoArgs, impl: () => store.status() },
      'api:save': { validate: oneArg(validateApiCredentials), impl: (c) => store.save(c) },
      'api:forget': { validate: validateNoArgs, impl: () => store.forget() }
    },
    load: store.load
  }
}

/** `net:identity`: which network this is, and what changed since the identity the page gives. */
export function networkHandlers(): HandlerGroup<'net:identity'> {
  return {
    'net:identity': {
      validate: oneArg(validateOptionalIdentity),
      impl: async (before) => {
        const identity = await readNetworkIdentity()
        return { identity, changes: before ? networkChanges(before, identity) : [] }
      }
    }
  }
}

const EXTENSIONS = { json: 'json', markdown: 'md', text: 'txt' } as const

/**
 * `report:save` / `report:open`: report files through the system dialogs. Main picks the path
 * (the page never names one), caps the size, and re-checks a JSON file's shape both ways.
 */
export function reportFileHandlers(): HandlerGroup<'report:save' | 'report:open'> {
  return {
    'report:save': { validate: oneArg(validateReportSaveRequest), impl: saveReport },
    'report:open': { validate: validateNoArgs, impl: openReport }
  }
}

async function saveReport(
  req: ReportSaveRequest,
  { sender }: HandlerContext
): Promise<ReportSaveResult> {
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
}

async function openReport(ctx: HandlerContext): Promise<ReportOpenResult> {
  const win = BrowserWindow.fromWebContents(ctx.sender)
  const options = {
    properties: ['openFile' as const],
    filters: [{ name: 'JSON', extensions: ['json'] }]
  }
  const r = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options)
  const path = r.filePaths[0]
  if (r.canceled || !path) return { ok: false, cancelled: true }
  const fileName = path.split(/[\\/]/).pop() ?? path
  try {
    // Check the size before reading, so a huge file is never loaded into memory.
    if ((await fsp.stat(path)).size > MAX_REPORT_BYTES)
      return { ok: false, cancelled: false, error: 'too-large' }
    const parsed = parseReportFile(await fsp.readFile(path, 'utf8'))
    return parsed.ok
      ? { ok: true, report: parsed.report, fileName }
      : { ok: false, cancelled: false, error: parsed.error }
  } catch {
    return { ok: false, cancelled: false, error: 'unreadable' }
  }
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
  return {
    title: t('watch.notify.title'),
    body: round.alerts.map((a) => watchAlertText(a, ctx)).join('\n')
  }
}

/**
 * `watch:start` / `watch:stop` and the `watch:round` events: the result screen's "Keep watching".
 * The key stays here for the watch's lifetime; a round with alerts raises a desktop notification.
 * A watch ends when stopped, when its page goes away, or at quit (`stopAll`): no loop outlives
 * the window that asked for it.
 */
export function watchHandlers(
  notify: Notify = electronNotify,
  deps: Partial<WatchDeps> = {}
): {
  handlers: HandlerGroup<'watch:start' | 'watch:stop'>
  stopAll: () => Promise<void>
  isRunning: () => boolean
} {
  const watches = createRunRegistry('watch')
  const start = (req: WatchRequest, { sender }: HandlerContext): Promise<WatchSummary> => {
    const onRound = (round: WatchRound): void => {
      sendEvent(sender, 'watch:round', { watchId: req.watchId, round })
      if (round.alerts.length > 0) {
        const n = alertNotice(round, req.lang ?? 'en')
        notify(n.title, n.body)
      }
    }
    return watches.track(req.watchId, sender, (signal) =>
      watch(req, { ...realWatchDeps, ...deps }, signal, onRound)
    )
  }
  return {
    handlers: {
      'watch:start': { validate: oneArg(validateWatchRequest), impl: start },
      'watch:stop': { validate: oneArg(validateRunId), impl: (watchId) => watches.cancel(watchId) }
    },
    stopAll: watches.cancelAll,
    isRunning: watches.isRunning
  }
}

/**
 * `link:ready` and the `link:open` events: the page says it listens, and the support link waiting
 * in the inbox (from argv or the OS) goes to that page, now and as later ones arrive.
 */
export function linkHandlers(inbox: LinkInbox): HandlerGroup<'link:ready'> {
  const ready = ({ sender }: HandlerContext): void =>
    inbox.ready((result) => {
      if (sender.isDestroyed()) return false
      sendEvent(sender, 'link:open', result)
      return true
    })
  return { 'link:ready': { validate: validateNoArgs, impl: ready } }
}
