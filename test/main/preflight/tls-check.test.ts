import { X509Certificate } from 'node:crypto'
import http from 'node:http'
import net from 'node:net'
import tls from 'node:tls'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { checkTls, certificateNames, realTlsDeps } from '../../../src/main/preflight/tls-check'
import { chainAnchoredIn } from '../../../src/main/preflight/tls-trust'
import { en } from '../../../src/shared/i18n/en'
import { resources, LANGUAGES } from '../../../src/shared/i18n'
import { TLS_CODES } from '../../../src/shared/tls'
import { startIngest, type Ingest } from '../../fixtures/rtmp-ingest'
import { makeFilteredNamespace, runInNamespace } from '../../helpers/netns'
import {
  INTERCEPT_CA_NAME,
  OTHER_NAMES,
  PUSH_HOST,
  TEST_CA_NAME,
  makeTestCa,
  opensslMissing,
  type CertPair,
  type TestCa
} from '../../helpers/test-ca'

/** A TLS server on loopback presenting `pair`; each connection is ended after the handshake. */
async function tlsServer(pair: CertPair): Promise<{ port: number; close: () => Promise<void> }> {
  const sockets = new Set<net.Socket>()
  const server = tls.createServer({ cert: pair.cert, key: pair.key }, (s) => s.end())
  server.on('connection', (s) => {
    sockets.add(s)
    s.once('close', () => sockets.delete(s))
  })
  server.on('tlsClientError', () => undefined)
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  const port = (server.address() as net.AddressInfo).port
  return {
    port,
    close: () =>
      new Promise((r) => {
        for (const s of sockets) s.destroy()
        server.close(() => r())
      })
  }
}

/** A plain TCP server calling `onConn` for each connection. */
async function tcpServer(
  onConn: (s: net.Socket) => void
): Promise<{ port: number; close: () => Promise<void> }> {
  const sockets = new Set<net.Socket>()
  const server = net.createServer((s) => {
    sockets.add(s)
    s.on('error', () => undefined)
    s.once('close', () => sockets.delete(s))
    onConn(s)
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  return {
    port: (server.address() as net.AddressInfo).port,
    close: () =>
      new Promise((r) => {
        for (const s of sockets) s.destroy()
        server.close(() => r())
      })
  }
}

describe('certificateNames', () => {
  it('lists SAN DNS names, then the CN when it is not among them', () => {
    const names = certificateNames({
      subject: { CN: 'cn.example.test' } as tls.Certificate,
      subjectaltname: 'DNS:a.example.test, IP Address:127.0.0.1, DNS:*.b.example.test'
    })
    expect(names).toEqual(['a.example.test', '*.b.example.test', 'cn.example.test'])
  })
})

describe('TLS messages', () => {
  it('every TLS code has a text in every language', () => {
    for (const lang of LANGUAGES) {
      const t = resources[lang].translation as Record<string, string>
      expect(TLS_CODES.filter((c) => !t[c]?.trim())).toEqual([])
    }
    expect(en['tls-untrusted-issuer']).toContain('{{issuer}}')
    expect(en['tls-name-mismatch']).toContain('{{names}}')
  })
})

const noOpenssl = opensslMissing()
describe.skipIf(noOpenssl !== undefined)('checkTls against real TLS servers', () => {
  let ca: TestCa
  const servers: Array<{ close: () => Promise<void> }> = []
  beforeAll(() => {
    ca = makeTestCa()
  })
  afterAll(() => ca.remove())
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((s) => s.close()))
  })
  const serve = async (pair: CertPair): Promise<number> => {
    const s = await tlsServer(pair)
    servers.push(s)
    return s.port
  }

  it('ok with the test CA as extra CA: protocol, issuer, names and dates in evidence', async () => {
    const port = await serve(ca.leaf)
    const r = await checkTls('127.0.0.1', port, PUSH_HOST, { caPem: ca.caPem })
    expect(r).toMatchObject({ id: 'tls', status: 'pass', code: 'tls-ok' })
    expect(r.evidence).toMatchObject({
      ip: '127.0.0.1',
      port,
      servername: PUSH_HOST,
      extraCa: true,
      subject: PUSH_HOST,
      issuer: TEST_CA_NAME,
      names: [PUSH_HOST]
    })
    expect(r.evidence.protocol).toMatch(/^TLSv1\.[23]$/)
    expect(r.evidence.authorizationError).toBeUndefined()
    expect(Date.parse(r.evidence.validTo ?? '')).toBeGreaterThan(Date.now())
    expect(r.evidence.connectMs).toBeGreaterThanOrEqual(0)
    expect(r.evidence.handshakeMs).toBeGreaterThanOrEqual(0)
  })

  it('the same server is untrusted with the system store only (no extra CA)', async () => {
    const port = await serve(ca.leaf)
    const r = await checkTls('127.0.0.1', port, PUSH_HOST)
    expect(r).toMatchObject({ status: 'fail', code: 'tls-untrusted-issuer' })
    expect(r.evidence).toMatchObject({ extraCa: false, issuer: TEST_CA_NAME, names: [PUSH_HOST] })
    expect(r.evidence.authorizationError).toMatch(/UNABLE_TO_(GET_ISSUER_CERT_LOCALLY|VERIFY_LEAF)/)
  })

  it('an intercepting CA is untrusted and named as the issuer', async () => {
    const port = await serve(ca.intercepted)
    const r = await checkTls('127.0.0.1', port, PUSH_HOST, { caPem: ca.caPem })
    expect(r).toMatchObject({ status: 'fail', code: 'tls-untrusted-issuer' })
    expect(r.evidence.issuer).toBe(INTERCEPT_CA_NAME)
  })

  it('a certificate for other names is a name mismatch listing those names', async () => {
    const port = await serve(ca.other)
    const r = await checkTls('127.0.0.1', port, PUSH_HOST, { caPem: ca.caPem })
    expect(r).toMatchObject({ status: 'fail', code: 'tls-name-mismatch' })
    expect(r.evidence.names).toEqual(OTHER_NAMES)
    // The wildcard covers one label: a.cdn.example.test passes with the same certificate.
    const wild = await checkTls('127.0.0.1', port, 'a.cdn.example.test', { caPem: ca.caPem })
    expect(wild.code).toBe('tls-ok')
  })

  it('untrusted and for other names → untrusted, names kept', async () => {
    const port = await serve(ca.other)
    const r = await checkTls('127.0.0.1', port, PUSH_HOST)
    expect(r.code).toBe('tls-untrusted-issuer')
    expect(r.evidence.names).toEqual(OTHER_NAMES)
  })

  it('an expired certificate → expired, with its end date', async () => {
    const port = await serve(ca.expired)
    const r = await checkTls('127.0.0.1', port, PUSH_HOST, { caPem: ca.caPem })
    expect(r).toMatchObject({ status: 'fail', code: 'tls-expired' })
    expect(r.evidence.validTo).toBe('2021-01-01T00:00:00.000Z')
    expect(r.evidence.authorizationError).toBe('CERT_HAS_EXPIRED')
  })

  it('expired and from a CA nobody trusts → untrusted (the issuer is the bigger problem)', async () => {
    const port = await serve(ca.expired)
    const r = await checkTls('127.0.0.1', port, PUSH_HOST)
    expect(r.code).toBe('tls-untrusted-issuer')
    expect(r.evidence).toMatchObject({
      issuer: TEST_CA_NAME,
      authorizationError: 'CERT_HAS_EXPIRED'
    })
  })

  it('chainAnchoredIn: by the CA itself in the trust list, by its signature, or not at all', () => {
    const der = (pem: string): Buffer => new X509Certificate(pem).raw
    expect(chainAnchoredIn([der(ca.leaf.cert)], [ca.caPem])).toBe(true)
    expect(chainAnchoredIn([der(ca.leaf.cert), der(ca.caPem)], [ca.caPem])).toBe(true)
    expect(chainAnchoredIn([der(ca.intercepted.cert)], [ca.caPem])).toBe(false)
    // A chain that carries its own (untrusted) root is still not anchored.
    expect(chainAnchoredIn([der(ca.intercepted.cert), der(ca.interceptCaPem)], [ca.caPem])).toBe(
      false
    )
    // A bundle of several certificates in one text is read whole.
    expect(chainAnchoredIn([der(ca.intercepted.cert)], [ca.caPem + ca.interceptCaPem])).toBe(true)
  })

  it('a certificate valid only from 2090 → not yet valid', async () => {
    const port = await serve(ca.notYetValid)
    const r = await checkTls('127.0.0.1', port, PUSH_HOST, { caPem: ca.caPem })
    expect(r).toMatchObject({ status: 'fail', code: 'tls-not-yet-valid' })
    expect(r.evidence.validFrom).toBe('2090-01-01T00:00:00.000Z')
  })

  it('sends the push domain as SNI, and no SNI for an IP literal (checked against the IP)', async () => {
    const seen: string[] = []
    const context = tls.createSecureContext({ cert: ca.leaf.cert, key: ca.leaf.key })
    const server = tls.createServer(
      {
        cert: ca.leaf.cert,
        key: ca.leaf.key,
        SNICallback: (name, cb) => {
          seen.push(name)
          cb(null, context)
        }
      },
      (s) => s.end()
    )
    server.on('tlsClientError', () => undefined)
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
    servers.push({ close: () => new Promise((r) => server.close(() => r())) })
    const port = (server.address() as net.AddressInfo).port
    const byIp = await checkTls('127.0.0.1', port, '127.0.0.1', { caPem: ca.caPem })
    expect(byIp.code).toBe('tls-name-mismatch')
    expect(seen).toEqual([])
    const byName = await checkTls('127.0.0.1', port, PUSH_HOST, { caPem: ca.caPem })
    expect(byName.code).toBe('tls-ok')
    expect(seen).toEqual([PUSH_HOST])
  })
})

describe('checkTls on ports that do not speak TLS', () => {
  let ingest: Ingest
  beforeAll(async () => {
    ingest = await startIngest({ key: 'k' })
  })
  afterAll(async () => {
    await ingest.close()
  })

  it('a plain RTMP port: the ingest waits for C0+C1, so the hello goes unanswered → timeout', async () => {
    const r = await checkTls('127.0.0.1', ingest.port, PUSH_HOST, { timeoutMs: 1500 })
    // Measured: node-media-server reads the ClientHello as a partial C0+C1 and waits for more.
    expect(r).toMatchObject({ code: 'tls-timeout', status: 'fail', evidence: { timeoutMs: 1500 } })
    expect(r.evidence.connectMs).toBeGreaterThanOrEqual(0)
  })

  it('an HTTP server → not TLS', async () => {
    const server = http.createServer((_q, res) => res.end('hello'))
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
    try {
      const port = (server.address() as net.AddressInfo).port
      const r = await checkTls('127.0.0.1', port, PUSH_HOST, { timeoutMs: 3000 })
      expect(r.code).toBe('tls-not-tls')
      expect(r.evidence.errno).toMatch(/^ERR_SSL_/)
    } finally {
      server.closeAllConnections()
      await new Promise((r) => server.close(r))
    }
  })

  it('a server that closes at once → handshake failed (reset/closed), not "not TLS"', async () => {
    const s = await tcpServer((sock) => sock.end())
    try {
      const r = await checkTls('127.0.0.1', s.port, PUSH_HOST, { timeoutMs: 3000 })
      expect(r.code).toBe('tls-handshake-failed')
    } finally {
      await s.close()
    }
  })

  it('a refused port → tcp failed (refused)', async () => {
    const s = await tcpServer(() => undefined)
    const port = s.port
    await s.close()
    const r = await checkTls('127.0.0.1', port, PUSH_HOST)
    expect(r).toMatchObject({
      code: 'tls-tcp-failed',
      evidence: { tcpFailure: 'refused', errno: 'ECONNREFUSED' }
    })
  })

  it('cancel during the handshake → cancelled (skipped), quickly', async () => {
    const s = await tcpServer(() => undefined) // accepts, never answers
    try {
      const ac = new AbortController()
      const p = checkTls(
        '127.0.0.1',
        s.port,
        PUSH_HOST,
        { timeoutMs: 60_000 },
        realTlsDeps,
        ac.signal
      )
      setTimeout(() => ac.abort(), 200)
      const r = await p
      expect(r).toMatchObject({ code: 'tls-cancelled', status: 'skipped' })
      expect(r.timing.durationMs).toBeLessThan(30_000)
    } finally {
      await s.close()
    }
  })

  it('already aborted → cancelled before connecting', async () => {
    const ac = new AbortController()
    ac.abort()
    const r = await checkTls('127.0.0.1', 1, PUSH_HOST, {}, realTlsDeps, ac.signal)
    expect(r).toMatchObject({ code: 'tls-cancelled', evidence: { tcpFailure: 'cancelled' } })
  })
})

describe('checkTls to a filtered port (network namespace)', () => {
  const ns = makeFilteredNamespace(`pftls${process.pid}`, 443)
  afterAll(() => {
    if (ns.ok) ns.remove()
  })
  it.skipIf(!ns.ok)(
    `SYN dropped → tcp failed (timeout)${ns.ok ? '' : ` — skipped: ${ns.reason}`}`,
    async () => {
      if (!ns.ok) return
      const script = `
      const { checkTls } = require('./src/main/preflight/tls-check')
      checkTls('127.0.0.1', 443, 'push.example.test', { connectTimeoutMs: 800 })
        .then((r) => console.log(JSON.stringify(r)))`
      const out = await runInNamespace(ns.name, script)
      expect(out.code).toBe(0)
      const r = JSON.parse(out.out.trim().split('\n').pop() ?? '{}')
      expect(r).toMatchObject({ code: 'tls-tcp-failed', evidence: { tcpFailure: 'timeout' } })
    }
  )
})
