/**
 * Clock check: this machine's clock against a trusted server's, from the HTTP `Date` header of an
 * HTTPS HEAD request (default: Tencent's API host). A wrong clock signs URLs with a wrong txTime,
 * and every expiry the app shows is off by the same amount. Unreachable → skipped, never a
 * failure: the push does not depend on it.
 *
 * Why TLS errors are looked at instead of rejected outright: a clock that is years off makes every
 * certificate look expired or not yet valid — exactly the machine this check is for. Such an
 * error is itself evidence, so the Date header is still used; any other TLS error (self-signed,
 * wrong host: a proxy) makes the answer untrusted. Nothing secret is sent either way.
 */
import https from 'node:https'
import type { ClockCode, ClockEvidence, ClockResult } from '../../shared/clock'
import { checkResult, type CheckStatus } from '../../shared/result'
import { CLOCK_CHECK_TIMEOUT_MS, CLOCK_DATE_RESOLUTION_MS, CLOCK_SKEW_WARN_MS } from './constants'

/** Options of the clock check. */
export interface ClockCheckOptions {
  timeoutMs?: number
  /** Extra trusted CA certificate(s), PEM (tests: the loopback server's self-signed cert). */
  ca?: string
}

/** What one HEAD request returned. */
export type ClockReply =
  | { ok: true; status: number; date?: string; authorized: boolean; authorizationError?: string }
  | { ok: false; error: string }

/** Side effects of the clock check. */
export interface ClockDeps {
  head: (
    host: string,
    port: number,
    opts: { timeoutMs: number; ca?: string },
    signal?: AbortSignal
  ) => Promise<ClockReply>
  now: () => number
}

/** TLS errors a wrong local clock causes (the certificate's validity dates): still evidence. */
const CLOCK_TLS_ERRORS = new Set([
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'CRL_HAS_EXPIRED',
  'CRL_NOT_YET_VALID'
])

/** One HTTPS HEAD `/`, bounded by a timeout and the signal; never throws. */
function realHead(
  host: string,
  port: number,
  opts: { timeoutMs: number; ca?: string },
  signal?: AbortSignal
): Promise<ClockReply> {
  return new Promise((resolve) => {
    let settled = false
    const done = (r: ClockReply): void => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      signal?.removeEventListener('abort', onAbort)
      req.destroy()
      resolve(r)
    }
    const req = https.request({
      host,
      port,
      method: 'HEAD',
      path: '/',
      // Judged below from authorizationError (see the module comment); no secrets are sent.
      rejectUnauthorized: false,
      ca: opts.ca,
      servername: /^[\d.]+$|:/.test(host) ? undefined : host,
      agent: false,
      headers: { 'user-agent': 'push-preflight clock check' }
    })
    req.on('response', (res) => {
      const socket = res.socket as import('node:tls').TLSSocket
      const date = res.headers.date
      done({
        ok: true,
        status: res.statusCode ?? 0,
        date: typeof date === 'string' ? date : undefined,
        authorized: socket.authorized === true,
        authorizationError: socket.authorizationError
          ? String(socket.authorizationError)
          : undefined
      })
      res.resume()
    })
    req.on('error', (e: NodeJS.ErrnoException) => done({ ok: false, error: e.code ?? e.message }))
    const timer = setTimeout(() => done({ ok: false, error: 'timeout' }), opts.timeoutMs)
    const onAbort = (): void => done({ ok: false, error: 'cancelled' })
    if (signal?.aborted) onAbort()
    else signal?.addEventListener('abort', onAbort, { once: true })
    req.end()
  })
}

/** The real side effects. */
const realClockDeps: ClockDeps = { head: realHead, now: () => Date.now() }

/** `host`, `host:port`, `[v6]` or `[v6]:port` → host and port (443 by default); undefined if malformed. */
export function parseClockServer(server: string): { host: string; port: number } | undefined {
  const m = /^(?:\[([0-9a-fA-F:.]+)\]|([A-Za-z0-9.-]+))(?::(\d{1,5}))?$/.exec(server.trim())
  if (!m) return undefined
  const port = m[3] === undefined ? 443 : Number(m[3])
  if (port < 1 || port > 65535) return undefined
  return { host: m[1] ?? m[2], port }
}

const STATUS_BY_CODE: Record<ClockCode, CheckStatus> = {
  'clock-ok': 'pass',
  'clock-skewed': 'warn',
  'clock-unreachable': 'skipped',
  'clock-no-date': 'skipped',
  'clock-untrusted': 'skipped',
  'clock-skipped-local-ingest': 'skipped',
  'clock-cancelled': 'skipped'
}

/** A clock result from a code and evidence. */
export function clockResult(
  code: ClockCode,
  evidence: ClockEvidence,
  startedAt: number,
  durationMs: number
): ClockResult {
  return checkResult('clock', code, STATUS_BY_CODE, evidence, { startedAt, durationMs })
}

/**
 * The skew from one reply (pure): server time − the local midpoint of the request. The Date header
 * is whole seconds, truncated, so the server's true time lies in [date, date + 1 s): its middle is
 * used, which halves the worst error.
 */
export function skewFromDate(
  dateHeader: string,
  sentAt: number,
  receivedAt: number
): number | undefined {
  const serverTime = Date.parse(dateHeader)
  if (!Number.isFinite(serverTime)) return undefined
  const localMid = (sentAt + receivedAt) / 2
  return Math.round(serverTime + CLOCK_DATE_RESOLUTION_MS / 2 - localMid)
}

/** Compare the local clock with `server`'s. Never throws. */
export async function checkClock(
  server: string,
  opts: ClockCheckOptions = {},
  deps: ClockDeps = realClockDeps,
  signal?: AbortSignal
): Promise<ClockResult> {
  const startedAt = deps.now()
  const finish = (code: ClockCode, evidence: ClockEvidence): ClockResult =>
    clockResult(code, evidence, startedAt, deps.now() - startedAt)
  const target = parseClockServer(server)
  if (!target) return finish('clock-unreachable', { server, error: 'bad-server' })
  const reply = await deps.head(
    target.host,
    target.port,
    { timeoutMs: opts.timeoutMs ?? CLOCK_CHECK_TIMEOUT_MS, ca: opts.ca },
    signal
  )
  const receivedAt = deps.now()
  const rttMs = receivedAt - startedAt
  if (!reply.ok) {
    return finish(reply.error === 'cancelled' ? 'clock-cancelled' : 'clock-unreachable', {
      server,
      rttMs,
      error: reply.error
    })
  }
  const base: ClockEvidence = { server, rttMs, httpStatus: reply.status }
  if (
    !reply.authorized &&
    !(reply.authorizationError && CLOCK_TLS_ERRORS.has(reply.authorizationError))
  ) {
    return finish('clock-untrusted', { ...base, error: reply.authorizationError ?? 'unauthorized' })
  }
  const skewMs =
    reply.date === undefined ? undefined : skewFromDate(reply.date, startedAt, receivedAt)
  if (skewMs === undefined) return finish('clock-no-date', base)
  const evidence: ClockEvidence = {
    ...base,
    skewMs,
    skewSec: Math.round(Math.abs(skewMs) / 1000),
    direction: skewMs < 0 ? 'ahead' : 'behind',
    serverTime: Date.parse(reply.date ?? ''),
    ...(reply.authorizationError ? { error: reply.authorizationError } : {})
  }
  return finish(Math.abs(skewMs) > CLOCK_SKEW_WARN_MS ? 'clock-skewed' : 'clock-ok', evidence)
}

/**
 * The skew to correct "now" by, when it is known beyond the measurement's own uncertainty (the
 * Date header's resolution plus half the round trip); 0 otherwise.
 */
export function knownSkewMs(result: ClockResult | undefined): number {
  const e = result?.evidence
  if (
    !e ||
    e.skewMs === undefined ||
    (result.code !== 'clock-ok' && result.code !== 'clock-skewed')
  )
    return 0
  const uncertainty = CLOCK_DATE_RESOLUTION_MS / 2 + (e.rttMs ?? 0) / 2
  return Math.abs(e.skewMs) > uncertainty ? e.skewMs : 0
}
