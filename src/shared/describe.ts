/**
 * From a check result to the i18n key and the values of its `{{placeholders}}`. The UI and the
 * CLI both render results through this, so a code's text is filled the same way everywhere.
 * Placeholders that need formatting (times) or another text (a named mistake) are computed here
 * with the caller's translator and locale.
 */
import { dnsMessageParams, type DnsResult } from './dns'
import { ffmpegMessageParams, type FfmpegInfo } from './ffmpeg'
import type { HandshakeResult } from './network'
import { pushMessageParams, type PushEvidence, type PushResult } from './push'
import type { PublishProbeResult } from './rtmp'
import { formatDate, formatExpiry, type TimeWords } from './format-time'
import type { ExpiryResult, SignatureResult, TxHostResult, UrlParseResult } from './push-url'
import type { CheckResult, CheckStatus } from './result'

/** What a description needs from its caller. */
export interface DescribeContext {
  /** The time "now" for relative times, ms. */
  now: number
  /** BCP 47 locale for dates. */
  locale: string
  /** Time zone for dates; the system's when undefined. */
  timeZone?: string
  /** Words of durations ("in 9 h 40 min") in the UI language; English when undefined. */
  words?: TimeWords
  /** The translator, for texts nested inside a text (e.g. the named signature mistake). */
  t: (key: string, params?: Record<string, string | number>) => string
}

/** An i18n key with the values of its placeholders. */
export interface Described {
  key: string
  params: Record<string, string | number>
}

/** Primitive evidence fields as placeholders: the fallback for results without a describer. */
function flatParams(evidence: unknown): Record<string, string | number> {
  const out: Record<string, string | number> = {}
  if (evidence && typeof evidence === 'object') {
    for (const [k, v] of Object.entries(evidence)) {
      if (typeof v === 'string' || typeof v === 'number') out[k] = v
      else if (typeof v === 'boolean') out[k] = String(v)
    }
  }
  return out
}

function describeExpiry(r: ExpiryResult, ctx: DescribeContext): Described {
  const e = r.evidence
  const params: Record<string, string | number> = { ...flatParams(e) }
  if (e.expiresAt !== undefined)
    params.when = formatExpiry(e.expiresAt, ctx.now, ctx.locale, ctx.timeZone, ctx.words)
  if (e.reinterpretedAt !== undefined)
    params.meant = formatDate(e.reinterpretedAt, ctx.locale, ctx.timeZone)
  return { key: r.code, params }
}

/**
 * Details of the named signature mistakes that are words from a fixed set (the engine's own
 * labels), each with its `signature-detail.*` text; other details are names taken from the URL.
 */
export const SIGNATURE_DETAIL_WORDS = [
  'upper',
  'lower',
  'key-trailing',
  'key-leading',
  'key-newline',
  'stream-trailing',
  'stream-leading',
  'stream+key+txTime'
] as const

/** Hash names the engine tries as wrong algorithms, as people write them. */
const ALGORITHM_NAMES: Record<string, string> = {
  sha1: 'SHA1',
  sha512: 'SHA512',
  'hmac-md5': 'HMAC-MD5',
  'hmac-sha256': 'HMAC-SHA256'
}

/** A mistake's detail in the UI language: fixed words translated, hash names spelled out. */
function mistakeDetail(detail: string, ctx: DescribeContext): string {
  if ((SIGNATURE_DETAIL_WORDS as readonly string[]).includes(detail)) {
    return ctx.t(`signature-detail.${detail}`)
  }
  return ALGORITHM_NAMES[detail] ?? detail
}

function describeSignature(r: SignatureResult, ctx: DescribeContext): Described {
  const e = r.evidence
  const params: Record<string, string | number> = {
    ...flatParams(e),
    algorithm: e.matched ? e.matched.algorithm.toUpperCase() : '',
    prefix: e.txSecretPrefix ?? '',
    form: e.form === 'sha256' ? 'SHA256' : e.form === 'md5' ? 'MD5' : ''
  }
  if (e.mistake) {
    const detail = mistakeDetail(e.mistakeDetail ?? '', ctx)
    params.mistake = ctx.t(`signature-mistake-${e.mistake}`, { detail })
  }
  return { key: r.code, params }
}

function describeTxHost(r: TxHostResult): Described {
  return { key: r.code, params: flatParams(r.evidence) }
}

function describeHandshake(r: HandshakeResult): Described {
  const e = r.evidence
  return {
    key: r.code,
    params: { ...flatParams(e), firstBytes: e.firstBytesText ?? e.firstBytesHex ?? '' }
  }
}

function describeProbe(r: PublishProbeResult): Described {
  const e = r.evidence
  return {
    key: r.code,
    params: {
      ...flatParams(e),
      code: e.status?.code ?? '',
      description: e.status?.description ?? '',
      afterPublishMs: e.close?.afterPublishMs ?? e.startAfterPublishMs ?? 0,
      holdMs: e.heldMs ?? 0
    }
  }
}

/** The push's placeholders, with its stage, end kind and exit status in the UI language. */
function describePush(r: PushResult, ctx: DescribeContext): Described {
  const e: PushEvidence = r.evidence
  const params = pushMessageParams(e)
  const exit = e.exit.signal
    ? ctx.t('push.exit-signal', { signal: e.exit.signal })
    : e.exit.code === null
      ? ''
      : ctx.t('push.exit-code', { code: e.exit.code })
  return {
    key: r.code,
    params: {
      ...params,
      endKind: ctx.t(`push.end.${e.end?.kind ?? 'unknown'}`),
      lastPhase: ctx.t(`push.stage.${params.lastPhase}`),
      exit
    }
  }
}

/** Describe any check result (known ids get their own placeholders, others their flat evidence). */
export function describeCheck(result: CheckResult, ctx: DescribeContext): Described {
  switch (result.id) {
    case 'expiry':
      return describeExpiry(result as ExpiryResult, ctx)
    case 'signature':
      return describeSignature(result as SignatureResult, ctx)
    case 'txhost':
      return describeTxHost(result as TxHostResult)
    case 'dns':
      return { key: result.code, params: dnsMessageParams(result as DnsResult, ctx) }
    case 'handshake':
      return describeHandshake(result as HandshakeResult)
    case 'publish-probe':
      return describeProbe(result as PublishProbeResult)
    case 'test-push':
      return describePush(result as PushResult, ctx)
    case 'ffmpeg':
      return { key: result.code, params: ffmpegMessageParams(result.evidence as FfmpegInfo, ctx) }
    case 'tencent-api':
      return { key: result.code, params: { errorCode: '', ...flatParams(result.evidence) } }
    default:
      return { key: result.code, params: flatParams(result.evidence) }
  }
}

/** The parse result as a card: status, main text and the notes. */
export function describeParse(parse: UrlParseResult): {
  status: CheckStatus
  key: string
  params: Record<string, string | number>
  notes: Described[]
} {
  if (!parse.ok) return { status: 'fail', key: parse.code, params: parse.params ?? {}, notes: [] }
  const u = parse.url
  return {
    status: 'pass',
    key: 'ui.analysis.parsed',
    params: { host: u.host, port: u.port, app: u.app, stream: u.stream },
    notes: parse.notes.map((n) => ({ key: n.code, params: n.params ?? {} }))
  }
}
