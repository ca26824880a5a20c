/**
 * The Tencent API check: with the user's API credentials, ask Tencent's CSS API what the ingest
 * itself knows — the stream's state (before anything is sent to the real stream name), its push
 * events of the last hour with their stop reasons (failed starts included), and what it received
 * from the test push. Every call is rate-limited and hard time-bound; a failing API becomes a code
 * (bad credentials, clock skew, no permission, …) and never holds or changes the network verdict.
 */
import type {
  StreamState,
  TencentAction,
  TencentApiCode,
  TencentApiConfig,
  TencentApiEvidence,
  TencentApiResult,
  TencentCall,
  TencentCallCode,
  TencentReceived,
  TencentStreamEvent
} from '../../shared/tencent-api'
import {
  callCodeOfError,
  parseStopReason,
  STREAM_STATES,
  tellingEvent
} from '../../shared/tencent-api'
import {
  TENCENT_API_CALL_TIMEOUT_MS,
  TENCENT_API_DEFAULT_ENDPOINT,
  TENCENT_API_EVENT_SLACK_MS,
  TENCENT_API_EVENT_WINDOW_MS,
  TENCENT_API_MAX_EVENTS,
  TENCENT_API_MIN_GAP_MS,
  TENCENT_API_TEXT_MAX_CHARS
} from './constants'
import { LiveClient, liveEndpoint } from './tencent-api/live-client'

/** Calls one API action: resolves to Tencent's `Response` object, rejects with the SDK's error. */
export type TencentCaller = (
  action: TencentAction,
  params: Record<string, unknown>,
  signal: AbortSignal
) => Promise<unknown>

/** Side effects of the check; tests swap the clock and the waiting. */
export interface TencentApiDeps {
  now: () => number
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>
  /** Per-call bound, ms (TENCENT_API_CALL_TIMEOUT_MS). */
  timeoutMs: number
  minGapMs: number
}

/** Real clock and timers. */
export const realTencentApiDeps: TencentApiDeps = {
  now: () => Date.now(),
  sleep: (ms, signal) =>
    new Promise((resolve) => {
      if (ms <= 0 || signal?.aborted) return resolve()
      const timer = setTimeout(done, ms)
      function done(): void {
        clearTimeout(timer)
        signal?.removeEventListener('abort', done)
        resolve()
      }
      signal?.addEventListener('abort', done, { once: true })
    }),
  timeoutMs: TENCENT_API_CALL_TIMEOUT_MS,
  minGapMs: TENCENT_API_MIN_GAP_MS
}

/** The stream the questions are about. */
export interface TencentApiTarget {
  /** The push domain (the URL's host, or its txHost when the URL names an IP). */
  domain: string
  app: string
  stream: string
}

/** One run's conversation with the API: the calls in order, then the result for the report. */
export interface TencentApiSession {
  /** DescribeLiveStreamState for the real stream; undefined when it could not be known. */
  streamState: (signal?: AbortSignal) => Promise<StreamState | undefined>
  /** DescribeLiveStreamEventList for the last hour of the real stream, failed starts included. */
  eventList: (signal?: AbortSignal) => Promise<void>
  /** DescribeStreamPushInfoList: what the ingest receives for `stream` (the probe stream). */
  pushInfo: (
    stream: string,
    sent: { kbps?: number; fps?: number },
    signal?: AbortSignal
  ) => Promise<void>
  /** The check result so far (plain data). */
  result: () => TencentApiResult
}

/** The SDK-backed caller for a config (endpoint default: Tencent's). */
export function sdkCaller(config: TencentApiConfig, timeoutMs: number): TencentCaller {
  const url = new URL(config.endpoint ?? TENCENT_API_DEFAULT_ENDPOINT)
  const client = new LiveClient(
    liveEndpoint(url),
    { secretId: config.secretId, secretKey: config.secretKey },
    timeoutMs,
    config.region
  )
  return (action, params, signal) => client.call(action, params, signal)
}

/** An SDK or network error as a call code (raw errors stop here; their messages are not kept). */
export function callCodeOf(err: unknown): {
  code: TencentCallCode
  errorCode?: string
  requestId?: string
} {
  const e = (err ?? {}) as {
    code?: unknown
    requestId?: unknown
    httpCode?: unknown
    message?: unknown
    name?: unknown
  }
  const requestId =
    typeof e.requestId === 'string' && e.requestId !== '' ? e.requestId.slice(0, 64) : undefined
  if (typeof e.code === 'string' && e.code !== '') {
    return {
      code: callCodeOfError(e.code),
      errorCode: e.code.slice(0, TENCENT_API_TEXT_MAX_CHARS),
      requestId
    }
  }
  const message = typeof e.message === 'string' ? e.message : ''
  if (typeof e.httpCode === 'number')
    return { code: e.httpCode === 429 ? 'api-rate-limited' : 'api-server-error' }
  if (/network timeout|ETIMEDOUT/i.test(message)) return { code: 'api-timeout' }
  if (
    /ECONNREFUSED|ENOTFOUND|EAI_AGAIN|EHOSTUNREACH|ENETUNREACH|ECONNRESET|socket hang up|EPIPE|certificate|self[- ]signed|TLS|SSL/i.test(
      message
    )
  ) {
    return { code: 'api-unreachable' }
  }
  // A body that is not JSON, or JSON without `Response`: node-fetch's invalid-json, a TypeError.
  return { code: 'api-malformed' }
}

const text = (v: unknown): string | undefined =>
  typeof v === 'string' && v !== '' ? v.slice(0, TENCENT_API_TEXT_MAX_CHARS) : undefined
const num = (v: unknown): number | undefined =>
  typeof v === 'number' && Number.isFinite(v) ? v : undefined
const time = (v: unknown): number | undefined => {
  const s = text(v)
  const ms = s === undefined ? NaN : Date.parse(s)
  return Number.isFinite(ms) ? ms : undefined
}
/** `2018-12-29T19:00:00Z`: the UTC form the event list asks for (no milliseconds). */
const utc = (ms: number): string => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z')

/** One event of the list, bounded and typed; undefined when it is not an object. */
function parseEvent(v: unknown, runStartedAt: number): TencentStreamEvent | undefined {
  if (!v || typeof v !== 'object') return undefined
  const o = v as Record<string, unknown>
  const raw = text(o.StopReason)
  const startedAt = time(o.StreamStartTime)
  return {
    startedAt,
    endedAt: time(o.StreamEndTime),
    durationSec: num(o.Duration),
    stopReasonRaw: raw,
    stopReason: raw === undefined ? undefined : parseStopReason(raw),
    clientIp: text(o.ClientIp),
    resolution: text(o.Resolution),
    duringRun: startedAt !== undefined && startedAt >= runStartedAt - TENCENT_API_EVENT_SLACK_MS
  }
}

/** The received rates of `stream` from a DescribeStreamPushInfoList answer. */
function parseReceived(
  response: Record<string, unknown>,
  stream: string
): TencentReceived | 'malformed' | undefined {
  const list = response.DataInfoList
  if (!Array.isArray(list)) return 'malformed'
  const item = list.find(
    (d): d is Record<string, unknown> =>
      !!d && typeof d === 'object' && (d as Record<string, unknown>).StreamName === stream
  )
  if (!item) return undefined
  return {
    stream,
    videoFps: num(item.VideoFps),
    videoKbps: num(item.VideoSpeed),
    audioKbps: num(item.AudioSpeed),
    videoCodec: text(item.VideoCodec) ?? text(item.Vcodec),
    audioCodec: text(item.AudioCodec) ?? text(item.Acodec),
    resolution: text(item.Resolution)
  }
}

const STATUS_OF: Record<StreamState, TencentApiResult['status']> = {
  active: 'warn',
  inactive: 'pass',
  forbid: 'fail'
}

/** Asks one API action; resolves to the answer, or undefined when the call did not give one. */
type Ask = (
  action: TencentAction,
  params: Record<string, unknown>,
  signal?: AbortSignal
) => Promise<Record<string, unknown> | undefined>

/** One call of the queue, started at `started` (deps.now()). */
interface CallRequest {
  action: TencentAction
  params: Record<string, unknown>
  signal?: AbortSignal
  started: number
}

/**
 * One call, bound by the timeout and the run's signal; its outcome is recorded in `calls` and
 * a well-formed answer is returned.
 */
async function callOnce(
  call: TencentCaller,
  deps: TencentApiDeps,
  calls: TencentCall[],
  req: CallRequest
): Promise<Record<string, unknown> | undefined> {
  const { action, params, signal, started } = req
  const record = (c: Omit<TencentCall, 'action' | 'durationMs'>): undefined => {
    calls.push({ action, durationMs: deps.now() - started, ...c })
    return undefined
  }
  if (signal?.aborted) return record({ code: 'api-cancelled' })
  const ac = new AbortController()
  const onAbort = (): void => ac.abort()
  signal?.addEventListener('abort', onAbort, { once: true })
  // The SDK's own timeout (node-fetch's) is armed too, but only covers the HTTP exchange in
  // whole seconds; this race bounds the whole call (credentials, signing, body) to the ms, and
  // the abort then closes the socket.
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<'timeout'>(
    (resolve) => (timer = setTimeout(() => resolve('timeout'), deps.timeoutMs))
  )
  try {
    const answer = await Promise.race([
      call(action, params, ac.signal).then(
        (r) => ({ r }),
        (err: unknown) => ({ err })
      ),
      timeout
    ])
    if (answer === 'timeout') return record({ code: 'api-timeout' })
    if (signal?.aborted) return record({ code: 'api-cancelled' })
    if ('err' in answer) return record(callCodeOf(answer.err))
    const r = answer.r
    if (!r || typeof r !== 'object') return record({ code: 'api-malformed' })
    const requestId = text((r as Record<string, unknown>).RequestId)
    record({ code: 'api-ok', ...(requestId ? { requestId } : {}) })
    return r as Record<string, unknown>
  } finally {
    clearTimeout(timer)
    ac.abort()
    signal?.removeEventListener('abort', onAbort)
  }
}

/** Calls run one after another, each waiting for the gap measured from the previous call's start. */
function callQueue(call: TencentCaller, deps: TencentApiDeps, calls: TencentCall[]): Ask {
  let lastCallAt = -Infinity
  let queue: Promise<unknown> = Promise.resolve()
  const askNow: Ask = async (action, params, signal) => {
    await deps.sleep(lastCallAt + deps.minGapMs - deps.now(), signal)
    const started = deps.now()
    lastCallAt = started
    return callOnce(call, deps, calls, { action, params, signal, started })
  }
  return (action, params, signal) => {
    const run = queue.then(() => askNow(action, params, signal))
    queue = run.catch(() => undefined)
    return run
  }
}

/** One session's record: the calls made, the evidence so far, and the stream's state. */
interface SessionRecord {
  ask: Ask
  deps: TencentApiDeps
  target: TencentApiTarget
  runStartedAt: number
  calls: TencentCall[]
  evidence: TencentApiEvidence
  state?: StreamState
  stateCode?: TencentCallCode
}

/** A well-formed answer turned out wrong in shape: the last call's code says so. */
function markMalformed(calls: TencentCall[]): void {
  const last = calls[calls.length - 1]
  if (last) last.code = 'api-malformed'
}

/** The stream the questions are about, as the API's parameters name it. */
function whereOf(target: TencentApiTarget): Record<string, unknown> {
  return { DomainName: target.domain, AppName: target.app, StreamName: target.stream }
}

/** DescribeLiveStreamState: the real stream's state. */
async function askStreamState(
  s: SessionRecord,
  signal?: AbortSignal
): Promise<StreamState | undefined> {
  const r = await s.ask('DescribeLiveStreamState', whereOf(s.target), signal)
  const state = r?.StreamState
  if (r && !(STREAM_STATES as readonly unknown[]).includes(state)) markMalformed(s.calls)
  else if (r) s.state = state as StreamState
  s.stateCode = s.calls[s.calls.length - 1]?.code
  s.evidence.state = s.state
  return s.state
}

/** DescribeLiveStreamEventList: the last hour's push events, and the stop reason that tells most. */
async function askEventList(s: SessionRecord, signal?: AbortSignal): Promise<void> {
  const end = s.deps.now()
  const params = {
    StartTime: utc(end - TENCENT_API_EVENT_WINDOW_MS),
    EndTime: utc(end),
    ...whereOf(s.target),
    // IsFilter 0: failed starts too; IsStrict 1: this stream name only; newest first.
    IsFilter: 0,
    IsStrict: 1,
    IsAsc: 0,
    PageNum: 1,
    PageSize: TENCENT_API_MAX_EVENTS
  }
  const r = await s.ask('DescribeLiveStreamEventList', params, signal)
  if (!r) return
  if (!Array.isArray(r.EventList)) return markMalformed(s.calls)
  const events = r.EventList.slice(0, TENCENT_API_MAX_EVENTS)
    .map((v) => parseEvent(v, s.runStartedAt))
    .filter((e): e is TencentStreamEvent => e !== undefined)
  s.evidence.events = events
  const telling = tellingEvent(events)
  if (telling?.stopReason) {
    const { id, errcode, sub } = telling.stopReason
    s.evidence.stopReasonId = id
    s.evidence.stopReasonCode = errcode === 18 ? `18/${sub}` : String(errcode)
  }
}

/** One decimal place, for the rates the report shows. */
function round1(n: number | undefined): number | undefined {
  return n === undefined ? undefined : Math.round(n * 10) / 10
}

/** DescribeStreamPushInfoList: what the ingest receives for `stream`, beside what was sent. */
async function askPushInfo(
  s: SessionRecord,
  stream: string,
  sent: { kbps?: number; fps?: number },
  signal?: AbortSignal
): Promise<void> {
  const { domain, app } = s.target
  const params = { PushDomain: domain, AppName: app, PageNum: 1, PageSize: 100 }
  const r = await s.ask('DescribeStreamPushInfoList', params, signal)
  if (!r) return
  const got = parseReceived(r, stream)
  if (got === 'malformed') return markMalformed(s.calls)
  if (!got) return
  const e = s.evidence
  e.received = { ...got, sentKbps: round1(sent.kbps), sentFps: round1(sent.fps) }
  const kbps = (got.videoKbps ?? 0) + (got.audioKbps ?? 0)
  e.receivedFps = got.videoFps ?? '–'
  e.receivedKbps =
    got.videoKbps === undefined && got.audioKbps === undefined ? '–' : Math.round(kbps)
  e.sentKbps = sent.kbps === undefined ? '–' : Math.round(sent.kbps)
}

/** The check result so far (plain data). */
function sessionResult(s: SessionRecord): TencentApiResult {
  const { state, stateCode, calls, evidence } = s
  const code: TencentApiCode = state
    ? `api-state-${state}`
    : stateCode && stateCode !== 'api-ok'
      ? stateCode
      : 'api-malformed'
  const failed = calls.find((c) => c.code !== 'api-ok')
  if (failed?.errorCode) evidence.errorCode = failed.errorCode
  const status = state ? STATUS_OF[state] : 'warn'
  const durationMs = calls.reduce((n, c) => n + c.durationMs, 0)
  return {
    id: 'tencent-api',
    status,
    code,
    timing: { startedAt: s.runStartedAt, durationMs },
    evidence: structuredClone(evidence)
  }
}

/** Start a run's API session: nothing is sent until a method is called. */
export function createTencentApiSession(
  call: TencentCaller,
  target: TencentApiTarget,
  runStartedAt: number,
  endpointHost: string,
  deps: TencentApiDeps = realTencentApiDeps
): TencentApiSession {
  const calls: TencentCall[] = []
  const s: SessionRecord = {
    ask: callQueue(call, deps, calls),
    deps,
    target,
    runStartedAt,
    calls,
    evidence: { endpoint: endpointHost, stream: target.stream, calls }
  }
  return {
    streamState: (signal) => askStreamState(s, signal),
    eventList: (signal) => askEventList(s, signal),
    pushInfo: (stream, sent, signal) => askPushInfo(s, stream, sent, signal),
    result: () => sessionResult(s)
  }
}
