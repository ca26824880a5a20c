/**
 * TCP connect with a timeout and an AbortSignal, and the ONE place where raw Node socket errors
 * become the engine's failure kinds.
 */
import net from 'node:net'
import type { NetFailure } from '../../../shared/network'

/** Injectable side effects of the network probes. */
export interface NetDeps {
  /** Starts a TCP connection (net.connect by default). Tests inject one that never completes. */
  connect: (ip: string, port: number) => net.Socket
  /** Monotonic clock, ms. */
  now: () => number
  /** Wall clock, ms since epoch (for Timing.startedAt). */
  wallClock: () => number
  /**
   * The socket event that means "ready to write": `connect` for TCP (the default),
   * `secureConnect` for TLS, whose socket emits `connect` before its handshake has even begun.
   */
  readyEvent?: 'connect' | 'secureConnect'
}

/** The real side effects. */
export const realNetDeps: NetDeps = {
  connect: (ip, port) => net.connect({ host: ip, port }),
  now: () => performance.now(),
  wallClock: () => Date.now()
}

/**
 * OpenSSL's certificate verification codes as Node reports them in `err.code` (the ones a server
 * certificate can earn; the rest of OpenSSL's list is about client certificates and CRLs).
 */
const CERT_VERIFY_CODES: ReadonlySet<string> = new Set([
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'CERT_UNTRUSTED',
  'CERT_REJECTED',
  'CERT_SIGNATURE_FAILURE',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'INVALID_CA',
  'PATH_LENGTH_EXCEEDED',
  'INVALID_PURPOSE',
  'HOSTNAME_MISMATCH'
])

/** Whether an error code comes from the TLS layer (OpenSSL, Node's TLS checks, verification). */
export function isTlsErrorCode(errno: string): boolean {
  return (
    errno.startsWith('ERR_SSL_') || errno.startsWith('ERR_TLS_') || CERT_VERIFY_CODES.has(errno)
  )
}

/** Maps a raw Node socket error to a failure kind and its errno. The only such mapping. */
export function classifyNetError(err: unknown): { failure: NetFailure; errno?: string } {
  const errno =
    typeof err === 'object' && err !== null && 'code' in err && typeof err.code === 'string'
      ? err.code
      : undefined
  if (errno !== undefined && isTlsErrorCode(errno)) return { failure: 'tls', errno }
  switch (errno) {
    case 'ECONNREFUSED':
      return { failure: 'refused', errno }
    case 'ETIMEDOUT':
      return { failure: 'timeout', errno }
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
    case 'ENETDOWN':
    case 'EHOSTDOWN':
    case 'EADDRNOTAVAIL':
      return { failure: 'unreachable', errno }
    case 'ECONNRESET':
    case 'EPIPE':
    case 'ECONNABORTED':
      return { failure: 'reset', errno }
    case 'ABORT_ERR':
      return { failure: 'cancelled', errno }
    default:
      return { failure: 'other', errno }
  }
}

/** Outcome of openTcp. */
export type TcpOpenResult =
  | { ok: true; socket: net.Socket; connectMs: number }
  | { ok: false; failure: NetFailure; errno?: string; connectMs: number }

/**
 * Connects with a timeout. On any failure the socket is destroyed; on success the caller owns it
 * (and must destroy it). Over TLS (deps.readyEvent `secureConnect`) the timeout covers the TCP
 * connect and the TLS handshake, and success means the handshake finished.
 */
export function openTcp(
  ip: string,
  port: number,
  timeoutMs: number,
  deps: NetDeps,
  signal?: AbortSignal
): Promise<TcpOpenResult> {
  const t0 = deps.now()
  if (signal?.aborted) return Promise.resolve({ ok: false, failure: 'cancelled', connectMs: 0 })
  const readyEvent = deps.readyEvent ?? 'connect'
  return new Promise((resolve) => {
    const socket = deps.connect(ip, port)
    let done = false
    const finish = (r: TcpOpenResult): void => {
      if (done) return
      done = true
      clearTimeout(timer)
      signal?.removeEventListener('abort', onAbort)
      socket.off(readyEvent, onConnect)
      socket.off('error', onError)
      if (!r.ok) {
        // Keep a listener: a late error on a destroyed socket must not become an uncaught one.
        socket.on('error', () => undefined)
        socket.destroy()
      }
      resolve(r)
    }
    const elapsed = (): number => Math.max(0, Math.round(deps.now() - t0))
    const onConnect = (): void => finish({ ok: true, socket, connectMs: elapsed() })
    const onError = (err: unknown): void =>
      finish({ ok: false, ...classifyNetError(err), connectMs: elapsed() })
    const onAbort = (): void => finish({ ok: false, failure: 'cancelled', connectMs: elapsed() })
    // A filtered port (SYN dropped) never answers: the OS would retry for minutes, we stop here.
    const timer = setTimeout(
      () => finish({ ok: false, failure: 'timeout', connectMs: elapsed() }),
      timeoutMs
    )
    socket.once(readyEvent, onConnect)
    socket.once('error', onError)
    signal?.addEventListener('abort', onAbort, { once: true })
  })
}
