/**
 * What Tencent's own CSS API says about a stream: its state, its recent push events with their
 * stop reasons, and what the ingest received from the test push. Plain data for the report; the
 * calls themselves live in the engine (tencent-api-check.ts).
 */
import type { CheckResult } from './result'
import { stopReasonOf, type StopReason, type StopReasonKind } from './tencent-api-codes'

/** States `DescribeLiveStreamState` answers: live now, not pushed, disabled ("forbid"). */
export const STREAM_STATES = ['active', 'inactive', 'forbid'] as const
export type StreamState = (typeof STREAM_STATES)[number]

/**
 * Outcome of one API call. Errors are sorted into the few things a user can act on: the
 * credentials, the clock, the account's permissions, the domain, the network, the answer.
 */
export const TENCENT_CALL_CODES = [
  'api-ok',
  'api-bad-credentials',
  'api-clock-skew',
  'api-no-permission',
  'api-unknown-domain',
  'api-bad-request',
  'api-rate-limited',
  'api-server-error',
  'api-unreachable',
  'api-timeout',
  'api-malformed',
  'api-cancelled'
] as const
export type TencentCallCode = (typeof TENCENT_CALL_CODES)[number]

/** The check's overall outcome: the stream's state as Tencent sees it, or why it is unknown. */
export const TENCENT_API_CODES = [
  'api-state-active',
  'api-state-inactive',
  'api-state-forbid',
  ...TENCENT_CALL_CODES.filter((c) => c !== 'api-ok')
] as const
export type TencentApiCode = (typeof TENCENT_API_CODES)[number]

/** The three actions asked, in the order of a run. */
export const TENCENT_ACTIONS = [
  'DescribeLiveStreamState',
  'DescribeLiveStreamEventList',
  'DescribeStreamPushInfoList'
] as const
export type TencentAction = (typeof TENCENT_ACTIONS)[number]

/** One API call as the report records it (never a credential; the error message is not kept). */
export interface TencentCall {
  action: TencentAction
  code: TencentCallCode
  durationMs: number
  /** Tencent's error code (`AuthFailure.SignatureExpire` …) when it answered with one. */
  errorCode?: string
  /** Tencent's id of the request: what Tencent's support asks for. */
  requestId?: string
}

/** One push of this stream in the event list (a failed start has no or a zero duration). */
export interface TencentStreamEvent {
  /** ms since epoch, when Tencent gave a parseable time. */
  startedAt?: number
  endedAt?: number
  durationSec?: number
  /** The stop reason as Tencent wrote it (bounded), and what it means. */
  stopReasonRaw?: string
  stopReason?: StopReason
  clientIp?: string
  resolution?: string
  /** The push started while this run was going on (so it is very likely this run's own). */
  duringRun: boolean
}

/** What the ingest received from the test push, next to what ffmpeg sent. */
export interface TencentReceived {
  stream: string
  videoFps?: number
  videoKbps?: number
  audioKbps?: number
  videoCodec?: string
  audioCodec?: string
  resolution?: string
  /** What the test push sent: average kbit/s and frames per second from ffmpeg's progress. */
  sentKbps?: number
  sentFps?: number
}

/** Evidence of the API check. Flat fields first: the texts use them as placeholders. */
export interface TencentApiEvidence {
  /** The API host asked (no credential in it). */
  endpoint: string
  /** The stream asked about (its name in the texts). */
  stream: string
  state?: StreamState
  /** The stop reason that tells the most (latest failed start, else latest push), for texts. */
  stopReasonId?: string
  stopReasonCode?: string
  receivedFps?: number | string
  receivedKbps?: number | string
  sentKbps?: number | string
  /** The first failing call's Tencent error code, for texts. */
  errorCode?: string
  calls: TencentCall[]
  events?: TencentStreamEvent[]
  received?: TencentReceived
}

/** Result of the API check (absent from the report when no credentials were given). */
export type TencentApiResult = CheckResult<'tencent-api', TencentApiCode, TencentApiEvidence>

/** API credentials and where to send the calls. Never stored in a report. */
export interface TencentApiConfig {
  secretId: string
  secretKey: string
  /** `https://live.tencentcloudapi.com` by default; http(s) only. */
  endpoint?: string
  region?: string
}

/** Sort a Tencent API error code into what the user can act on. */
export function callCodeOfError(code: string): TencentCallCode {
  if (code === 'AuthFailure.SignatureExpire') return 'api-clock-skew'
  if (
    /^AuthFailure\.(SignatureFailure|SecretIdNotFound|InvalidSecretId|InvalidAuthorization|TokenFailure|MFAFailure)/.test(
      code
    )
  ) {
    return 'api-bad-credentials'
  }
  if (/^(AuthFailure\.UnauthorizedOperation|UnauthorizedOperation)/.test(code))
    return 'api-no-permission'
  if (/DomainNotExist|DomainNotFound|InvalidParameter\.Domain/i.test(code))
    return 'api-unknown-domain'
  if (/^(RequestLimitExceeded|LimitExceeded)/.test(code)) return 'api-rate-limited'
  if (
    /^(InvalidParameter|MissingParameter|InvalidAction|UnsupportedOperation|InvalidParameterValue)/.test(
      code
    )
  ) {
    return 'api-bad-request'
  }
  if (/^AuthFailure/.test(code)) return 'api-bad-credentials'
  return 'api-server-error'
}

/** Parse an event's stop reason text into Tencent's code and its meaning (see the codes file). */
export function parseStopReason(raw: string): StopReason | undefined {
  const nums = raw.match(/\d+/g)?.map(Number) ?? []
  if (nums.length === 0) return undefined
  // "18_305", "18,305", "errcode 18 sub_errcode 305": a pair; a lone 3-digit number is a sub code
  // of 18 (the only errcode with sub codes); a lone small number is an errcode.
  if (nums.length >= 2 && nums[0] === 18) return stopReasonOf(18, nums[1])
  if (nums[0] >= 100) return stopReasonOf(18, nums[0])
  return stopReasonOf(nums[0], 0)
}

/** Stop reason kinds that name why a push was refused (they tell more than "the pusher stopped"). */
const TELLING: ReadonlySet<StopReasonKind> = new Set([
  'disabled',
  'expiry',
  'signature',
  'in-use',
  'domain',
  'account'
])

/** The event whose stop reason tells the most: the latest refusal, else the latest event. */
export function tellingEvent(
  events: readonly TencentStreamEvent[]
): TencentStreamEvent | undefined {
  const byTime = [...events].sort((a, b) => (b.startedAt ?? 0) - (a.startedAt ?? 0))
  return byTime.find((e) => e.stopReason && TELLING.has(e.stopReason.kind)) ?? byTime[0]
}
