/**
 * RTMP over TLS (RTMPS) for the existing probes: a NetDeps whose sockets are TLS sockets, so
 * checkHandshake and probePublish run unchanged. openTcp waits for `secureConnect` (readyEvent), so
 * the probe writes its first byte only once the TLS handshake finished; a TLS failure arrives as
 * an error with a TLS code and becomes the `tls` failure kind.
 *
 * These connections verify the certificate (same trust as the TLS check, name = the push domain):
 * the publish probe sends the txSecret, and a secret must not go to a server whose certificate
 * failed, for the same reason ffmpeg's RTMPS push runs with verification on. Why it failed is the
 * TLS check's job: there it is judged and named (untrusted issuer, name mismatch, expired…).
 */
import net from 'node:net'
import tls from 'node:tls'
import { realTrustDeps, trustedCaPems, type TrustDeps } from '../tls-trust'
import { realNetDeps, type NetDeps } from './tcp'

/** Options of {@link tlsNetDeps}. */
export interface TlsNetOptions {
  /** An extra CA to trust besides the system's, PEM. */
  caPem?: string
  /**
   * Verify the certificate (default true). False only for a probe that sends no secret and whose
   * certificate the TLS check has already judged (e.g. a handshake check behind a known proxy).
   */
  verify?: boolean
}

/**
 * NetDeps that open TLS connections with SNI = `servername` (none for an IP literal), verified
 * against the system trust store plus `caPem`. Clock functions come from `base`.
 */
export function tlsNetDeps(
  servername: string,
  opts: TlsNetOptions = {},
  base: NetDeps = realNetDeps,
  trust: TrustDeps = realTrustDeps
): NetDeps {
  // One context for every connection of these deps: the ~300 root certificates parse once.
  const secureContext = tls.createSecureContext({ ca: trustedCaPems(opts.caPem, trust) })
  const sni = net.isIP(servername) ? {} : { servername }
  return {
    now: base.now,
    wallClock: base.wallClock,
    readyEvent: 'secureConnect',
    connect: (ip, port) =>
      tls.connect({
        host: ip,
        port,
        secureContext,
        rejectUnauthorized: opts.verify ?? true,
        // Node checks the certificate against `servername`, and against `host` without it.
        checkServerIdentity: (_host, cert) => tls.checkServerIdentity(servername, cert),
        ...sni
      })
  }
}
