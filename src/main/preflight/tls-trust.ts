/**
 * The certificates this computer trusts, in one place for the three TLS clients of the engine: the
 * TLS check, the RTMP probes over TLS, and the TLS relay that carries ffmpeg's RTMPS push.
 *
 * Trusted = Node's bundled roots (Mozilla's list, `tls.rootCertificates`) + the operating system's
 * own store + an extra CA the user supplied (a venue's or a test CA). The OS store matters because
 * that is where a company or antivirus installs the CA it intercepts TLS with: a push through such
 * a proxy works in apps that use the OS store and fails in those that do not.
 */
import { X509Certificate } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import tls from 'node:tls'
import { TLS_MAX_CHAIN } from './constants'

/**
 * Where Unix-like systems keep their PEM CA bundle (the list Go's crypto/x509 searches, in its
 * order): Debian/Ubuntu/Gentoo, Fedora/RHEL 6, OpenSUSE, OpenELEC, CentOS/RHEL 7, Alpine and macOS.
 */
export const CA_BUNDLE_PATHS = [
  '/etc/ssl/certs/ca-certificates.crt',
  '/etc/pki/tls/certs/ca-bundle.crt',
  '/etc/ssl/ca-bundle.pem',
  '/etc/pki/tls/cacert.pem',
  '/etc/pki/ca-trust/extracted/pem/tls-ca-bundle.pem',
  '/etc/ssl/cert.pem'
] as const

/** Side effects of reading the trust store, injectable for tests. */
export interface TrustDeps {
  exists: (file: string) => boolean
  readFile: (file: string) => string
  platform: NodeJS.Platform
  /** Node ≥ 22.15's reader of the OS store (Windows/macOS keychain); absent on older Node. */
  osCertificates?: () => string[]
}

/** `tls.getCACertificates('system')` where this Node has it. */
function nodeOsCertificates(): (() => string[]) | undefined {
  const get = (tls as { getCACertificates?: (type: 'system') => string[] }).getCACertificates
  return typeof get === 'function' ? () => get('system') : undefined
}

/** The real side effects. */
export const realTrustDeps: TrustDeps = {
  exists: existsSync,
  readFile: (file) => readFileSync(file, 'utf8'),
  platform: process.platform,
  osCertificates: nodeOsCertificates()
}

/** The OS's PEM CA bundle file, if this system has one at a known place. */
export function findCaBundleFile(
  exists: (file: string) => boolean = existsSync
): string | undefined {
  return CA_BUNDLE_PATHS.find((f) => exists(f))
}

/**
 * The OS store's certificates as PEM texts: the bundle file on Linux and the BSDs; Windows and
 * macOS through Node's reader where it exists (their bundle files, if any, miss the user's CAs).
 */
function osStorePems(deps: TrustDeps): string[] {
  if ((deps.platform === 'win32' || deps.platform === 'darwin') && deps.osCertificates) {
    try {
      return deps.osCertificates()
    } catch {
      // An unreadable keychain leaves Node's roots; the check still runs.
    }
  }
  const file = findCaBundleFile(deps.exists)
  if (file === undefined) return []
  try {
    return [deps.readFile(file)]
  } catch {
    return []
  }
}

/** Every trusted CA as PEM text: Node's roots, the OS store, then the extra CA when given. */
export function trustedCaPems(extraCaPem?: string, deps: TrustDeps = realTrustDeps): string[] {
  const extra = extraCaPem?.trim() ? [extraCaPem] : []
  return [...tls.rootCertificates, ...osStorePems(deps), ...extra]
}

/** One PEM certificate block. */
const PEM_CERTIFICATE = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g

/** Parses every certificate of some PEM texts (a bundle holds many), skipping broken ones. */
function parsePems(pems: readonly string[]): X509Certificate[] {
  const out: X509Certificate[] = []
  for (const text of pems) {
    for (const m of text.matchAll(PEM_CERTIFICATE)) {
      try {
        out.push(new X509Certificate(m[0]))
      } catch {
        // A broken entry in a bundle or a pasted CA: not an anchor.
      }
    }
  }
  return out
}

/**
 * Whether a server's chain (DER, leaf first) leads to one of the trusted CAs, dates ignored: one
 * of its certificates is a trusted CA, or is signed by one. OpenSSL reports an expired certificate
 * as expired even when nobody trusts its issuer; this tells "expired" from "untrusted" there.
 */
export function chainAnchoredIn(
  chainDer: readonly Buffer[],
  trustedPems: readonly string[]
): boolean {
  const chain: X509Certificate[] = []
  for (const der of chainDer.slice(0, TLS_MAX_CHAIN)) {
    try {
      chain.push(new X509Certificate(der))
    } catch {
      return false
    }
  }
  const anchors = parsePems(trustedPems)
  const fingerprints = new Set(anchors.map((a) => a.fingerprint256))
  return chain.some(
    (c) =>
      fingerprints.has(c.fingerprint256) ||
      anchors.some((a) => c.checkIssued(a) && c.verify(a.publicKey))
  )
}
