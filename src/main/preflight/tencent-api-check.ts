/**
 * The Tencent API check: with the user's API credentials, ask Tencent's CSS API what the ingest
 * itself knows — the stream's state (before anything is sent to the real stream name), its push
 * events of the last hour with their stop reasons (failed starts included), and what it received
 * from the test push. Every call is rate-limited and hard time-bound; a failing API becomes a code
 * (bad credentials, clock skew, no permission, …) and never holds or changes the network verdict.
 */
import type { StreamState, TencentAction, TencentApiCode, TencentApiConfig, TencentApiEvidence, TencentApiResult, TencentCall, TencentCallCode, TencentReceived, TencentStreamEvent } from '../../shared/tencent-api'
import { callCodeOfError, parseStopReason, STREAM_STATES, tellingEvent } from '../../shared/tencent-api'
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
export type TencentCaller = (action: TencentAction, params: Record<string, unknown>, signal: AbortSignal) => Promise<unknown>

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
  pushInfo: (stream: string, sent: { kbps?: number; fps?: number }, signal?: AbortSignal) => Promise<void>
  /** The check result so far (plain data). */
  result: () => TencentApiResult
}

/** The SDK-backed caller for a config (endpoint default: Tencent's). */
export function sdkCaller(config: TencentApiConfig, timeoutMs: number): TencentCaller {
  const url = new URL(config.endpoint ?? TENCENT_API_DEFAULT_ENDPOINT)
  const client = new LiveClient(liveEndpoint(url), { secretId: config.secretId, secretKey: config.secretKey }, timeoutMs, config.region)
  return (action, params, signal) => client.call(action, params, signal)
}

/** An SDK or network error as a call code (raw errors stop here; their messages are not kept). */
export function callCodeOf(err: unknown): { code: TencentCallCode; errorCode?: string; requestId?: string } {
  const e = (err ?? {}) as { code?: unknown; requestId?: unknown; httpCode?: unknown; message?: unknown; name?: unknown }
  const requestId = typeof e.requestId === 'string' && e.requestId !== '' ? e.requestId.slice(0, 64) : undefined
  if (typeof e.code === 'string' && e.code !== '') {
    return { code: callCodeOfError(e.code), errorCode: e.code.slice(0, TENCENT_API_TEXT_MAX_CHARS), requestId }
  }
  const message = typeof e.message === 'string' ? e.message : ''
  if (typeof e.httpCode === 'number') return { code: e.httpCode === 429 ? 'api-rate-limited' : 'api-server-error' }
  if (/network timeout|ETIMEDOUT/i.test(message)) return { code: 'api-timeout' }
  if (/ECONNREFUSED|ENOTFOUND|EAI_AGAIN|EHOSTUNREACH|ENETUNREACH|ECONNRESET|socket hang up|EPIPE|certificate|self[- ]signed|TLS|SSL/i.test(message)) {
    return { code: 'api-unreachable' }
  }
  // A body that is not JSON, or JSON without `Response`: node-fetch's invalid-json, a TypeError.
  return { code: 'api-malformed' }
}

const text = (v: unknown): string | undefined =>
  typeof v === 'string' && v !== '' ? v.slice(0, TENCENT_API_TEXT_MAX_CHARS) : undefined
const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined)
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
function parseReceived(response: Record<string, unknown>, stream: string): TencentReceived | 'malformed' | undefined {
  const list = response.DataInfoList
  if (!Array.isArray(list)) return 'malformed'
  const item = list.find((d): d is Record<string, unknown> => !!d && typeof d === 'object' && (d as Record<string, unknown>).StreamName === stream)
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

const STATUS_OF: Record<StreamState, TencentApiResult['status']> = { active: 'warn', inactive: 'pass', forbid: 'fail' }

/** Start a run's API session: nothing is sent until a method is called. */
export function createTencentApiSession(
  call: TencentCaller,
  target: TencentApiTarget,
  runStartedAt: number,
  endpointHost: string,
  deps: TencentApiDeps = realTencentApiDeps
): TencentApiSession {
  const calls: TencentCall[] = []
  const evidence: TencentApiEvidence = { endpoint: endpointHost, stream: target.stream, calls }
  let lastCallAt = -Infinity
  // Calls run one after another (the gap is measured from the previous call's start).
  let queue: Promise<unknown> = Promise.resolve()
  let state: StreamState | undefined
  let stateCode: TencentCallCode | undefined

  /** One call: wait for the gap, bound by the timeout and the run's signal, the answer checked. */
  const ask = (action: TencentAction, params: Record<string, unknown>, signal?: AbortSignal): Promise<Record<string, unknown> | undefined> => {
    const run = queue.then(() => askNow(action, params, signal))
    queue = run.catch(() => undefined)
    return run
  }
  const askNow = async (action: TencentAction, params: Record<string, unknown>, signal?: AbortSignal): Promise<Record<string, unknown> | undefined> => {
    await deps.sleep(lastCallAt + deps.minGapMs - deps.now(), signal)
    const started = deps.now()
    lastCallAt = started
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
    const timeout = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), deps.timeoutMs)))
    try {
      const answer = await Promise.race([call(action, params, ac.signal).then((r) => ({ r }), (err: unknown) => ({ err })), timeout])
      if (answer === 'timeout') return record({ code: 'api-timeout' })
      if (signal?.aborted) return record({ code: 'api-cancelled' })
      if ('err' in answer) return record(callCodeOf(answer.err))
      const r = answer.r
      if (!r || typeof r !== 'object') return record({ code: 'api-malformed' })
      const requestId = text((r as Record<string, unknown>).RequestId)
      calls.push({ action, durationMs: deps.now() - started, code: 'api-ok', ...(requestId ? { requestId } : {}) })
      return r as Record<string, unknown>
    } finally {
      clearTimeout(timer)
      ac.abort()
      signal?.removeEventListener('abort', onAbort)
    }
  }
  /** A well-formed answer turned out wrong in shape: the last call's code says so. */
  const malformed = (): void => {
    const last = calls[calls.length - 1]
    if (last) last.code = 'api-malformed'
  }
  const where = { DomainName: target.domain, AppName: target.app, StreamName: target.stream }

  return {
    streamState: async (signal) => {
      const r = await ask('DescribeLiveStreamState', where, signal)
      const s = r?.StreamState
      if (r && !(STREAM_STATES as readonly unknown[]).includes(s)) malformed()
      else if (r) state = s as StreamState
      stateCode = calls[calls.length - 1]?.code
      evidence.state = state
      return state
    },
    eventList: async (signal) => {
      const end = deps.now()
      const r = await ask('DescribeLiveStreamEventList', {
        StartTime: utc(end - TENCENT_API_EVENT_WINDOW_MS),
        EndTime: utc(end),
        ...where,
        // IsFilter 0: failed starts too; IsStrict 1: this stream name only; newest first.
        IsFilter: 0,
        IsStrict: 1,
        IsAsc: 0,
        PageNum: 1,
        PageSize: TENCENT_API_MAX_EVENTS
      }, signal)
      if (!r) return
      if (!Array.isArray(r.EventList)) return malformed()
      const events = r.EventList.slice(0, TENCENT_API_MAX_EVENTS)
        .map((v) => parseEvent(v, runStartedAt))
        .filter((e): e is TencentStreamEvent => e !== undefined)
      evidence.events = events
      const telling = tellingEvent(events)
      if (telling?.stopReason) {
        evidence.stopReasonId = telling.stopReason.id
        evidence.stopReasonCode = telling.stopReason.errcode === 18 ? `18/${telling.stopReason.sub}` : String(telling.stopReason.errcode)
      }
    },
    pushInfo: async (stream, sent, signal) => {
      const r = await ask('DescribeStreamPushInfoList', { PushDomain: target.domain, AppName: target.app, PageNum: 1, PageSize: 100 }, signal)
      if (!r) return
      const got = parseReceived(r, stream)
      if (got === 'malformed') return malformed()
      if (!got) return
      const round = (n: number | undefined): number | undefined => (n === undefined ? undefined : Math.round(n * 10) / 10)
      evidence.received = { ...got, sentKbps: round(sent.kbps), sentFps: round(sent.fps) }
      const kbps = (got.videoKbps ?? 0) + (got.audioKbps ?? 0)
      evidence.receivedFps = got.videoFps ?? '–'
      evidence.receivedKbps = got.videoKbps === undefined && got.audioKbps === undefined ? '–' : Math.round(kbps)
      evidence.sentKbps = sent.kbps === undefined ? '–' : Math.round(sent.kbps)
    },
    result: () => {
      const code: TencentApiCode = state ? `api-state-${state}` : stateCode && stateCode !== 'api-ok' ? stateCode : 'api-malformed'
      const failed = calls.find((c) => c.code !== 'api-ok')
      if (failed?.errorCode) evidence.errorCode = failed.errorCode
      const status = state ? STATUS_OF[state] : 'warn'
      const startedAt = runStartedAt
      return { id: 'tencent-api', status, code, timing: { startedAt, durationMs: calls.reduce((n, c) => n + c.durationMs, 0) }, evidence: structuredClone(evidence) }
    }
  }
}
