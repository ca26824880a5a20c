/**
 * Redaction of secrets before anything is logged, stored, shown in a report or copied: the push
 * key never appears; a txSecret shows only its first 4 characters.
 */

/** How many characters of a txSecret stay visible (enough to compare two URLs by eye). */
export const TXSECRET_VISIBLE_CHARS = 4

/** `f85a2ab3…` → `f85a…`. */
export function maskSecret(secret: string): string {
  return secret.length <= TXSECRET_VISIBLE_CHARS ? '…' : secret.slice(0, TXSECRET_VISIBLE_CHARS) + '…'
}

/** Escape a literal for use inside a RegExp. */
function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** What to redact besides txSecret parameters: the known key(s) and secret(s) of this run. */
export interface Secrets {
  keys?: Array<string | undefined>
  txSecrets?: Array<string | undefined>
}

/**
 * Redact a text: every `txSecret=<value>` (any case, URL-encoded `=` too), every known txSecret
 * wherever it appears, and every known key (replaced by `<key>`). Keys shorter than 4 characters
 * are still replaced: a short key is still a secret.
 */
export function redactText(text: string, secrets: Secrets = {}): string {
  let out = text.replace(
    /(txSecret(?:=|%3D))([^&\s"'\\,;)\]}]*)/gi,
    (_m, name: string, value: string) => name + maskSecret(value)
  )
  for (const secret of secrets.txSecrets ?? []) {
    if (secret && secret.length > TXSECRET_VISIBLE_CHARS) {
      out = out.replace(new RegExp(escapeRegExp(secret), 'gi'), maskSecret(secret))
    }
  }
  // Longest keys first, so a key that contains another is replaced whole.
  const keys = (secrets.keys ?? []).filter((k): k is string => !!k).sort((a, b) => b.length - a.length)
  for (const key of keys) out = out.split(key).join('<key>')
  return out
}

/** Redact every string inside a JSON-like value (objects, arrays), returning a copy. */
export function redactDeep<T>(value: T, secrets: Secrets = {}, depth = 0): T {
  if (depth > 64) return value
  if (typeof value === 'string') return redactText(value, secrets) as T
  if (Array.isArray(value)) return value.map((v) => redactDeep(v, secrets, depth + 1)) as T
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(value)) out[k] = redactDeep(v, secrets, depth + 1)
    return out as T
  }
  return value
}
