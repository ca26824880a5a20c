/**
 * TLS check of an RTMPS ingest: connect, run the TLS handshake with the push domain as SNI, and
 * judge the certificate the server presented against this computer's trust store (plus an extra
 * CA when given). The handshake itself never rejects: the verdict comes from what was seen, so
 * each failure is named with its evidence —
 * - untrusted issuer: usually TLS interception by a venue proxy or antivirus (named by its issuer);
 * - name mismatch: the certificate is for other names — on Tencent, a custom push domain whose
 *   certificate was never uploaded gets a certificate for other names;
 * - expired / not yet valid (the server's certificate, or this computer's clock);
 * - not TLS, handshake failed (alert, closed), silent, TCP failed, cancelled.
 * When a certificate is both untrusted and for other names, untrusted wins (an interceptor's
 * certificate often carries odd names too) and the names stay in the evidence.
 */
import net from 'node:net'
import tls from 'node:tls'
import type { NetFailure } from '../../shared/network'
import { checkResult, startTiming, type CheckStatus } from '../../shared/result'
import type { TlsCode, TlsEvidence, TlsResult } from '../../shared/tls'
import {
  PORT_CONNECT_TIMEOUT_MS,
  TLS_HANDSHAKE_TIMEOUT_MS,
  TLS_MAX_CHAIN,
  TLS_MAX_NAMES,
  TLS_TEXT_MAX_CHARS
} from './constants'
import { classifyNetError, openTcp, realNetDeps, type NetDeps } from './rtmp/tcp'
import { chainAnchoredIn, realTrustDeps, trustedCaPems, type TrustDeps } from './tls-trust'

/** Options of the TLS check. */
export interface TlsCheckOptions {
  /** An extra CA to trust besides the system's, PEM (a venue's CA, a test CA). */
  caPem?: string
  /** Bound on the TLS handshake after the TCP connect, ms. */
  timeoutMs?: number
  connectTimeoutMs?: number
}

/** Side effects of the TLS check: the network probes' plus the trust store. */
export interface TlsDeps extends NetDeps {
  trust: TrustDeps
}

/** The real side effects. */
export const realTlsDeps: TlsDeps = { ...realNetDeps, trust: realTrustDeps }

const STATUS_BY_CODE: Record<TlsCode, CheckStatus> = {
  'tls-ok': 'pass',
  'tls-name-mismatch': 'fail',
  'tls-untrusted-issuer': 'fail',
  'tls-expired': 'fail',
  'tls-not-yet-valid': 'fail',
  'tls-not-tls': 'fail',
  'tls-handshake-failed': 'fail',
  'tls-timeout': 'fail',
  'tls-tcp-failed': 'fail',
  'tls-cancelled': 'skipped'
}

/**
 * OpenSSL's complaints when the bytes that came back are not a TLS record: an HTTP reply, an RTMP
 * S0 (0x03), anything else. Measured on Node 20: a plain RTMP ingest and an HTTP server.
 */
const NOT_TLS_ERRNOS: ReadonlySet<string> = new Set([
  'ERR_SSL_WRONG_VERSION_NUMBER',
  'ERR_SSL_PACKET_LENGTH_TOO_LONG',
  'ERR_SSL_UNKNOWN_PROTOCOL',
  'ERR_SSL_HTTP_REQUEST',
  'ERR_SSL_RECORD_LAYER_FAILURE'
])

/** Outcome of the TLS handshake over an open TCP socket. */
type HandshakeOutcome =
  | { ok: true; socket: tls.TLSSocket }
  | { ok: false; why: 'timeout' | 'aborted' | 'error'; failure?: NetFailure; errno?: string }

/**
 * Runs the TLS handshake over `socket`, never rejecting the certificate (it is judged after).
 * No SNI for an IP literal (RFC 6066 forbids it). The TLS socket is destroyed on failure.
 */
function tlsHandshake(
  socket: net.Socket,
  servername: string,
  secureContext: tls.SecureContext,
  timeoutMs: number,
  signal?: AbortSignal
): Promise<HandshakeOutcome> {
  return new Promise((resolve) => {
    const s = tls.connect({
      socket,
      secureContext,
      rejectUnauthorized: false,
      // `authorized` then says only whether the chain is trusted; the name is judged after.
      checkServerIdentity: () => undefined,
      ...(net.isIP(servername) ? {} : { servername })
    })
    let done = false
    const finish = (r: HandshakeOutcome): void => {
      if (done) return
      done = true
      clearTimeout(timer)
      signal?.removeEventListener('abort', onAbort)
      s.off('secureConnect', onSecure)
      s.off('error', onError)
      // A late error (after our verdict, or on a destroyed socket) must not become an uncaught one.
      s.on('error', () => undefined)
      if (!r.ok) s.destroy()
      resolve(r)
    }
    const onSecure = (): void => finish({ ok: true, socket: s })
    const onError = (err: unknown): void =>
      finish({ ok: false, why: 'error', ...classifyNetError(err) })
    const onAbort = (): void => finish({ ok: false, why: 'aborted' })
    const timer = setTimeout(() => finish({ ok: false, why: 'timeout' }), timeoutMs)
    s.once('secureConnect', onSecure)
    s.once('error', onError)
    signal?.addEventListener('abort', onAbort, { once: true })
  })
}

/** One value of a certificate name field (repeated fields come as arrays). */
function field(v: string | string[] | undefined): string | undefined {
  return Array.isArray(v) ? v.join(', ') : v
}

/** `CN (O)` of a certificate name, one line, capped (it is the server's text). */
function readableName(n: tls.Certificate | undefined): string | undefined {
  if (!n) return undefined
  const cn = field(n.CN)
  const o = field(n.O)
  const line = cn && o ? `${cn} (${o})` : (cn ?? o)
  return line?.slice(0, TLS_TEXT_MAX_CHARS)
}

/** The DNS names a certificate is for: SAN DNS entries, then the CN if it is not among them. */
export function certificateNames(
  cert: Pick<tls.PeerCertificate, 'subject' | 'subjectaltname'>
): string[] {
  const san = cert.subjectaltname ?? ''
  const names = [...san.matchAll(/(?:^|,\s*)DNS:([^,\s]+)/g)].map((m) => m[1])
  const cn = field(cert.subject?.CN)
  if (cn && !names.includes(cn)) names.push(cn)
  return names.slice(0, TLS_MAX_NAMES).map((n) => n.slice(0, TLS_TEXT_MAX_CHARS))
}

/** Node types authorizationError as an Error; at run time it is OpenSSL's code as a string. */
function authErrorCode(e: unknown): string | undefined {
  if (e === null || e === undefined) return undefined
  if (typeof e === 'string') return e
  if (typeof e === 'object' && 'code' in e && typeof e.code === 'string') return e.code
  return String(e)
}

/** The server's chain as DER, leaf first (Node links each certificate to its issuer). */
function chainDer(cert: tls.DetailedPeerCertificate): Buffer[] {
  const out: Buffer[] = []
  let c: tls.DetailedPeerCertificate | undefined = cert
  // Bounded: a root links to itself, and a hostile chain could be long.
  for (let i = 0; c?.raw && i < TLS_MAX_CHAIN; i++) {
    out.push(c.raw)
    if (c.issuerCertificate === c) break
    c = c.issuerCertificate
  }
  return out
}

/**
 * Reads the certificate into the evidence and judges it (`trusted`: the CAs the handshake
 * trusted, to tell an expired certificate from one nobody vouches for).
 */
function judgeCertificate(
  s: tls.TLSSocket,
  servername: string,
  trusted: readonly string[],
  evidence: TlsEvidence
): TlsCode {
  const cert = s.getPeerCertificate(true)
  const protocol = s.getProtocol()
  if (protocol) evidence.protocol = protocol
  const subject = readableName(cert.subject)
  const issuer = readableName(cert.issuer)
  if (subject) evidence.subject = subject
  if (issuer) evidence.issuer = issuer
  evidence.names = certificateNames(cert)
  const from = Date.parse(cert.valid_from ?? '')
  const to = Date.parse(cert.valid_to ?? '')
  if (Number.isFinite(from)) evidence.validFrom = new Date(from).toISOString()
  if (Number.isFinite(to)) evidence.validTo = new Date(to).toISOString()
  const authError = s.authorized ? undefined : authErrorCode(s.authorizationError)
  if (authError) evidence.authorizationError = authError
  const identityError = Object.keys(cert).length
    ? tls.checkServerIdentity(servername, cert)
    : new Error('no certificate')
  if (authError === 'CERT_HAS_EXPIRED' || authError === 'CERT_NOT_YET_VALID') {
    // OpenSSL names the dates even when no trusted CA signed the chain: untrusted comes first.
    if (!chainAnchoredIn(chainDer(cert), trusted)) return 'tls-untrusted-issuer'
    if (identityError) return 'tls-name-mismatch'
    return authError === 'CERT_HAS_EXPIRED' ? 'tls-expired' : 'tls-not-yet-valid'
  }
  if (authError || !s.authorized) return 'tls-untrusted-issuer'
  return identityError ? 'tls-name-mismatch' : 'tls-ok'
}

/** A failed handshake → its code. */
function handshakeFailureCode(h: Extract<HandshakeOutcome, { ok: false }>): TlsCode {
  if (h.why === 'aborted' || h.failure === 'cancelled') return 'tls-cancelled'
  if (h.why === 'timeout') return 'tls-timeout'
  const notTls = h.errno !== undefined && NOT_TLS_ERRNOS.has(h.errno)
  return notTls ? 'tls-not-tls' : 'tls-handshake-failed'
}

/**
 * Connects to ip:port, runs the TLS handshake with SNI = servername and judges the certificate
 * (trust, name, dates). Never throws.
 */
export async function checkTls(
  ip: string,
  port: number,
  servername: string,
  opts: TlsCheckOptions = {},
  deps: TlsDeps = realTlsDeps,
  signal?: AbortSignal
): Promise<TlsResult> {
  const clock = startTiming(deps.now, deps.wallClock, { wholeMs: true })
  const timeoutMs = opts.timeoutMs ?? TLS_HANDSHAKE_TIMEOUT_MS
  const evidence: TlsEvidence = {
    ip,
    port,
    servername,
    timeoutMs,
    names: [],
    extraCa: Boolean(opts.caPem?.trim())
  }
  const done = (code: TlsCode): TlsResult =>
    checkResult('tls', code, STATUS_BY_CODE, evidence, clock.timing())

  // Parsing ~150 root certificates takes ~80 ms (measured): done first, so that neither the
  // connected socket waits for it nor handshakeMs includes it.
  const trusted = trustedCaPems(opts.caPem, deps.trust)
  const secureContext = tls.createSecureContext({ ca: trusted })
  // The TCP step is the port check's own (a plain socket, whatever deps.readyEvent says).
  const tcpDeps: NetDeps = { ...deps, readyEvent: 'connect' }
  const connectTimeoutMs = opts.connectTimeoutMs ?? PORT_CONNECT_TIMEOUT_MS
  const tcp = await openTcp(ip, port, connectTimeoutMs, tcpDeps, signal)
  if (!tcp.ok) {
    evidence.tcpFailure = tcp.failure
    if (tcp.errno) evidence.errno = tcp.errno
    return done(tcp.failure === 'cancelled' ? 'tls-cancelled' : 'tls-tcp-failed')
  }
  evidence.connectMs = tcp.connectMs
  const t1 = deps.now()
  const h = await tlsHandshake(tcp.socket, servername, secureContext, timeoutMs, signal)
  evidence.handshakeMs = Math.max(0, Math.round(deps.now() - t1))
  if (!h.ok) {
    tcp.socket.destroy()
    if (h.errno) evidence.errno = h.errno
    return done(handshakeFailureCode(h))
  }
  try {
    return done(judgeCertificate(h.socket, servername, trusted, evidence))
  } finally {
    h.socket.destroy()
  }
}
