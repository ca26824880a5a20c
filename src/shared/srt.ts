/**
 * Types of the SRT handshake probe: the engine's own SRT caller runs libsrt's caller-listener
 * handshake (induction, conclusion) against an ingest's UDP port and reports whether the listener
 * accepted or rejected this stream id, and with which rejection code. ffmpeg's SRT caller says
 * "Input/output error" for every failure; the rejection code is only visible at this level.
 * Plain data and pure functions: no node: imports.
 */
import { redactText } from './redact'
import type { CheckResult } from './result'

export const SRT_HANDSHAKE_CODES = [
  'srt-accepted',
  'srt-rejected',
  'udp-no-answer',
  'udp-refused',
  'srt-bad-response',
  'srt-cancelled',
  'srt-error'
] as const
export type SrtHandshakeCode = (typeof SRT_HANDSHAKE_CODES)[number]

/**
 * How a rejection travels on the wire (libsrt srtcore/handshake.h, `URQFailure()` and
 * `RejectReasonForURQ()`): the listener answers the conclusion with a handshake whose request
 * type is `URQ_FAILURE_TYPES (1000) + reason`. The reason is one of three ranges (srtcore/srt.h,
 * `SRT_REJC_*`): 0–999 libsrt's own `SRT_REJECT_REASON` enum, 1000–1999 the access-control
 * "predefined" codes of srtcore/access_control.h (HTTP status + 1000: 1403 forbidden travels as
 * 2403), 2000+ user-defined codes (2000 travels as 3000). libsrt maps an unlisted value below
 * 1000 to SRT_REJ_UNKNOWN.
 */
export const SRT_REJECT_WIRE_BASE = 1000
/** Start of the access-control "predefined" reason range (`SRT_REJC_PREDEFINED`). */
export const SRT_REJC_PREDEFINED = 1000
/** Start of the user-defined reason range (`SRT_REJC_USERDEFINED`). */
export const SRT_REJC_USERDEFINED = 2000

/**
 * Every rejection reason the probe names: libsrt's core reasons (`rej-*`), the access-control
 * codes (`ac-*`), the user-defined range and a fallback. `code` is the reason value (not the
 * wire value); `name` is libsrt's symbol. Data, so the i18n check can find a text for each id.
 */
export const SRT_REJECT_REASONS = [
  { id: 'unknown', code: 0, name: 'SRT_REJ_UNKNOWN' },
  { id: 'rej-system', code: 1, name: 'SRT_REJ_SYSTEM' },
  { id: 'rej-peer', code: 2, name: 'SRT_REJ_PEER' },
  { id: 'rej-resource', code: 3, name: 'SRT_REJ_RESOURCE' },
  { id: 'rej-rogue', code: 4, name: 'SRT_REJ_ROGUE' },
  { id: 'rej-backlog', code: 5, name: 'SRT_REJ_BACKLOG' },
  { id: 'rej-ipe', code: 6, name: 'SRT_REJ_IPE' },
  { id: 'rej-close', code: 7, name: 'SRT_REJ_CLOSE' },
  { id: 'rej-version', code: 8, name: 'SRT_REJ_VERSION' },
  { id: 'rej-rdvcookie', code: 9, name: 'SRT_REJ_RDVCOOKIE' },
  { id: 'rej-badsecret', code: 10, name: 'SRT_REJ_BADSECRET' },
  { id: 'rej-unsecure', code: 11, name: 'SRT_REJ_UNSECURE' },
  { id: 'rej-messageapi', code: 12, name: 'SRT_REJ_MESSAGEAPI' },
  { id: 'rej-congestion', code: 13, name: 'SRT_REJ_CONGESTION' },
  { id: 'rej-filter', code: 14, name: 'SRT_REJ_FILTER' },
  { id: 'rej-group', code: 15, name: 'SRT_REJ_GROUP' },
  { id: 'rej-timeout', code: 16, name: 'SRT_REJ_TIMEOUT' },
  // Only in libsrt builds with the AEAD preview; elsewhere 17 is past the enum (unknown to libsrt).
  { id: 'rej-crypto', code: 17, name: 'SRT_REJ_CRYPTO' },
  { id: 'ac-fallback', code: 1000, name: 'SRT_REJX_FALLBACK' },
  { id: 'ac-key-notsup', code: 1001, name: 'SRT_REJX_KEY_NOTSUP' },
  { id: 'ac-filepath', code: 1002, name: 'SRT_REJX_FILEPATH' },
  { id: 'ac-hostnotfound', code: 1003, name: 'SRT_REJX_HOSTNOTFOUND' },
  { id: 'ac-bad-request', code: 1400, name: 'SRT_REJX_BAD_REQUEST' },
  { id: 'ac-unauthorized', code: 1401, name: 'SRT_REJX_UNAUTHORIZED' },
  { id: 'ac-overload', code: 1402, name: 'SRT_REJX_OVERLOAD' },
  { id: 'ac-forbidden', code: 1403, name: 'SRT_REJX_FORBIDDEN' },
  { id: 'ac-not-found', code: 1404, name: 'SRT_REJX_NOTFOUND' },
  { id: 'ac-bad-mode', code: 1405, name: 'SRT_REJX_BAD_MODE' },
  { id: 'ac-unacceptable', code: 1406, name: 'SRT_REJX_UNACCEPTABLE' },
  { id: 'ac-conflict', code: 1409, name: 'SRT_REJX_CONFLICT' },
  { id: 'ac-unsupported-media', code: 1415, name: 'SRT_REJX_NOTSUP_MEDIA' },
  { id: 'ac-locked', code: 1423, name: 'SRT_REJX_LOCKED' },
  { id: 'ac-failed-dependency', code: 1424, name: 'SRT_REJX_FAILED_DEPEND' },
  { id: 'ac-internal-error', code: 1500, name: 'SRT_REJX_ISE' },
  { id: 'ac-unimplemented', code: 1501, name: 'SRT_REJX_UNIMPLEMENTED' },
  { id: 'ac-gateway', code: 1502, name: 'SRT_REJX_GW' },
  { id: 'ac-down', code: 1503, name: 'SRT_REJX_DOWN' },
  { id: 'ac-version', code: 1505, name: 'SRT_REJX_VERSION' },
  { id: 'ac-no-room', code: 1507, name: 'SRT_REJX_NOROOM' },
  // A predefined-range code access_control.h does not list (still a server-side refusal).
  { id: 'ac-other', code: -1, name: 'SRT_REJC_PREDEFINED' },
  // The application's own codes, 2000 and up: only that ingest knows what they mean.
  { id: 'user-defined', code: -1, name: 'SRT_REJC_USERDEFINED' }
] as const
export type SrtRejectReasonId = (typeof SRT_REJECT_REASONS)[number]['id']

/** A decoded rejection: which reason, its reason value and libsrt's symbol for it. */
export interface SrtRejectReason {
  id: SrtRejectReasonId
  /** The reason value (wire value − 1000), e.g. 1403; negative if the wire value was below 1000. */
  code: number
  name: string
}

/** The i18n key of a reason's plain-words explanation. */
export function srtRejectReasonKey(id: SrtRejectReasonId): `srt.reject.${SrtRejectReasonId}` {
  return `srt.reject.${id}`
}

/** The wire value (handshake request type) that carries reason value `code`. */
export function srtRejectWireValue(code: number): number {
  return SRT_REJECT_WIRE_BASE + code
}

/** Names the rejection carried by a handshake request type ≥ 1000 (see SRT_REJECT_WIRE_BASE). */
export function srtRejectReason(wireValue: number): SrtRejectReason {
  const code = wireValue - SRT_REJECT_WIRE_BASE
  const listed = SRT_REJECT_REASONS.find((r) => r.code === code && code >= 0)
  if (listed) return { id: listed.id, code, name: listed.name }
  if (code >= SRT_REJC_USERDEFINED)
    return { id: 'user-defined', code, name: 'SRT_REJC_USERDEFINED' }
  if (code >= SRT_REJC_PREDEFINED) return { id: 'ac-other', code, name: 'SRT_REJC_PREDEFINED' }
  return { id: 'unknown', code, name: 'SRT_REJ_UNKNOWN' }
}

/** Evidence of the SRT handshake probe. */
export interface SrtHandshakeEvidence {
  ip: string
  port: number
  /** The stream id sent, with its txSecret redacted to the first 4 characters + '…'. */
  streamId: string
  timeoutMs: number
  /** When the listener's induction reply arrived, ms since the probe started. */
  inductionMs?: number
  /** When the listener's conclusion reply (accept or reject) arrived, ms since the probe started. */
  conclusionMs?: number
  /** The rejection's raw request type on the wire (1000 + reason value, e.g. 2403). */
  rejectCode?: number
  rejectReason?: SrtRejectReason
  /** Handshake version of the listener's last reply (5 for any SRT ≥ 1.3 listener). */
  peerVersion?: number
  /** The listener's SRT library version from its HSRSP extension, e.g. '1.5.1'. */
  peerSrtVersion?: string
  /** The raw Node error code (ECONNREFUSED, …) when the socket failed. */
  errno?: string
  /** What made a reply unreadable, for `srt-bad-response`. */
  badResponse?: string
  packetsSent: number
  packetsReceived: number
}

export type SrtHandshakeResult = CheckResult<
  'srt-handshake',
  SrtHandshakeCode,
  SrtHandshakeEvidence
>

/** A stream id as kept in evidence and logs: txSecret values shortened. */
export function redactSrtStreamId(streamId: string): string {
  return redactText(streamId)
}

/** Why a stream id could not be read as `#!::key=value,…`. */
export type SrtStreamIdError =
  'not-keyed' | 'nested-unsupported' | 'bad-pair' | 'duplicate-key' | 'empty'

/** A stream id in libsrt's recommended `#!::k=v,…` syntax, split into its keys. */
export type SrtStreamIdParse =
  { ok: true; keys: Record<string, string> } | { ok: false; error: SrtStreamIdError }

/**
 * Parses the access-control syntax of libsrt's docs/features/access-control.md: `#!` then the
 * format `:`, then `:` for flat comma-separated `key=value` pairs (the `{…}` nested form is not
 * used by any ingest we test and is reported as such). A pair needs a non-empty key; the value
 * runs to the next comma and may contain `=` (it is split at the first). Keys are case-sensitive.
 */
export function parseSrtStreamId(streamId: string): SrtStreamIdParse {
  if (!streamId.startsWith('#!:')) return { ok: false, error: 'not-keyed' }
  const rest = streamId.slice(3)
  if (rest.startsWith('{')) return { ok: false, error: 'nested-unsupported' }
  if (!rest.startsWith(':')) return { ok: false, error: 'not-keyed' }
  const content = rest.slice(1)
  if (content.length === 0) return { ok: false, error: 'empty' }
  const keys: Record<string, string> = {}
  for (const pair of content.split(',')) {
    const eq = pair.indexOf('=')
    if (eq <= 0) return { ok: false, error: 'bad-pair' }
    const key = pair.slice(0, eq)
    if (Object.prototype.hasOwnProperty.call(keys, key))
      return { ok: false, error: 'duplicate-key' }
    keys[key] = pair.slice(eq + 1)
  }
  return { ok: true, keys }
}

/** The fields of Tencent's SRT stream id: `#!::h={domain},r={App}/{Stream},txSecret=…,txTime=…`. */
export interface TencentSrtStreamId {
  host?: string
  app: string
  stream: string
  txSecret?: string
  txTime?: string
}

/**
 * Reads Tencent's SRT stream id. Needs `r=App/Stream` with both parts non-empty (the stream
 * name is everything after the first `/`); `h`, `txSecret` and `txTime` are optional here (the
 * ingest decides what a missing one means).
 */
export function parseTencentSrtStreamId(
  streamId: string
):
  { ok: true; value: TencentSrtStreamId } | { ok: false; error: SrtStreamIdError | 'no-resource' } {
  const parsed = parseSrtStreamId(streamId)
  if (!parsed.ok) return parsed
  const { keys } = parsed
  const r = keys.r
  const slash = r === undefined ? -1 : r.indexOf('/')
  if (r === undefined || slash <= 0 || slash === r.length - 1)
    return { ok: false, error: 'no-resource' }
  const value: TencentSrtStreamId = { app: r.slice(0, slash), stream: r.slice(slash + 1) }
  if (keys.h !== undefined) value.host = keys.h
  if (keys.txSecret !== undefined) value.txSecret = keys.txSecret
  if (keys.txTime !== undefined) value.txTime = keys.txTime
  return { ok: true, value }
}

/** Builds Tencent's SRT stream id from its parts (the inverse of parseTencentSrtStreamId). */
export function tencentSrtStreamId(p: TencentSrtStreamId): string {
  const pairs = p.host === undefined ? [] : [`h=${p.host}`]
  pairs.push(`r=${p.app}/${p.stream}`)
  if (p.txSecret !== undefined) pairs.push(`txSecret=${p.txSecret}`)
  if (p.txTime !== undefined) pairs.push(`txTime=${p.txTime}`)
  return `#!::${pairs.join(',')}`
}
