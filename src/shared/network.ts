/**
 * Types of the network probes (Tencent step 2, cause `network`): the TCP port check and the RTMP
 * handshake check. Codes are string-literal unions declared as const arrays so the i18n
 * resources can be checked for completeness.
 */
import type { CheckResult } from './result'

/**
 * How a TCP connection attempt or an open connection failed, mapped from Node's error codes.
 * `tls`: the TLS handshake under an RTMPS probe failed (alert, not TLS, certificate refused).
 */
export const NET_FAILURES = [
  'refused',
  'timeout',
  'unreachable',
  'reset',
  'closed',
  'cancelled',
  'tls',
  'other'
] as const
export type NetFailure = (typeof NET_FAILURES)[number]

export const PORT_CODES = [
  'port-open',
  'port-refused',
  'port-filtered',
  'port-unreachable',
  'port-error',
  'port-cancelled'
] as const
export type PortCode = (typeof PORT_CODES)[number]

/** Evidence of the TCP port check. */
export interface PortEvidence {
  ip: string
  port: number
  timeoutMs: number
  /** Time to the TCP handshake completing (open) or failing, ms. */
  connectMs: number
  /** The raw Node error code (ECONNREFUSED, EHOSTUNREACH, …) when the connect failed. */
  errno?: string
}

export const HANDSHAKE_CODES = [
  'handshake-ok',
  'handshake-silent',
  'handshake-bad-version',
  'handshake-http',
  'handshake-garbage',
  'handshake-closed',
  'handshake-reset',
  'handshake-tcp-failed',
  'handshake-cancelled'
] as const
export type HandshakeCode = (typeof HANDSHAKE_CODES)[number]

/** Evidence of the RTMP handshake check (C0+C1 → S0+S1+S2). */
export interface HandshakeEvidence {
  ip: string
  port: number
  timeoutMs: number
  /** TCP connect time, ms (absent when the connect failed). */
  connectMs?: number
  /** Why the TCP connect failed, for `handshake-tcp-failed`. */
  tcpFailure?: NetFailure
  errno?: string
  /** Time from sending C0+C1 to the full S0+S1+S2, ms. */
  handshakeMs?: number
  /** Time from sending C0+C1 to the server's first byte, ms. */
  firstByteMs?: number
  /** The S0 version byte the server sent (3 is RTMP). */
  version?: number
  /** Whether S2 echoed our C1 (plain handshake); false is still RTMP, e.g. a digest handshake. */
  s2Echo?: boolean
  bytesReceived: number
  /** The first bytes received, hex (up to 16 bytes), when they were not RTMP. */
  firstBytesHex?: string
  /** The first bytes received as printable text (up to 64 characters), when they were not RTMP. */
  firstBytesText?: string
}

export type PortResult = CheckResult<'port', PortCode, PortEvidence>
export type HandshakeResult = CheckResult<'handshake', HandshakeCode, HandshakeEvidence>
