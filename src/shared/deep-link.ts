/**
 * The support link: `push-preflight://check?domain=…&app=…&stream=…&…` opens a check with the
 * push domain, AppName, stream name and check options filled in. A support agent sends it; the
 * user adds their own signature (txSecret and txTime) — a link never carries a secret.
 *
 * The fields, in the order the builder writes them (the one place they are documented; the CLI
 * maps each option to its flag of the same name, `--push-seconds` for `push-seconds`):
 *
 * | field          | value                                   | meaning                              |
 * |----------------|-----------------------------------------|--------------------------------------|
 * | `domain`       | push domain (DNS name), required        | the host of the push URL             |
 * | `app`          | AppName, required                       | e.g. `live`                          |
 * | `stream`       | StreamName, required                    | letters, digits, `_ - .`             |
 * | `protocol`     | `rtmp` (default) · `rtmps` · `srt`      | the scheme of the user's push URL    |
 * | `port`         | 1–65535                                 | the URL's port, when not the default |
 * | `transports`   | comma list of `rtmp,rtmps,srt`          | the ways to push that are tried      |
 * | `rtmps-port`   | 1–65535                                 | RTMPS port when the URL names none   |
 * | `srt-port`     | 1–65535                                 | SRT port when the URL names none     |
 * | `push-seconds` | whole number 1–600                      | length of the test push              |
 * | `no-push`      | `1`                                     | no media push                        |
 * | `uplink`       | `1`                                     | run the uplink test (CLI)            |
 * | `bitrate`      | whole kbit/s 1–100000 (PLANNED_KBPS)    | planned bitrate of the uplink test   |
 * | `show-hours`   | number 0–336                            | planned show length                  |
 * | `auth-delta`   | whole seconds 0–31536000                | the push key's AuthDelta             |
 * | `lang`         | `en` · `id` · `zh-CN`                   | language of the CLI's output         |
 *
 * A link is untrusted input (anyone can send one): the parser never throws and answers every
 * problem with a code — unknown or repeated fields, oversize values, bad names, the wrong scheme —
 * and it refuses outright a link that carries a secret (txSecret, txTime, a push key, an API key).
 * Pure (no `node:` imports): main parses incoming links, the renderer builds outgoing ones.
 */
import { PLANNED_KBPS } from './options'
import { isValidAppName, isValidHostName, isValidStreamName } from './push-names'
import { TRANSPORT_DEFAULT_PORTS, TRANSPORTS, type Transport } from './transport'

/** The link's scheme, as registered with the operating system. */
export const DEEP_LINK_SCHEME = 'push-preflight'
/** The one action a link names today: open a check. */
const ACTION = 'check'
/**
 * Longest link accepted. A full link with every option is ~250 characters; a stream name may be
 * 256 and a domain 253, so 1024 leaves room and still bounds the work on a hostile one.
 */
export const MAX_DEEP_LINK_LENGTH = 1024
/** Longest value of any option field (the names have their own limits). */
const MAX_OPTION_VALUE_LENGTH = 32

/** Protocols a push URL may use. */
const PROTOCOLS = ['rtmp', 'rtmps', 'srt'] as const
/**
 * Languages a link may ask for: the shipped ones (i18n's LANGUAGES; a test keeps the two equal).
 * Not imported from there: the preload bundles this file's types and must not pull in i18next.
 */
export const LINK_LANGUAGES = ['en', 'id', 'zh-CN'] as const
type Language = (typeof LINK_LANGUAGES)[number]

/** Ranges of the numeric options (the same the CLI accepts for its flags). */
const RANGES = {
  port: [1, 65535, true],
  'rtmps-port': [1, 65535, true],
  'srt-port': [1, 65535, true],
  'push-seconds': [1, 600, true],
  bitrate: [PLANNED_KBPS.min, PLANNED_KBPS.max, true],
  'show-hours': [0, 24 * 14, false],
  'auth-delta': [0, 365 * 24 * 3600, true]
} as const satisfies Record<string, readonly [number, number, boolean]>

/** Every field a link may carry, in the order the builder writes them. */
export const DEEP_LINK_FIELDS = [
  'domain',
  'app',
  'stream',
  'protocol',
  'port',
  'transports',
  'rtmps-port',
  'srt-port',
  'push-seconds',
  'no-push',
  'uplink',
  'bitrate',
  'show-hours',
  'auth-delta',
  'lang'
] as const
export type DeepLinkField = (typeof DEEP_LINK_FIELDS)[number]

/** What a support link opens: the names of the push URL and the check's options. No secrets. */
export interface DeepLink {
  domain: string
  app: string
  stream: string
  /** Scheme of the user's push URL (default rtmp). */
  protocol: 'rtmp' | 'rtmps' | 'srt'
  /** The URL's port when it is not the protocol's default. */
  port?: number
  transports?: Transport[]
  rtmpsPort?: number
  srtPort?: number
  pushSeconds?: number
  noPush?: boolean
  uplink?: boolean
  bitrateKbps?: number
  showHours?: number
  authDeltaSec?: number
  lang?: Language
}

/** Why a link was refused. Each has a text `link.error.<code>` saying what is wrong. */
export const DEEP_LINK_ERROR_CODES = [
  'link-empty',
  'link-too-long',
  'link-bad-syntax',
  'link-bad-scheme',
  'link-bad-action',
  'link-has-secret',
  'link-unknown-field',
  'link-duplicate-field',
  'link-value-too-long',
  'link-bad-value',
  'link-missing-field',
  'link-conflict'
] as const
export type DeepLinkErrorCode = (typeof DEEP_LINK_ERROR_CODES)[number]

/** A refused link: the code, and the field it is about (safe to show: sanitised and short). */
export interface DeepLinkError {
  ok: false
  code: DeepLinkErrorCode
  field?: string
}

/** Outcome of parsing a link. */
export type DeepLinkResult = { ok: true; link: DeepLink } | DeepLinkError

/** Outcome of building a link. */
export type DeepLinkBuild = { ok: true; link: string } | DeepLinkError

/**
 * Field names that mean a secret: Tencent's signature (txSecret, txTime), a push key, API
 * credentials (SecretId/SecretKey), tokens, passwords, signatures.
 */
const SECRET_NAME_RE = /secret|key|token|sign|passw|txtime|credential/i
/** A secret pasted into a value (`stream=abc?txSecret=…`). */
const SECRET_VALUE_RE = /tx_?secret|tx_?time/i

function refuse(code: DeepLinkErrorCode, field?: string): DeepLinkError {
  return field === undefined ? { ok: false, code } : { ok: false, code, field }
}

/** A field name as a message may show it: short, and only harmless characters. */
function safeName(name: string): string {
  return name.slice(0, 32).replace(/[^A-Za-z0-9_.-]/g, '?')
}

function safeDecode(s: string): string | undefined {
  try {
    return decodeURIComponent(s)
  } catch {
    return undefined
  }
}

/** Control characters, whitespace and invisible characters never belong in a link. */
function hasBadChar(s: string): boolean {
  // eslint-disable-next-line no-control-regex -- control characters are what this looks for
  return /[\u0000-\u0020\u007f-\u00a0\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\ufeff]/.test(s)
}

/** The link's query, after the scheme and action were checked; or why it has none. */
function linkQuery(s: string): string | DeepLinkError {
  const m = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(s)
  if (!m || m[1].toLowerCase() !== DEEP_LINK_SCHEME) return refuse('link-bad-scheme')
  const rest = s.slice(m[0].length)
  // Some systems hand the link over as `push-preflight://check/?…` or without the slashes.
  const a = /^(?:\/\/)?([^/?#]*)\/?(?=[?#]|$)/.exec(rest)
  if (!a || a[1].toLowerCase() !== ACTION) return refuse('link-bad-action')
  const after = rest.slice(a[0].length)
  if (after.includes('#')) return refuse('link-bad-syntax')
  return after.startsWith('?') ? after.slice(1) : after
}

/** Split the query into decoded pairs, refusing secrets, unknown and repeated fields. */
function linkPairs(query: string): Map<DeepLinkField, string> | DeepLinkError {
  const pairs = new Map<DeepLinkField, string>()
  for (const piece of query.split('&')) {
    if (piece === '') continue
    const eq = piece.indexOf('=')
    if (eq <= 0) return refuse('link-bad-syntax', safeName(eq < 0 ? piece : ''))
    const name = safeDecode(piece.slice(0, eq))
    const value = safeDecode(piece.slice(eq + 1))
    if (name === undefined || value === undefined) return refuse('link-bad-syntax')
    const known = (DEEP_LINK_FIELDS as readonly string[]).includes(name)
    if (!known)
      return refuse(
        SECRET_NAME_RE.test(name) ? 'link-has-secret' : 'link-unknown-field',
        safeName(name)
      )
    if (SECRET_VALUE_RE.test(value)) return refuse('link-has-secret', name)
    const field = name as DeepLinkField
    if (pairs.has(field)) return refuse('link-duplicate-field', field)
    pairs.set(field, value)
  }
  return pairs
}

/** Longest value of each field. */
function maxLength(field: DeepLinkField): number {
  if (field === 'domain') return 253
  if (field === 'app') return 128
  if (field === 'stream') return 256
  return MAX_OPTION_VALUE_LENGTH
}

/** A number field: digits (and a fraction where allowed) within its range, or undefined. */
function numberIn(field: keyof typeof RANGES, value: string): number | undefined {
  const [min, max, whole] = RANGES[field]
  if (!(whole ? /^\d{1,9}$/ : /^\d{1,9}(\.\d{1,3})?$/).test(value)) return undefined
  const n = Number(value)
  return n >= min && n <= max ? n : undefined
}

/** A comma list of transports, each once, in the ladder's order; undefined if any is unknown. */
function transportList(value: string): Transport[] | undefined {
  const names = value.split(',')
  if (names.some((n) => !(TRANSPORTS as readonly string[]).includes(n))) return undefined
  if (new Set(names).size !== names.length) return undefined
  return TRANSPORTS.filter((t) => names.includes(t))
}

/** Put one validated field into the link; false when the value is not valid for it. */
function setField(link: DeepLink, field: DeepLinkField, value: string): boolean {
  switch (field) {
    case 'domain':
      link.domain = value.toLowerCase()
      return isValidHostName(link.domain)
    case 'app':
      link.app = value
      return isValidAppName(value)
    case 'stream':
      link.stream = value
      return isValidStreamName(value)
    case 'protocol': {
      const p = PROTOCOLS.find((x) => x === value)
      if (p) link.protocol = p
      return p !== undefined
    }
    case 'transports':
      link.transports = transportList(value)
      return link.transports !== undefined && link.transports.length > 0
    case 'no-push':
    case 'uplink':
      // A flag is on with `1`; anything else is a typo that would silently mean something else.
      link[field === 'no-push' ? 'noPush' : 'uplink'] = true
      return value === '1'
    case 'lang': {
      const l = LINK_LANGUAGES.find((x) => x === value)
      if (l) link.lang = l
      return l !== undefined
    }
    default: {
      const n = numberIn(field, value)
      const key = NUMBER_KEYS[field]
      if (n !== undefined) link[key] = n
      return n !== undefined
    }
  }
}

/** The DeepLink property of each numeric field. */
const NUMBER_KEYS = {
  port: 'port',
  'rtmps-port': 'rtmpsPort',
  'srt-port': 'srtPort',
  'push-seconds': 'pushSeconds',
  bitrate: 'bitrateKbps',
  'show-hours': 'showHours',
  'auth-delta': 'authDeltaSec'
} as const satisfies Record<keyof typeof RANGES, keyof DeepLink>

/**
 * Parse a support link. Never throws, whatever the input (huge, unicode, not even a string when it
 * came from argv or IPC): a refused link is a result with a code and, where it helps, the field.
 */
export function parseDeepLink(input: unknown): DeepLinkResult {
  if (typeof input !== 'string') return refuse('link-empty')
  if (input.length > MAX_DEEP_LINK_LENGTH) return refuse('link-too-long')
  const s = input.trim()
  if (s === '') return refuse('link-empty')
  if (hasBadChar(s)) return refuse('link-bad-syntax')
  const query = linkQuery(s)
  if (typeof query !== 'string') return query
  const pairs = linkPairs(query)
  if (!(pairs instanceof Map)) return pairs
  const link: DeepLink = { domain: '', app: '', stream: '', protocol: 'rtmp' }
  for (const [field, value] of pairs) {
    if (value.length > maxLength(field)) return refuse('link-value-too-long', field)
    if (value === '' || !setField(link, field, value)) return refuse('link-bad-value', field)
  }
  for (const field of ['domain', 'app', 'stream'] as const) {
    if (!pairs.has(field)) return refuse('link-missing-field', field)
  }
  // The uplink test rides on the test push: asking for it without a push cannot be honoured.
  if (link.noPush && link.uplink) return refuse('link-conflict', 'uplink')
  return { ok: true, link }
}

/** The link's fields as text, in the documented order; absent options left out. */
function fieldValues(l: DeepLink): Array<[DeepLinkField, string | undefined]> {
  const num = (n: number | undefined): string | undefined =>
    n === undefined ? undefined : String(n)
  return [
    ['domain', l.domain],
    ['app', l.app],
    ['stream', l.stream],
    ['protocol', l.protocol === 'rtmp' ? undefined : l.protocol],
    ['port', num(l.port)],
    ['transports', l.transports?.join(',')],
    ['rtmps-port', num(l.rtmpsPort)],
    ['srt-port', num(l.srtPort)],
    ['push-seconds', num(l.pushSeconds)],
    ['no-push', l.noPush ? '1' : undefined],
    ['uplink', l.uplink ? '1' : undefined],
    ['bitrate', num(l.bitrateKbps)],
    ['show-hours', num(l.showHours)],
    ['auth-delta', num(l.authDeltaSec)],
    ['lang', l.lang]
  ]
}

/**
 * Build a support link. It is made only of the DeepLink's own fields — the type has no place for
 * a secret and nothing else of the argument is read — and it is parsed back before it is handed
 * out, so a link this builds is always one the parser accepts (the same checks, one rule).
 */
export function buildDeepLink(fields: DeepLink): DeepLinkBuild {
  const query = fieldValues(fields)
    .filter((p): p is [DeepLinkField, string] => typeof p[1] === 'string')
    .map(([k, v]) => `${k}=${encodeURIComponent(v)}`)
    .join('&')
  const link = `${DEEP_LINK_SCHEME}://${ACTION}?${query}`
  const back = parseDeepLink(link)
  return back.ok ? { ok: true, link } : back
}

/** True when an argument looks like a support link (what argv scanning looks for). */
export function isDeepLinkLike(arg: string): boolean {
  return arg.slice(0, DEEP_LINK_SCHEME.length + 1).toLowerCase() === `${DEEP_LINK_SCHEME}:`
}

/** The user's signature for a link: the two values Tencent puts in the push URL's query. */
export interface LinkSignature {
  txSecret: string
  txTime: string
}

/**
 * Which of the user's two values cannot go into a push URL as typed, if any: both are short runs
 * of letters and digits (hex in a correct URL; a decimal txTime still passes, so the check can name
 * that mistake rather than this form refusing it).
 */
export function signatureProblem(sig: LinkSignature): keyof LinkSignature | undefined {
  if (!/^[A-Za-z0-9]{1,128}$/.test(sig.txSecret)) return 'txSecret'
  if (!/^[A-Za-z0-9]{1,32}$/.test(sig.txTime)) return 'txTime'
  return undefined
}

/**
 * The push URL a link stands for, with the user's signature when given: `rtmp[s]://domain[:port]/
 * app/stream?txSecret=…&txTime=…`, or for SRT Tencent's stream-id form
 * `srt://domain:port?streamid=#!::h=domain,r=app/stream,txSecret=…,txTime=…`. The signature
 * goes in as given: check it with `signatureProblem` first.
 */
export function pushUrlFromLink(l: DeepLink, sig?: LinkSignature): string {
  const port = l.port === undefined ? '' : `:${l.port}`
  if (l.protocol === 'srt') {
    const tx = sig ? `,txSecret=${sig.txSecret},txTime=${sig.txTime}` : ''
    return `srt://${l.domain}:${l.port ?? TRANSPORT_DEFAULT_PORTS.srt}?streamid=#!::h=${l.domain},r=${l.app}/${l.stream}${tx}`
  }
  const q = sig ? `?txSecret=${sig.txSecret}&txTime=${sig.txTime}` : ''
  return `${l.protocol}://${l.domain}${port}/${l.app}/${l.stream}${q}`
}
