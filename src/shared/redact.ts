/**
 * Redaction of secrets before anything is logged, stored, shown in a report or copied: the push
 * key never appears; a txSecret shows only its first 4 characters.
 */

/** How many characters of a txSecret stay visible (enough to compare two URLs by eye). */
export const TXSECRET_VISIBLE_CHARS = 4

/** `f85a2ab3…` → `f85a…`. */
export function maskSecret(secret: string): string {
  return secret.length <= TXSECRET_VISIBLE_CHARS
    ? '…'
    : secret.slice(0, TXSECRET_VISIBLE_CHARS) + '…'
}

/** ASCII-only lower case: every index stays in place (String#toLowerCase may change lengths). */
function asciiLower(s: string): string {
  return s.replace(/[A-Z]+/g, (m) => m.toLowerCase())
}

/**
 * Replace every occurrence of `needle`, ASCII letters in any case (a txSecret is hex, and its
 * case may have been changed), by `by`. A plain search, not a RegExp built from the needle: a
 * long needle made `new RegExp` throw "Regular expression too large" (found by the property test).
 */
function replaceAllCaseless(text: string, needle: string, by: string): string {
  const hay = asciiLower(text)
  const n = asciiLower(needle)
  let out = ''
  let from = 0
  for (let i = hay.indexOf(n); i >= 0; i = hay.indexOf(n, from)) {
    out += text.slice(from, i) + by
    from = i + n.length
  }
  return out + text.slice(from)
}

/** What a known key is replaced by. */
const KEY_MARK = '<key>'

/** What to redact besides txSecret parameters: the known key(s) and secret(s) of this run. */
export interface Secrets {
  keys?: Array<string | undefined>
  txSecrets?: Array<string | undefined>
}

// Query parameters whose values are secrets: Tencent's txSecret plus the usual names other
// ingests use for stream keys and tokens (`=` may be URL-encoded as %3D).
const SECRET_PARAM =
  /([?&;,\s'"]|^)(txSecret|secret|key|streamkey|stream_key|token|auth|sign|signature|password|pass|pwd|secretid|secret_id|secretkey|secret_key|credential)(=|%3D)([^&\s'";,)\]}\\]*)/gi
// userinfo in a URL: rtmp://user:password@host
const URL_USERINFO = /(\b[a-z][a-z0-9+.-]*:\/\/)([^/\s@'"]+)@/gi
// A key or signature that escaped the patterns above: a hex run of 24+ digits (MD5/SHA hex is
// 32/64), or a 32+ run of letters and digits with both (base64-ish keys). Stream names with
// '_' or '-' and ffmpeg's 0x… pointers stay readable.
const LONG_TOKEN =
  /\b(?:[0-9a-f]{24,}|[0-9A-F]{24,}|(?=[A-Za-z0-9+/]*\d)(?=[A-Za-z0-9+/]*[A-Za-z])[A-Za-z0-9+/]{32,}=*)\b/g

/** Options of {@link redactText}. */
export interface RedactOptions {
  /**
   * Also mask any long key-looking token (24+ hex digits, 32+ letters and digits). For text we do
   * not control (ffmpeg's stderr, server messages); off for our own evidence, where hex dumps of
   * bytes are data, not secrets.
   */
  longTokens?: boolean
}

/**
 * Redact a text: every `txSecret=<value>` and similar key-like query values (first 4 characters
 * kept), URL user info, every known txSecret wherever it appears, and every known key (replaced
 * by `<key>`). Keys shorter than 4 characters are still replaced: a short key is still a secret.
 */
export function redactText(text: string, secrets: Secrets = {}, opts: RedactOptions = {}): string {
  let out = text
  // Known secrets first, so they are replaced whole wherever they stand (even as `key=<key>`).
  // Longest keys first, so a key that contains another is replaced whole.
  const keys = (secrets.keys ?? [])
    .filter((k): k is string => !!k)
    .sort((a, b) => b.length - a.length)
  for (const key of keys) out = out.split(key).join(KEY_MARK)
  for (const secret of secrets.txSecrets ?? []) {
    if (secret && secret.length > TXSECRET_VISIBLE_CHARS) {
      out = replaceAllCaseless(out, secret, maskSecret(secret))
    }
  }
  out = out
    .replace(SECRET_PARAM, (m, pre: string, name: string, eq: string, value: string) =>
      value.length === 0 || value === KEY_MARK || value.endsWith('…')
        ? m
        : `${pre}${name}${eq}${maskSecret(value)}`
    )
    .replace(URL_USERINFO, (_m, scheme: string) => `${scheme}…@`)
  if (opts.longTokens) out = out.replace(LONG_TOKEN, (token) => maskSecret(token))
  return out
}

/** Depth bound of a deep walk (reports are shallow; this only stops a pathological object). */
const MAX_WALK_DEPTH = 64

/** A copy of a JSON-like value (objects, arrays) with every string inside it mapped by `fn`. */
export function mapStringsDeep<T>(value: T, fn: (s: string) => string, depth = 0): T {
  if (depth > MAX_WALK_DEPTH) return value
  if (typeof value === 'string') return fn(value) as T
  if (Array.isArray(value)) return value.map((v) => mapStringsDeep(v, fn, depth + 1)) as T
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(value)) out[k] = mapStringsDeep(v, fn, depth + 1)
    return out as T
  }
  return value
}

/** Redact every string inside a JSON-like value (objects, arrays), returning a copy. */
export function redactDeep<T>(value: T, secrets: Secrets = {}): T {
  return mapStringsDeep(value, (s) => redactText(s, secrets))
}
