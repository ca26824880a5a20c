/**
 * Types of the TLS check of an RTMPS ingest: did the TLS handshake work, and is the certificate
 * the server presented one this computer trusts, for the push domain, and still valid? Codes are
 * a const array so the i18n resources can be checked for completeness.
 */
import type { NetFailure } from './network'
import type { CheckResult } from './result'

export const TLS_CODES = [
  'tls-ok',
  'tls-name-mismatch',
  'tls-untrusted-issuer',
  'tls-expired',
  'tls-not-yet-valid',
  'tls-not-tls',
  'tls-handshake-failed',
  'tls-timeout',
  'tls-tcp-failed',
  'tls-cancelled'
] as const
export type TlsCode = (typeof TLS_CODES)[number]

/** Evidence of the TLS check: the connection, and what the server's certificate says. */
export interface TlsEvidence {
  ip: string
  port: number
  /** The name sent as SNI and checked against the certificate (the push domain). */
  servername: string
  timeoutMs: number
  /** TCP connect time, ms (absent when the connect failed). */
  connectMs?: number
  /** Time from the TCP connect to the finished TLS handshake (or to its failure), ms. */
  handshakeMs?: number
  /** Why the TCP connect failed, for `tls-tcp-failed`. */
  tcpFailure?: NetFailure
  /** Raw code of a failed connect or handshake (ECONNRESET, ERR_SSL_WRONG_VERSION_NUMBER, …). */
  errno?: string
  /** Negotiated protocol, e.g. `TLSv1.3`. */
  protocol?: string
  /** The certificate's subject, one readable line (CN, O). */
  subject?: string
  /** The certificate's issuer, one readable line (CN, O): names the interceptor when untrusted. */
  issuer?: string
  /** DNS names the certificate is for: its SAN DNS names, else its CN. */
  names: string[]
  /** Validity start and end, ISO 8601. */
  validFrom?: string
  validTo?: string
  /** OpenSSL's verdict on the chain (UNABLE_TO_GET_ISSUER_CERT_LOCALLY, CERT_HAS_EXPIRED, …). */
  authorizationError?: string
  /** Whether an extra CA from the user (a venue's, a test CA) was trusted besides the system's. */
  extraCa: boolean
}

export type TlsResult = CheckResult<'tls', TlsCode, TlsEvidence>
