/**
 * Types of the offline push-URL analysis: parsing, expiry, signature, txHost and the URL
 * generator. Pure types only (shared by main, preload and renderer); the implementation lives in
 * src/main/preflight/. Codes are string-literal unions declared as const arrays so the i18n
 * resources can be checked for completeness.
 */
import type { CheckResult } from './result'

/** What the user typed: one full push URL, or the OBS pair (server URL + stream key). */
export type PushUrlInput = { url: string } | { server: string; streamKey: string }

/** A successfully parsed push URL. Secrets (txSecret) are present: redact before showing/storing. */
export interface PushUrl {
  /** The protocol typed; the engine derives the other forms (see transport.ts). */
  scheme: 'rtmp' | 'rtmps' | 'srt'
  /** Host as typed, lower-cased; IPv6 without brackets. */
  host: string
  hostKind: 'name' | 'ipv4' | 'ipv6'
  port: number
  /** True when the URL named the port; false when the scheme default (1935 / 443) applies. */
  portExplicit: boolean
  /**
   * AppName (Tencent default `live`). Split as ffmpeg splits it (our test push uses ffmpeg): one
   * segment when the path has two, the first two segments (`a/b`) when it has three or more. In
   * the OBS form it is the server's whole path, as OBS sends it.
   */
  app: string
  /** StreamName, percent-decoded (no query). May contain '/' (deep paths, OBS keys). */
  stream: string
  /** StreamName exactly as typed (still percent-encoded): what ffmpeg sends in `publish`. */
  streamRaw: string
  /** The query as ordered key/value pairs, values decoded, duplicates kept. */
  query: Array<[string, string]>
  txSecret?: string
  txTime?: string
  txHost?: string
  /**
   * rtmp[s]://host[:port]/app — what goes into the RTMP connect command. For an srt:// URL, the
   * RTMP form of the same push (rtmp://host/app).
   */
  tcUrl: string
  /** StreamName plus the raw query (`test?txSecret=…&txTime=…`): the RTMP publish name. */
  publishName: string
}

/** Reasons a push URL cannot be used at all. Each has an i18n text saying what is wrong and how to fix it. */
export const URL_ERROR_CODES = [
  'url-empty',
  'url-too-long',
  'url-control-chars',
  'url-bad-scheme',
  'url-no-scheme',
  'url-no-host',
  'url-bad-host',
  'url-bad-port',
  'url-no-app',
  'url-no-stream',
  'url-inner-spaces',
  'url-key-pasted-twice',
  'url-server-has-stream',
  'url-bad-query',
  'url-bad-encoding',
  'url-double-slash',
  'url-obs-no-server',
  'url-obs-no-key',
  'url-key-is-url',
  'url-srt-no-streamid',
  'url-srt-bad-streamid',
  'url-srt-no-resource'
] as const
export type UrlErrorCode = (typeof URL_ERROR_CODES)[number]

/** Things noticed in a usable URL that the user should know (not blocking). */
export const URL_NOTE_CODES = [
  'url-trimmed',
  'url-encoded-name',
  'url-no-query',
  'url-app-in-stream',
  'url-obs-joined',
  'url-default-port',
  'url-nested-app',
  'url-param-case',
  'url-empty-query-value',
  'url-srt-host-differs'
] as const
export type UrlNoteCode = (typeof URL_NOTE_CODES)[number]

/** One note, with values for its message placeholders. */
export interface UrlNote {
  code: UrlNoteCode
  params?: Record<string, string | number>
}

/** Result of parsing: never an exception. */
export type UrlParseResult =
  | { ok: true; url: PushUrl; notes: UrlNote[] }
  | { ok: false; code: UrlErrorCode; params?: Record<string, string | number> }

/** Push keys for signature checks. Kept in memory only; never logged or put in a report. */
export interface PushKeys {
  primary?: string
  backup?: string
}

/** Inputs to the offline analysis. */
export interface OfflineInput {
  url: PushUrlInput
  keys?: PushKeys
  /** The key's AuthDelta (extra validity after txTime), seconds; default 0. */
  authDeltaSec?: number
  /** Planned show length, seconds: expiry warns when less than this (+ margin) remains. */
  showLengthSec?: number
}

export const EXPIRY_CODES = [
  'expiry-ok',
  'expiry-short',
  'expiry-shorter-than-show',
  'expiry-expired',
  'expiry-missing',
  'expiry-decimal',
  'expiry-milliseconds',
  'expiry-bad-format',
  'expiry-skipped-no-url'
] as const
export type ExpiryCode = (typeof EXPIRY_CODES)[number]

/** Evidence of the expiry check (all times in ms since epoch; formatting is the UI's job). */
export interface ExpiryEvidence {
  txTime?: string
  /** Decoded txTime (Unix seconds), when it could be decoded. */
  txTimeSec?: number
  /** 'upper' | 'lower' | 'mixed' | 'none' (digits only) — the case matters for the signature. */
  txTimeCase?: 'upper' | 'lower' | 'mixed' | 'none'
  authDeltaSec: number
  /** When reconnects start failing (txTime + AuthDelta), ms. */
  expiresAt?: number
  /** expiresAt - now, ms (negative when expired). */
  remainingMs?: number
  /** The threshold that applied, ms (12 h, or the show length + margin). */
  thresholdMs: number
  /**
   * When txTime looks like decimal seconds or milliseconds: the time the author meant, ms.
   * (`expiresAt` stays Tencent's reading — hex seconds — which is what the server applies.)
   */
  reinterpretedAt?: number
  /** How txTime was read: hex seconds (correct), or the mistake it looks like. */
  readAs?: 'hex-seconds' | 'decimal-seconds' | 'decimal-milliseconds' | 'hex-milliseconds'
}

export const SIGNATURE_CODES = [
  'signature-ok',
  'signature-ok-backup',
  'signature-form-ok',
  'signature-missing',
  'signature-bad-form',
  'signature-wrong',
  'signature-mistake',
  'signature-skipped-no-url'
] as const
export type SignatureCode = (typeof SIGNATURE_CODES)[number]

/** Usual mistakes that make a recomputed txSecret differ; named when one of them matches. */
export const SIGNATURE_MISTAKES = [
  'app-in-stream',
  'txtime-case',
  'txtime-decimal',
  'trailing-space',
  'url-encoded-name',
  'decoded-name',
  'wrong-algorithm',
  'wrong-order'
] as const
export type SignatureMistake = (typeof SIGNATURE_MISTAKES)[number]

/** Evidence of the signature check. Never holds the key; txSecret is shown by its first 4 characters. */
export interface SignatureEvidence {
  keyGiven: boolean
  /** 'md5' (32 hex) | 'sha256' (64 hex) | 'unknown'. */
  form?: 'md5' | 'sha256' | 'unknown'
  /** Which key and algorithm matched. */
  matched?: { key: 'primary' | 'backup'; algorithm: 'md5' | 'sha256' }
  /** The mistake that reproduces the URL's txSecret, if one does. */
  mistake?: SignatureMistake
  /** The string that was hashed, with the key replaced by `<key>`. */
  signedString?: string
  /** The first 4 characters of the URL's txSecret. */
  txSecretPrefix?: string
  /** True when the URL's txSecret is upper-case hex (Tencent's generator writes lower case). */
  secretUpperCase?: boolean
  /** Which variant of the mistake matched, e.g. `sha1`, `hmac-md5`, `lower`, the decimal value. */
  mistakeDetail?: string
}

export const TXHOST_CODES = [
  'txhost-not-needed',
  'txhost-ok',
  'txhost-not-a-name',
  'txhost-missing',
  'txhost-skipped-no-url'
] as const
export type TxHostCode = (typeof TXHOST_CODES)[number]

/** Evidence of the txHost check (host is empty when there was no URL). */
export interface TxHostEvidence {
  host: string
  hostKind: PushUrl['hostKind']
  txHost?: string
}

export type ExpiryResult = CheckResult<'expiry', ExpiryCode, ExpiryEvidence>
export type SignatureResult = CheckResult<'signature', SignatureCode, SignatureEvidence>
export type TxHostResult = CheckResult<'txhost', TxHostCode, TxHostEvidence>

/** Everything the offline analysis can say about a push URL; safe to send to the renderer. */
export interface OfflineAnalysis {
  parse: UrlParseResult
  expiry: ExpiryResult
  signature: SignatureResult
  txHost: TxHostResult
}

/** Input to the push URL generator (Tencent console's address generator). */
export interface GenerateInput {
  domain: string
  app: string
  stream: string
  key: string
  /** Expiry as an absolute time, ms since epoch. */
  expiresAt: number
  algorithm: 'md5' | 'sha256'
  /**
   * The key's AuthDelta, seconds (default 0). Tencent's console treats the chosen time as the
   * real expiry and, with an AuthDelta set, works txTime back from it (txTime = expiry - AuthDelta).
   */
  authDeltaSec?: number
}

export const GENERATE_ERROR_CODES = [
  'gen-no-domain',
  'gen-bad-domain',
  'gen-no-app',
  'gen-bad-app',
  'gen-no-stream',
  'gen-bad-stream',
  'gen-no-key',
  'gen-bad-key',
  'gen-bad-expiry',
  'gen-expiry-past'
] as const
export type GenerateErrorCode = (typeof GENERATE_ERROR_CODES)[number]

export type GenerateResult =
  | { ok: true; url: string; txTime: string; txSecret: string; warnShort: boolean }
  | { ok: false; code: GenerateErrorCode }
