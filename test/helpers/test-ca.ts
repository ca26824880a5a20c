/**
 * Test certificates made with openssl in a temp directory (once per test file; remove() after):
 * - a trusted test CA with a leaf for `push.example.test`, a leaf for other names
 *   (`other.example.test`, `*.cdn.example.test`), an expired and a not-yet-valid leaf for
 *   `push.example.test`;
 * - an "intercepting" CA (what a venue proxy or antivirus signs with) and its own leaf for
 *   `push.example.test`.
 * Connections go to 127.0.0.1 with SNI, so no leaf needs an IP SAN. P-256 keys: fast to make.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

/** A certificate and its key, as files and as PEM text. */
export interface CertPair {
  certFile: string
  keyFile: string
  cert: string
  key: string
}

/** Everything a TLS test needs. */
export interface TestCa {
  dir: string
  /** The trusted test CA (PEM) and its file. */
  caPem: string
  caFile: string
  /** Leaf for push.example.test signed by the test CA. */
  leaf: CertPair
  /** Leaf for other.example.test and *.cdn.example.test signed by the test CA. */
  other: CertPair
  /** Leaf for push.example.test, valid 2020-01-01 → 2021-01-01. */
  expired: CertPair
  /** Leaf for push.example.test, valid from 2090 on. */
  notYetValid: CertPair
  /** The intercepting CA (never trusted by tests unless they say so). */
  interceptCaPem: string
  /** Leaf for push.example.test signed by the intercepting CA. */
  intercepted: CertPair
  remove: () => void
}

export const TEST_CA_NAME = 'Preflight Test CA (Push Preflight Tests)'
export const INTERCEPT_CA_NAME = 'Venue Proxy Inspection CA (Venue Proxy Ltd)'
export const PUSH_HOST = 'push.example.test'
export const OTHER_NAMES = ['other.example.test', '*.cdn.example.test']

const EXTENSIONS = `
[push]
basicConstraints=CA:FALSE
keyUsage=digitalSignature,keyEncipherment
extendedKeyUsage=serverAuth
subjectAltName=DNS:${PUSH_HOST}
[other]
basicConstraints=CA:FALSE
keyUsage=digitalSignature,keyEncipherment
extendedKeyUsage=serverAuth
subjectAltName=${OTHER_NAMES.map((n) => `DNS:${n}`).join(',')}
`

// `openssl ca` is the only openssl 3.0 command that takes explicit start and end dates.
const CA_CONFIG = `
[ca]
default_ca=d
[d]
database=index.txt
new_certs_dir=.
serial=serial.txt
default_md=sha256
policy=p
unique_subject=no
[p]
commonName=supplied
`

/** Bound on each openssl run. */
const OPENSSL_TIMEOUT_MS = 10_000

/** Whether openssl is there, or why not. */
export function opensslMissing(): string | undefined {
  const r = spawnSync('openssl', ['version'], { timeout: OPENSSL_TIMEOUT_MS })
  return r.status === 0 ? undefined : 'openssl is not installed'
}

/** Makes every certificate; throws (a broken test setup) if openssl fails. */
export function makeTestCa(): TestCa {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'preflight-test-ca-'))
  const run = (args: string[]): void => {
    const r = spawnSync('openssl', args, { cwd: dir, timeout: OPENSSL_TIMEOUT_MS })
    if (r.status !== 0) throw new Error(`openssl ${args[0]} failed: ${r.stderr?.toString()}`)
  }
  const key = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes']
  const caExt = [
    ...['-addext', 'basicConstraints=critical,CA:TRUE'],
    ...['-addext', 'keyUsage=critical,keyCertSign,cRLSign']
  ]
  try {
    writeFileSync(path.join(dir, 'ext.cnf'), EXTENSIONS)
    writeFileSync(path.join(dir, 'ca.cnf'), CA_CONFIG)
    writeFileSync(path.join(dir, 'index.txt'), '')
    writeFileSync(path.join(dir, 'serial.txt'), '1000\n')
    const makeCa = (name: string, cn: string, o: string): void =>
      run([
        ...['req', '-x509', ...key, '-keyout', `${name}.key`, '-out', `${name}.pem`],
        ...['-days', '3650', '-subj', `/CN=${cn}/O=${o}`, ...caExt]
      ])
    makeCa('ca', 'Preflight Test CA', 'Push Preflight Tests')
    makeCa('icept', 'Venue Proxy Inspection CA', 'Venue Proxy Ltd')
    const csr = (name: string, cn: string): void =>
      run(['req', ...key, '-keyout', `${name}.key`, '-out', `${name}.csr`, '-subj', `/CN=${cn}`])
    const sign = (name: string, ca: string, ext: string, dates: string[]): CertPair => {
      run([
        ...['ca', '-batch', '-config', 'ca.cnf', '-cert', `${ca}.pem`, '-keyfile', `${ca}.key`],
        ...['-in', `${name}.csr`, '-out', `${name}.pem`, '-notext'],
        ...['-extfile', 'ext.cnf', '-extensions', ext, ...dates]
      ])
      return pair(dir, name)
    }
    const days = ['-days', '30']
    const expired = ['-startdate', '20200101000000Z', '-enddate', '20210101000000Z']
    const future = ['-startdate', '20900101000000Z', '-enddate', '20910101000000Z']
    csr('leaf', PUSH_HOST)
    csr('other', OTHER_NAMES[0])
    csr('expired', PUSH_HOST)
    csr('future', PUSH_HOST)
    csr('intercepted', PUSH_HOST)
    return {
      dir,
      caPem: readFileSync(path.join(dir, 'ca.pem'), 'utf8'),
      caFile: path.join(dir, 'ca.pem'),
      leaf: sign('leaf', 'ca', 'push', days),
      other: sign('other', 'ca', 'other', days),
      expired: sign('expired', 'ca', 'push', expired),
      notYetValid: sign('future', 'ca', 'push', future),
      interceptCaPem: readFileSync(path.join(dir, 'icept.pem'), 'utf8'),
      intercepted: sign('intercepted', 'icept', 'push', days),
      remove: () => rmSync(dir, { recursive: true, force: true })
    }
  } catch (err) {
    rmSync(dir, { recursive: true, force: true })
    throw err
  }
}

function pair(dir: string, name: string): CertPair {
  const certFile = path.join(dir, `${name}.pem`)
  const keyFile = path.join(dir, `${name}.key`)
  const read = (f: string): string => readFileSync(f, 'utf8')
  return { certFile, keyFile, cert: read(certFile), key: read(keyFile) }
}
