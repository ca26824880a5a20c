/**
 * Validators of the three names a push URL is made of — push domain, AppName, StreamName — shared
 * by the URL parser and generator (main) and the support link (parsed in main, built in the
 * renderer). Pure: no `node:` imports, so every process can use the same rules.
 */

/** Longest DNS name (RFC 1035). */
const HOST_MAX_LENGTH = 253
/** Longest DNS label (RFC 1035). */
const HOST_LABEL_MAX_LENGTH = 63

const LABEL_RE = /^[a-z0-9_](?:[a-z0-9_-]*[a-z0-9_])?$/

/**
 * True when `host` (lower case, no trailing dot) is a usable DNS name: ASCII letters, digits,
 * hyphens (underscores tolerated: they occur in real DNS), labels of 1–63, at most 253 in all.
 * Non-ASCII (IDN) names must be given in punycode (`xn--…`), as Tencent's console shows them.
 */
export function isValidHostName(host: string): boolean {
  if (host.length === 0 || host.length > HOST_MAX_LENGTH) return false
  const labels = host.split('.')
  for (const l of labels) if (l.length > HOST_LABEL_MAX_LENGTH || !LABEL_RE.test(l)) return false
  // An all-digit last label is a malformed IPv4 address (999.1.1.1, 1.2.3), not a name.
  return !/^\d+$/.test(labels[labels.length - 1])
}

/** AppName as Tencent's console accepts it: letters, digits, `_` and `-` (default `live`). */
const APP_RE = /^[A-Za-z0-9_-]{1,128}$/
/**
 * StreamName: letters, digits, `_`, `-` and `.` — conservative on purpose: anything needing
 * URL-encoding makes the signed name and the sent name differ (a classic signature mistake).
 */
const STREAM_RE = /^[A-Za-z0-9_.-]{1,256}$/

/** True when `app` is an AppName the console would create. */
export function isValidAppName(app: string): boolean {
  return APP_RE.test(app)
}

/** True when `stream` is a StreamName that needs no URL-encoding. */
export function isValidStreamName(stream: string): boolean {
  return STREAM_RE.test(stream)
}
