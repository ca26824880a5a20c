/**
 * Offline parsing of an RTMP push URL (Tencent CSS or any RTMP ingest): one full URL, or the OBS
 * pair (server + stream key). Never throws: every problem is a result with a code and params that
 * the i18n texts (src/shared/i18n/en/url.ts) turn into "what is wrong and how to fix it".
 * Linear in the input length and capped at MAX_PUSH_URL_LENGTH, so it can run on every keystroke.
 */
import { isIPv4, isIPv6 } from 'node:net'
import type {
  PushUrl,
  PushUrlInput,
  UrlErrorCode,
  UrlNote,
  UrlParseResult
} from '../../shared/push-url'
import { isValidHostName } from '../../shared/push-names'
import { parseSrtStreamId } from '../../shared/srt'
import {
  MAX_PUSH_URL_LENGTH,
  RTMPS_DEFAULT_PORT,
  RTMP_DEFAULT_PORT,
  SRT_DEFAULT_PORT
} from './constants'

type Params = Record<string, string | number>
type Failure = Extract<UrlParseResult, { ok: false }>

/** Query parameters Tencent reads, with their exact (case-sensitive) spelling. */
const TX_PARAMS = ['txSecret', 'txTime', 'txHost'] as const

function fail(code: UrlErrorCode, params?: Params): Failure {
  return params ? { ok: false, code, params } : { ok: false, code }
}

/** Invisible characters that copy-paste brings along (zero-width space/joiners, word joiner, BOM). */
function isInvisible(c: number): boolean {
  return (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff
}

/** Whitespace or an invisible character: what we trim from both ends. */
function isTrimmable(c: number): boolean {
  return (
    c === 0x20 ||
    (c >= 0x09 && c <= 0x0d) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    isInvisible(c)
  )
}

/** Trim by hand: a regex like /\s+$/ is quadratic on long inputs with inner whitespace. */
function trimEnds(s: string): string {
  let a = 0
  let b = s.length
  while (a < b && isTrimmable(s.charCodeAt(a))) a++
  while (b > a && isTrimmable(s.charCodeAt(b - 1))) b--
  return s.slice(a, b)
}

/** First control or invisible character (C0, DEL, C1, zero-width, line separators), or -1. */
function findControl(s: string): number {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || isInvisible(c) || c === 0x2028 || c === 0x2029) {
      return i
    }
  }
  return -1
}

/** First whitespace character (after trimming, so it is inside the text), or -1. */
function findSpace(s: string): number {
  for (let i = 0; i < s.length; i++) if (isTrimmable(s.charCodeAt(i))) return i
  return -1
}

function codePoint(s: string, i: number): string {
  return 'U+' + s.charCodeAt(i).toString(16).toUpperCase().padStart(4, '0')
}

/** Checks shared by both input forms: control characters, then inner spaces. */
function checkChars(s: string, field: 'url' | 'server' | 'streamKey'): Failure | undefined {
  const ctl = findControl(s)
  if (ctl >= 0) return fail('url-control-chars', { index: ctl + 1, char: codePoint(s, ctl), field })
  const sp = findSpace(s)
  if (sp >= 0) return fail('url-inner-spaces', { index: sp + 1, field })
  return undefined
}

// The host-name rule is shared with the support link (src/shared/push-names.ts).
export { isValidHostName }

/** Host part of the authority: bracketed IPv6, IPv4 or a name, plus the optional port. */
function parseAuthority(
  authority: string,
  scheme: PushUrl['scheme']
): Failure | { host: string; hostKind: PushUrl['hostKind']; port: number; portExplicit: boolean } {
  if (authority === '') return fail('url-no-host')
  const at = authority.lastIndexOf('@')
  // user:password@host is not part of RTMP; show only the host, never the credentials.
  if (at >= 0) return fail('url-bad-host', { host: authority.slice(at + 1) })
  let host: string
  let portStr: string | undefined
  let hostKind: PushUrl['hostKind']
  if (authority.startsWith('[')) {
    const close = authority.indexOf(']')
    if (close < 0) return fail('url-bad-host', { host: authority })
    host = authority.slice(1, close).toLowerCase()
    const tail = authority.slice(close + 1)
    if (tail !== '' && !tail.startsWith(':')) return fail('url-bad-host', { host: authority })
    if (tail !== '') portStr = tail.slice(1)
    if (!isIPv6(host)) return fail('url-bad-host', { host })
    hostKind = 'ipv6'
  } else {
    const colon = authority.indexOf(':')
    if (colon >= 0 && authority.indexOf(':', colon + 1) >= 0) {
      // Several colons without brackets: most likely an IPv6 address missing its [ ].
      return fail('url-bad-host', { host: authority })
    }
    host = (colon >= 0 ? authority.slice(0, colon) : authority).toLowerCase()
    if (colon >= 0) portStr = authority.slice(colon + 1)
    if (host.endsWith('.')) host = host.slice(0, -1) // FQDN form; the tcUrl must not carry the dot
    if (host === '') return fail('url-no-host')
    if (isIPv4(host)) hostKind = 'ipv4'
    else if (isValidHostName(host)) hostKind = 'name'
    else return fail('url-bad-host', { host })
  }
  const defaultPort =
    scheme === 'rtmps'
      ? RTMPS_DEFAULT_PORT
      : scheme === 'srt'
        ? SRT_DEFAULT_PORT
        : RTMP_DEFAULT_PORT
  if (portStr === undefined) return { host, hostKind, port: defaultPort, portExplicit: false }
  if (!/^\d{1,5}$/.test(portStr)) return fail('url-bad-port', { port: portStr.slice(0, 16) })
  const port = Number(portStr)
  if (port < 1 || port > 65535) return fail('url-bad-port', { port })
  return { host, hostKind, port, portExplicit: true }
}

function safeDecode(s: string): string | undefined {
  try {
    return decodeURIComponent(s)
  } catch {
    return undefined
  }
}

interface QueryParts {
  query: Array<[string, string]>
  txSecret?: string
  txTime?: string
  txHost?: string
}

/** Split `a=1&b=2` keeping order and duplicates; pull out Tencent's tx* parameters. */
function parseQuery(raw: string, notes: UrlNote[]): Failure | QueryParts {
  // A second '?' followed by tx parameters: the stream key (name + query) was pasted twice.
  const q2 = raw.indexOf('?')
  if (q2 >= 0 && /(^|[?&])tx(Secret|Time)=/i.test(raw.slice(q2 + 1))) {
    return fail('url-key-pasted-twice')
  }
  const out: QueryParts = { query: [] }
  const seen = new Set<string>()
  for (const piece of raw.split('&')) {
    if (piece === '') continue
    const eq = piece.indexOf('=')
    const rawKey = eq >= 0 ? piece.slice(0, eq) : piece
    const key = safeDecode(rawKey)
    const value = safeDecode(eq >= 0 ? piece.slice(eq + 1) : '')
    if (key === undefined || value === undefined || key === '') {
      return fail('url-bad-query', { param: rawKey.slice(0, 32) })
    }
    out.query.push([key, value])
    const canonical = TX_PARAMS.find((p) => p.toLowerCase() === key.toLowerCase())
    if (!canonical) continue
    if (canonical !== key) {
      // Tencent reads the names case-sensitively: `txtime` is not `txTime`.
      notes.push({ code: 'url-param-case', params: { found: key, expected: canonical } })
      continue
    }
    if (seen.has(key)) {
      // txSecret/txTime twice: the query was pasted twice (or appended to an old URL).
      if (key !== 'txHost') return fail('url-key-pasted-twice')
    }
    seen.add(key)
    if (value === '') {
      notes.push({ code: 'url-empty-query-value', params: { param: key } })
      continue
    }
    out[canonical] = value
  }
  return out
}

/**
 * How the path splits into AppName and StreamName. `ffmpeg`: as ffmpeg's rtmpproto.c does it (our
 * test push is ffmpeg): `/a/b` → a + b, `/a/b/c…` → a/b + c… (unless b contains ':'). `obs`: the
 * server's path is the app, the key is the stream (what OBS sends).
 */
type Split = { kind: 'ffmpeg' } | { kind: 'obs'; appSegments: number }

/** Host and port of an RTMP URL, as parseAuthority reads them. */
type Authority = Exclude<ReturnType<typeof parseAuthority>, Failure>

/** AppName and StreamName of a path (StreamName raw as in the URL, and decoded). */
interface PathParts {
  app: string
  streamRaw: string
  stream: string
}

/** How many leading path segments form the AppName (see Split). */
function appSegmentCount(segments: readonly string[], split: Split): number {
  if (split.kind === 'obs') return Math.min(split.appSegments, segments.length - 1)
  return segments.length === 2 || segments[1].includes(':') ? 1 : 2
}

/**
 * Splits the URL path into AppName and StreamName, noting what looks odd; or why the path is
 * unusable. `offset` is where the path starts in the full string (for the double-slash position).
 */
function splitPath(
  path: string,
  offset: number,
  query: QueryParts,
  split: Split,
  notes: UrlNote[]
): Failure | PathParts {
  const segments = path.replace(/^\//, '').split('/')
  if (segments.length === 1 && segments[0] === '') return fail('url-no-app')
  if (segments.length === 2 && segments[0] !== '' && segments[1] === '') {
    return fail('url-no-stream', { app: segments[0] })
  }
  const emptyAt = segments.indexOf('')
  if (emptyAt >= 0) {
    // Position (1-based) of the offending slash in the full string, for the message.
    let pos = offset + 1
    for (let i = 0; i < emptyAt; i++) pos += segments[i].length + 1
    return fail('url-double-slash', { index: pos })
  }
  if (segments.length === 1) {
    // One segment: with tx parameters it is a stream missing its AppName, else an app alone.
    return query.txSecret || query.txTime
      ? fail('url-no-app', { stream: segments[0] })
      : fail('url-no-stream', { app: segments[0] })
  }
  const appCount = appSegmentCount(segments, split)
  if (appCount < 1) return fail('url-no-app', { stream: segments.join('/') })
  const app = segments.slice(0, appCount).join('/')
  const streamRaw = segments.slice(appCount).join('/')
  const stream = safeDecode(streamRaw)
  if (stream === undefined) return fail('url-bad-encoding', { stream: streamRaw.slice(0, 64) })
  if (stream !== streamRaw)
    notes.push({ code: 'url-encoded-name', params: { raw: streamRaw, decoded: stream } })
  if (appCount > 1) notes.push({ code: 'url-nested-app', params: { app, stream } })
  if (stream.includes('/')) notes.push({ code: 'url-app-in-stream', params: { app, stream } })
  return { app, streamRaw, stream }
}

/** The parsed URL from its checked parts. */
function buildUrl(
  scheme: PushUrl['scheme'],
  auth: Authority,
  parts: PathParts,
  query: QueryParts,
  rawQuery: string | undefined
): PushUrl {
  const { app, stream, streamRaw } = parts
  const hostInUrl = auth.hostKind === 'ipv6' ? `[${auth.host}]` : auth.host
  const url: PushUrl = {
    scheme,
    host: auth.host,
    hostKind: auth.hostKind,
    port: auth.port,
    portExplicit: auth.portExplicit,
    app,
    stream,
    streamRaw,
    query: query.query,
    tcUrl: `${scheme}://${hostInUrl}${auth.portExplicit ? ':' + auth.port : ''}/${app}`,
    // As ffmpeg sends it: the raw stream name plus the raw query (Tencent reads txSecret from it).
    publishName: rawQuery !== undefined ? `${streamRaw}?${rawQuery}` : streamRaw
  }
  if (query.txSecret !== undefined) url.txSecret = query.txSecret
  if (query.txTime !== undefined) url.txTime = query.txTime
  if (query.txHost !== undefined) url.txHost = query.txHost
  return url
}

/** A URL without a scheme: the fix to suggest, without the query so it never carries txSecret. */
function noScheme(s: string): Failure {
  const bare = s.replace(/^rtmps?:\/*/i, '').replace(/^\/+/, '')
  const q = bare.indexOf('?')
  return fail('url-no-scheme', { suggestion: 'rtmp://' + (q >= 0 ? bare.slice(0, q) : bare) })
}

/** Parse one full URL string (already trimmed and length-checked). */
function parseFull(s: string, split: Split, notes: UrlNote[]): UrlParseResult {
  const m = /^([A-Za-z][A-Za-z0-9+.-]*):\/\//.exec(s)
  if (!m) return noScheme(s)
  const scheme = m[1].toLowerCase()
  if (scheme === 'srt') return parseSrt(s, notes)
  if (scheme !== 'rtmp' && scheme !== 'rtmps')
    return fail('url-bad-scheme', { scheme: scheme.slice(0, 16) })
  const rest = s.slice(m[0].length)
  // The whole URL pasted twice (or a URL pasted into the stream key field after the server).
  if (/rtmps?:\/\//i.test(rest)) return fail('url-key-pasted-twice')
  const schemeName = scheme === 'rtmps' ? 'rtmps' : 'rtmp'
  const slashOrQuery = rest.search(/[/?]/)
  const authEnd = slashOrQuery < 0 ? rest.length : slashOrQuery
  const auth = parseAuthority(rest.slice(0, authEnd), schemeName)
  if ('ok' in auth) return auth
  const after = rest.slice(authEnd)
  const qIdx = after.indexOf('?')
  const path = qIdx >= 0 ? after.slice(0, qIdx) : after
  const rawQuery = qIdx >= 0 ? after.slice(qIdx + 1) : undefined
  const query = parseQuery(rawQuery ?? '', notes)
  if ('ok' in query) return query
  const parts = splitPath(path, m[0].length + authEnd, query, split, notes)
  if ('ok' in parts) return parts
  if (!query.txSecret && !query.txTime) notes.push({ code: 'url-no-query' })
  if (!auth.portExplicit) notes.push({ code: 'url-default-port', params: { port: auth.port } })
  return { ok: true, url: buildUrl(schemeName, auth, parts, query, rawQuery), notes }
}

/** Keys of the SRT Access Control syntax that are not Tencent parameters (resource, host, …). */
const SRT_STANDARD_KEYS = new Set(['r', 'h', 'u', 's', 't', 'm'])

/**
 * The stream id of an SRT URL (the SRT access-control syntax `#!::k=v,…`), percent-decoded when it
 * was written encoded: its pairs in order, or a failure naming the stream id.
 */
function srtStreamIdPairs(raw: string): Failure | Array<[string, string]> {
  const decoded = raw.includes('%') ? safeDecode(raw) : raw
  const parsed = decoded === undefined ? undefined : parseSrtStreamId(decoded)
  if (!parsed?.ok) return fail('url-srt-bad-streamid', { part: (decoded ?? raw).slice(0, 32) })
  return Object.entries(parsed.keys)
}

/**
 * An srt:// push URL (Tencent: `srt://domain:9000?streamid=#!::h=domain,r=app/stream,txSecret=…,
 * txTime=…`) into the same parts as an RTMP one: the app and stream come from `r=`, the signature
 * from the stream id's own keys, and `h=` stands in for txHost when the URL dials an IP address.
 */
function parseSrt(s: string, notes: UrlNote[]): UrlParseResult {
  const rest = s.slice('srt://'.length)
  if (/(rtmps?|srt):\/\//i.test(rest)) return fail('url-key-pasted-twice')
  const q = rest.indexOf('?')
  const authEnd = q < 0 ? rest.length : q
  const slash = rest.slice(0, authEnd).indexOf('/')
  if (slash >= 0 && rest.slice(slash, authEnd) !== '/') return fail('url-srt-no-streamid')
  const auth = parseAuthority(rest.slice(0, slash >= 0 ? slash : authEnd), 'srt')
  if ('ok' in auth) return auth
  // The stream id runs to the end or to the next '&name=' (its own values contain no '&').
  const query = q < 0 ? '' : rest.slice(q + 1)
  const m = /(?:^|&)streamid=([^&]*)/.exec(query)
  if (!m || m[1] === '') return fail('url-srt-no-streamid')
  const pairs = srtStreamIdPairs(m[1])
  if (!Array.isArray(pairs)) return pairs
  const get = (k: string): string | undefined => pairs.find(([key]) => key === k)?.[1]
  const resource = get('r')
  if (resource === undefined || resource === '') return fail('url-srt-no-resource')
  const slashAt = resource.lastIndexOf('/')
  if (slashAt <= 0) return fail('url-no-app', { stream: resource })
  const app = resource.slice(0, slashAt)
  const stream = resource.slice(slashAt + 1)
  if (stream === '') return fail('url-no-stream', { app })
  const txQuery = pairs.filter(([k]) => !SRT_STANDARD_KEYS.has(k))
  for (const [k, v] of txQuery)
    if (v === '') notes.push({ code: 'url-empty-query-value', params: { param: k } })
  const h = get('h')?.toLowerCase()
  const url: PushUrl = {
    scheme: 'srt',
    host: auth.host,
    hostKind: auth.hostKind,
    port: auth.port,
    portExplicit: auth.portExplicit,
    app,
    stream,
    streamRaw: encodeURIComponent(stream),
    query: txQuery,
    tcUrl: `rtmp://${auth.hostKind === 'ipv6' ? `[${auth.host}]` : auth.host}/${app}`,
    publishName: [
      encodeURIComponent(stream),
      txQuery.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&')
    ]
      .filter((x) => x !== '')
      .join('?')
  }
  const txSecret = get('txSecret')
  const txTime = get('txTime')
  if (txSecret) url.txSecret = txSecret
  if (txTime) url.txTime = txTime
  if (h && auth.hostKind !== 'name') url.txHost = h
  else if (h && h !== auth.host)
    notes.push({ code: 'url-srt-host-differs', params: { host: auth.host, h } })
  if (!txSecret && !txTime) notes.push({ code: 'url-no-query' })
  if (!auth.portExplicit) notes.push({ code: 'url-default-port', params: { port: auth.port } })
  return { ok: true, url, notes }
}

function asString(v: unknown): string {
  return typeof v === 'string' ? v : ''
}

/** Trim, note the trim, reject empty / over-long / control characters / spaces. */
function prepare(
  raw: string,
  field: 'url' | 'server' | 'streamKey',
  notes: UrlNote[]
): Failure | string {
  // Cheap bound before any other work: trimming a megabyte of spaces is still linear.
  const s = trimEnds(raw)
  if (s.length !== raw.length) {
    if (!notes.some((n) => n.code === 'url-trimmed')) notes.push({ code: 'url-trimmed' })
  }
  if (s.length > MAX_PUSH_URL_LENGTH) {
    return fail('url-too-long', { length: s.length, max: MAX_PUSH_URL_LENGTH })
  }
  return checkChars(s, field) ?? s
}

/** Path segments of an OBS server URL (`rtmp://h/live/` → ['live']). */
function serverAppSegments(server: string): { segments: string[] } {
  const m = /^[A-Za-z][A-Za-z0-9+.-]*:\/\/[^/?]*/.exec(server)
  const path = m ? server.slice(m[0].length) : ''
  return { segments: path.split('/').filter((x) => x !== '') }
}

/** OBS form: server URL + stream key, joined as OBS joins them. */
function parseObs(serverIn: string, keyIn: string, notes: UrlNote[]): UrlParseResult {
  const server = prepare(serverIn, 'server', notes)
  if (typeof server !== 'string') return server
  const key = prepare(keyIn, 'streamKey', notes)
  if (typeof key !== 'string') return key
  if (server === '') return fail('url-obs-no-server')
  // OBS takes an SRT push as one URL in the Server field, with the Stream Key left empty.
  if (key === '' && /^srt:\/\//i.test(server)) return parseFull(server, { kind: 'ffmpeg' }, notes)
  if (key === '') return fail('url-obs-no-key')
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(key)) return fail('url-key-is-url')
  // The query belongs to the stream key; a server with '?' already holds (part of) the key.
  if (server.includes('?')) return fail('url-server-has-stream', { stream: '' })
  const { segments } = serverAppSegments(server)
  const keyName = key.replace(/^\/+/, '').split('?')[0]
  if (segments.length > 0 && keyName !== '' && segments[segments.length - 1] === keyName) {
    return fail('url-server-has-stream', { stream: keyName })
  }
  const joined = server.replace(/\/+$/, '') + '/' + key.replace(/^\/+/, '')
  if (joined.length > MAX_PUSH_URL_LENGTH) {
    return fail('url-too-long', { length: joined.length, max: MAX_PUSH_URL_LENGTH })
  }
  notes.push({ code: 'url-obs-joined' })
  return parseFull(joined, { kind: 'obs', appSegments: segments.length }, notes)
}

/**
 * Parse a push URL (or the OBS server + stream key pair) into its parts. Never throws, whatever the
 * input (huge, unicode, control characters, or not even strings when it came over IPC).
 */
export function parsePushUrl(input: PushUrlInput): UrlParseResult {
  const notes: UrlNote[] = []
  const v: unknown = input
  if (v !== null && typeof v === 'object' && ('server' in v || 'streamKey' in v)) {
    const o = v as { server?: unknown; streamKey?: unknown }
    return parseObs(asString(o.server), asString(o.streamKey), notes)
  }
  const raw = v !== null && typeof v === 'object' && 'url' in v ? asString(v.url) : ''
  const s = prepare(raw, 'url', notes)
  if (typeof s !== 'string') return s.code === 'url-inner-spaces' ? schemeFirst(s, raw) : s
  if (s === '') return fail('url-empty')
  return parseFull(s, { kind: 'ffmpeg' }, notes)
}

/**
 * A wrong scheme outranks inner spaces: "http://x/y z" should first hear "not an RTMP address",
 * since fixing the spaces would not help.
 */
function schemeFirst(spaces: Failure, raw: string): Failure {
  const m = /^([A-Za-z][A-Za-z0-9+.-]*):\/\//.exec(trimEnds(raw))
  const scheme = m?.[1].toLowerCase()
  if (m && scheme !== 'rtmp' && scheme !== 'rtmps' && scheme !== 'srt') {
    return fail('url-bad-scheme', { scheme: (scheme ?? '').slice(0, 16) })
  }
  return spaces
}
