/**
 * The one typed IPC contract (house style habit 1). Invoke channels are renderer → main and
 * always return a Promise; event channels are main → renderer. Only src/main/ipc.ts and
 * src/preload/index.ts touch raw IPC; both are typed from this file, and the preload API type is
 * derived from it, so there is no hand-kept second copy.
 */
import type { FfmpegInfo } from './ffmpeg'
import type { GenerateInput, GenerateResult, OfflineAnalysis, OfflineInput } from './push-url'
import type { PreflightProgress, Report } from './report'

/** What the renderer asks the engine to check (the push key stays in main's memory only). */
export interface PreflightRequest extends OfflineInput {
  /** Chosen by the renderer so it can match progress events and cancel. */
  runId: string
  dnsServer?: string
  pushSeconds?: number
  noPush?: boolean
  /** Push the test pattern to the real stream name (only after the user confirmed). */
  pushRealStream?: boolean
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

/** Renderer → main request/response channels: `channel: [args tuple, result]`. */
export interface InvokeContract {
  'app:info': [[], AppInfo]
  'url:analyze': [[OfflineInput], OfflineAnalysis]
  'url:generate': [[GenerateInput], GenerateResult]
  'ffmpeg:locate': [[], FfmpegInfo]
  'clipboard:write': [[string], void]
  'preflight:run': [[PreflightRequest], Report]
  'preflight:cancel': [[string], boolean]
}

/** Main → renderer event channels: `channel: payload`. */
export interface EventContract {
  'preflight:progress': PreflightProgressEvent
}

export type InvokeChannel = keyof InvokeContract
export type EventChannel = keyof EventContract
export type InvokeArgs<C extends InvokeChannel> = InvokeContract[C][0]
export type InvokeResult<C extends InvokeChannel> = InvokeContract[C][1]

/** The list of invoke channels, for the preload and for sender/argument checks in main. */
export const INVOKE_CHANNELS = [
  'app:info',
  'url:analyze',
  'url:generate',
  'ffmpeg:locate',
  'clipboard:write',
  'preflight:run',
  'preflight:cancel'
] as const satisfies readonly InvokeChannel[]

export const EVENT_CHANNELS = ['preflight:progress'] as const satisfies readonly EventChannel[]

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
