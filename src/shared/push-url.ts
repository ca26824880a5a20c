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
  scheme: 'rtmp' | 'rtmps'
  /** Host as typed, lower-cased; IPv6 without brackets. */
  host: string
  hostKind: 'name' | 'ipv4' | 'ipv6'
  port: number
  /** True when the URL named the port; false when the scheme default (1935 / 443) applies. */
  portExplicit: boolean
  /** AppName (Tencent default `live`); may contain '/' for nested apps. */
  app: string
  /** StreamName, decoded (no query). */
  stream: string
  /** The query as ordered key/value pairs, values decoded, duplicates kept. */
  query: Array<[string, string]>
  txSecret?: string
  txTime?: string
  txHost?: string
  /** rtmp[s]://host[:port]/app — what goes into the RTMP connect command. */
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
  'url-bad-query'
] as const
export type UrlErrorCode = (typeof URL_ERROR_CODES)[number]

/** Things noticed in a usable URL that the user should know (not blocking). */
export const URL_NOTE_CODES = [
  'url-trimmed',
  'url-encoded-name',
  'url-no-query',
  'url-app-in-stream',
  'url-obs-joined',
  'url-default-port'
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
  /** How the value was misread, if it looks like decimal seconds or milliseconds. */
  reinterpretedAt?: number
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
  'wrong-algorithm'
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
}

export const TXHOST_CODES = ['txhost-not-needed', 'txhost-ok', 'txhost-missing'] as const
export type TxHostCode = (typeof TXHOST_CODES)[number]

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
}

export const GENERATE_ERROR_CODES = [
  'gen-no-domain',
  'gen-bad-domain',
  'gen-no-app',
  'gen-bad-app',
  'gen-no-stream',
  'gen-bad-stream',
  'gen-no-key',
  'gen-bad-expiry'
] as const
export type GenerateErrorCode = (typeof GENERATE_ERROR_CODES)[number]

export type GenerateResult =
  | { ok: true; url: string; txTime: string; txSecret: string; warnShort: boolean }
  | { ok: false; code: GenerateErrorCode }
