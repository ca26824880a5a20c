/**
 * The one typed IPC contract. Invoke channels are renderer → main and
 * always return a Promise; event channels are main → renderer. Only src/main/ipc.ts and
 * src/preload/index.ts touch raw IPC; both are typed from this file, and the preload API type is
 * derived from it, so there is no hand-kept second copy.
 */
import type { DeepLinkResult } from './deep-link'
import type { DemoFailure } from './demo-failures'
import type { CheckRunOptions } from './options'
import type { FfmpegInfo } from './ffmpeg'
import type {
  GenerateInput,
  GenerateResult,
  OfflineAnalysis,
  OfflineInput,
  PushKeys
} from './push-url'
import type { NetworkChange, NetworkIdentity, PreflightProgress, Report } from './report'
import type { WatchRound, WatchSummary } from './watch'

/**
 * What the renderer asks the engine to check (the push key stays in main's memory only): the
 * URL and keys, and the check's options — the same type the CLI's options extend.
 */
export interface PreflightRequest extends OfflineInput, CheckRunOptions {
  /** Chosen by the renderer so it can match progress events and cancel. */
  runId: string
  /** An extra CA certificate (PEM) to trust for RTMPS, from the app's settings. */
  caPem?: string
}

/**
 * A demo run: the whole check against a local ingest + DNS on loopback. `fail` reproduces one
 * failure (validated in main against the demo's list, DEMO_FAILURES); `uplink` adds the uplink
 * test at `plannedKbps` (always on for `fail: 'uplink'`).
 */
export interface DemoRequest extends Pick<CheckRunOptions, 'uplink' | 'plannedKbps'> {
  runId: string
  fail?: DemoFailure
}

/**
 * Start watching a push URL from the result screen (the key, if any, stays in main's memory for
 * the watch's lifetime). `showEndAt`: the planned end of the show, ms since epoch.
 */
export interface WatchRequest extends OfflineInput {
  /** Chosen by the renderer so it can match round events and stop the watch. */
  watchId: string
  /** Time between round starts, ms (WATCH_MIN_EVERY_MS … WATCH_MAX_EVERY_MS). */
  everyMs: number
  dnsServer?: string
  showEndAt?: number
  /** Language of the desktop notifications (the page's current one; one of LANGUAGES, checked in main). */
  lang?: string
}

/** One round of a running watch. */
export interface WatchRoundEvent {
  watchId: string
  round: WatchRound
}

/** A progress event of one run. */
export interface PreflightProgressEvent {
  runId: string
  progress: PreflightProgress
}

/** Basic facts about the running app, for the footer and reports. */
export interface AppInfo {
  version: string
  platform: string
  arch: string
  electron: string
}

/** The network this computer is on now, and what changed since a given earlier identity. */
export interface NetworkReading {
  identity: NetworkIdentity
  /** Empty when nothing changed (or no earlier identity was given). */
  changes: NetworkChange[]
}

/** Formats a report can be saved in: JSON (re-openable), Markdown, plain text. */
export const REPORT_FORMATS = ['json', 'markdown', 'text'] as const
export type ReportFormat = (typeof REPORT_FORMATS)[number]

/** A save request: the renderer renders the text; main asks where and writes it. */
export interface ReportSaveRequest {
  format: ReportFormat
  /** The file's content (a redacted report; JSON must parse as a Report). */
  content: string
  /** Suggested file name without folder, e.g. `push-preflight-2026-11-25-1742`. */
  name: string
}

/** Outcome of a save: `saved` with the file name, or the user cancelled the dialog. */
export type ReportSaveResult = { saved: true; fileName: string } | { saved: false }

/** Why a report file could not be opened. */
export const REPORT_OPEN_ERRORS = ['too-large', 'not-json', 'not-a-report', 'unreadable'] as const
export type ReportOpenError = (typeof REPORT_OPEN_ERRORS)[number]

/** Outcome of opening a saved report. */
export type ReportOpenResult =
  | { ok: true; report: Report; fileName: string }
  | { ok: false; cancelled: true }
  | { ok: false; cancelled: false; error: ReportOpenError }

/** Renderer → main request/response channels: `channel: [args tuple, result]`. */
export interface InvokeContract {
  'app:info': [[], AppInfo]
  'url:analyze': [[OfflineInput], OfflineAnalysis]
  'url:generate': [[GenerateInput], GenerateResult]
  'ffmpeg:locate': [[], FfmpegInfo]
  'clipboard:write': [[string], void]
  'preflight:run': [[PreflightRequest], Report]
  'preflight:cancel': [[string], boolean]
  /** Run the demo (progress on 'preflight:progress', cancel with 'preflight:cancel'). */
  'demo:run': [[DemoRequest], Report]
  /** The remembered push keys (decrypted with safeStorage), if the user chose "remember". */
  'keys:load': [[], PushKeys | undefined]
  /** Remember the keys encrypted with safeStorage; false when encryption is not available. */
  'keys:save': [[PushKeys], boolean]
  /** Delete the remembered keys. */
  'keys:forget': [[], void]
  /** Whether Tencent API credentials are saved (never the SecretKey itself). */
  'api:status': [[], ApiCredentialStatus]
  /** Save Tencent API credentials encrypted with safeStorage; false when encryption is not available. */
  'api:save': [[{ secretId: string; secretKey: string }], boolean]
  /** Delete the saved Tencent API credentials. */
  'api:forget': [[], void]
  /** The current network identity, compared with the given earlier one (4G-hotspot retry). */
  'net:identity': [[NetworkIdentity | undefined], NetworkReading]
  /** Save a report through a save dialog. */
  'report:save': [[ReportSaveRequest], ReportSaveResult]
  /** Open a saved JSON report through an open dialog (validated in main). */
  'report:open': [[], ReportOpenResult]
  /** Watch until stopped (rounds on 'watch:round'); resolves when the watch has ended. */
  'watch:start': [[WatchRequest], WatchSummary]
  /** Stop a watch by id; false when none was running under that id. */
  'watch:stop': [[string], boolean]
  /** The page listens for support links now: main delivers the one waiting, if any. */
  'link:ready': [[], void]
}

/** The settings' view of the saved API credentials: saved or not, and the SecretId's end. */
export interface ApiCredentialStatus {
  saved: boolean
  /** False when this computer cannot encrypt stored secrets (nothing can be saved then). */
  encryption: boolean
  /** The SecretId's last 4 characters, to recognise which credentials are saved. */
  secretIdEnd?: string
}

/** Main → renderer event channels: `channel: payload`. */
export interface EventContract {
  'preflight:progress': PreflightProgressEvent
  'watch:round': WatchRoundEvent
  /** A support link arrived (validated in main): its fields, or why it was refused. */
  'link:open': DeepLinkResult
}

export type InvokeChannel = keyof InvokeContract
export type EventChannel = keyof EventContract
export type InvokeArgs<C extends InvokeChannel> = InvokeContract[C][0]
export type InvokeResult<C extends InvokeChannel> = InvokeContract[C][1]

// Every channel of the contract, as an object keyed by channel: a channel added to the contract and
// not here (or here and not in the contract) does not type-check.
const INVOKE_CHANNEL_SET: { readonly [C in InvokeChannel]: true } = {
  'app:info': true,
  'url:analyze': true,
  'url:generate': true,
  'ffmpeg:locate': true,
  'clipboard:write': true,
  'preflight:run': true,
  'preflight:cancel': true,
  'demo:run': true,
  'keys:load': true,
  'keys:save': true,
  'keys:forget': true,
  'api:status': true,
  'api:save': true,
  'api:forget': true,
  'net:identity': true,
  'report:save': true,
  'report:open': true,
  'watch:start': true,
  'watch:stop': true,
  'link:ready': true
}
const EVENT_CHANNEL_SET: { readonly [E in EventChannel]: true } = {
  'preflight:progress': true,
  'watch:round': true,
  'link:open': true
}

/** The invoke channels, for the preload and for sender/argument checks in main. */
export const INVOKE_CHANNELS = Object.keys(INVOKE_CHANNEL_SET) as readonly InvokeChannel[]

/** The event channels (main → renderer), for the preload. */
export const EVENT_CHANNELS = Object.keys(EVENT_CHANNEL_SET) as readonly EventChannel[]

/** 'url:analyze' → 'urlAnalyze' */
type CamelChannel<S extends string> = S extends `${infer A}:${infer B}` ? `${A}${Capitalize<B>}` : S
/** 'preflight:progress' → 'onPreflightProgress' */
type OnChannel<S extends string> = `on${Capitalize<CamelChannel<S>>}`

/** The API the preload exposes as `window.api`, derived from the contract. */
export type PreloadApi = {
  [C in InvokeChannel as CamelChannel<C>]: (...args: InvokeArgs<C>) => Promise<InvokeResult<C>>
} & {
  [E in EventChannel as OnChannel<E>]: (listener: (payload: EventContract[E]) => void) => () => void
}

/** 'url:analyze' → 'urlAnalyze' at run time (same rule as the type). */
export function channelToMethod(channel: string): string {
  const [a, b = ''] = channel.split(':')
  return a + b.charAt(0).toUpperCase() + b.slice(1)
}

/** 'preflight:progress' → 'onPreflightProgress' at run time. */
export function eventToMethod(channel: string): string {
  const m = channelToMethod(channel)
  return 'on' + m.charAt(0).toUpperCase() + m.slice(1)
}
