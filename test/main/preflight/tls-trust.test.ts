import { existsSync } from 'node:fs'
import tls from 'node:tls'
import { describe, expect, it } from 'vitest'
import { classifyNetError } from '../../../src/main/preflight/rtmp/tcp'
import {
  CA_BUNDLE_PATHS,
  findCaBundleFile,
  trustedCaPems,
  type TrustDeps
} from '../../../src/main/preflight/tls-trust'

const EXTRA = '-----BEGIN CERTIFICATE-----\nEXTRA\n-----END CERTIFICATE-----\n'
const OS_BUNDLE = '-----BEGIN CERTIFICATE-----\nOSBUNDLE\n-----END CERTIFICATE-----\n'

/** A Linux-like store with its bundle at `file` (or none). */
function fakeDeps(file: string | undefined, over: Partial<TrustDeps> = {}): TrustDeps {
  return {
    exists: (f) => f === file,
    readFile: (f) => {
      if (f !== file) throw new Error('ENOENT')
      return OS_BUNDLE
    },
    platform: 'linux',
    ...over
  }
}

describe('findCaBundleFile', () => {
  it('takes the first known path that exists (Fedora before Alpine)', () => {
    const present = new Set(['/etc/ssl/cert.pem', '/etc/pki/tls/certs/ca-bundle.crt'])
    expect(findCaBundleFile((f) => present.has(f))).toBe('/etc/pki/tls/certs/ca-bundle.crt')
    expect(findCaBundleFile(() => false)).toBeUndefined()
  })

  it('finds Debian’s bundle on this machine when it is there', () => {
    const want = CA_BUNDLE_PATHS.find((f) => existsSync(f))
    expect(findCaBundleFile()).toBe(want)
  })
})

describe('trustedCaPems', () => {
  it('Node’s roots, then the OS bundle, then the extra CA', () => {
    const pems = trustedCaPems(EXTRA, fakeDeps('/etc/ssl/certs/ca-certificates.crt'))
    expect(pems.slice(0, tls.rootCertificates.length)).toEqual([...tls.rootCertificates])
    expect(pems.slice(-2)).toEqual([OS_BUNDLE, EXTRA])
  })

  it('no OS bundle and a blank extra CA: Node’s roots only', () => {
    expect(trustedCaPems('  \n', fakeDeps(undefined))).toEqual([...tls.rootCertificates])
  })

  it('an unreadable bundle is skipped, not thrown', () => {
    const deps = fakeDeps('/etc/ssl/cert.pem', {
      readFile: () => {
        throw new Error('EACCES')
      }
    })
    expect(trustedCaPems(undefined, deps)).toHaveLength(tls.rootCertificates.length)
  })

  it('Windows and macOS read the OS store through Node where it can', () => {
    const deps = fakeDeps(undefined, { platform: 'win32', osCertificates: () => ['WINSTORE'] })
    expect(trustedCaPems(undefined, deps).at(-1)).toBe('WINSTORE')
  })
})

describe('classifyNetError on TLS errors', () => {
  it.each([
    ['ERR_TLS_CERT_ALTNAME_INVALID', 'tls'],
    ['UNABLE_TO_VERIFY_LEAF_SIGNATURE', 'tls'],
    ['CERT_HAS_EXPIRED', 'tls'],
    ['ERR_SSL_WRONG_VERSION_NUMBER', 'tls'],
    ['ECONNRESET', 'reset'],
    ['ECONNREFUSED', 'refused']
  ])('%s → %s', (code, failure) => {
    expect(classifyNetError({ code })).toEqual({ failure, errno: code })
  })
})
