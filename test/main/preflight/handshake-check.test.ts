import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { HANDSHAKE_TIMEOUT_MS } from '../../../src/main/preflight/constants'
import { checkHandshake } from '../../../src/main/preflight/handshake-check'
import { classifyServerHello } from '../../../src/main/preflight/rtmp/handshake'
import { closedPort, startNms, startTcp, type TestServer } from './rtmp-test-servers'

const fast = { timeoutMs: 600, connectTimeoutMs: 1000 }

describe('checkHandshake against node-media-server 4.4.3', () => {
  let nms: TestServer
  beforeAll(async () => {
    nms = await startNms()
  })
  afterAll(async () => {
    await nms.close()
  })

  it('gets version 3 and an S2 that echoes C1', async () => {
    const r = await checkHandshake('127.0.0.1', nms.port)
    expect(r).toMatchObject({ id: 'handshake', status: 'pass', code: 'handshake-ok' })
    expect(r.evidence).toMatchObject({ version: 3, s2Echo: true, bytesReceived: 3073 })
    // Measured, not bounded: loopback speed depends on the machine's load.
    expect(r.evidence.handshakeMs).toBeGreaterThanOrEqual(0)
  })
})

describe('checkHandshake against misbehaving servers', () => {
  let server: TestServer | undefined
  afterEach(async () => {
    await server?.close()
    server = undefined
  })

  it('refused port → tcp-failed with the failure kind', async () => {
    const r = await checkHandshake('127.0.0.1', await closedPort(), fast)
    expect(r).toMatchObject({ code: 'handshake-tcp-failed', evidence: { tcpFailure: 'refused' } })
  })

  it('accepts but never writes → silent after the handshake timeout', async () => {
    server = await startTcp(() => undefined)
    const r = await checkHandshake('127.0.0.1', server.port, fast)
    expect(r).toMatchObject({
      status: 'fail',
      code: 'handshake-silent',
      evidence: { bytesReceived: 0 }
    })
    // The 600 ms asked for, not the default timeout (the alternative bounds it from above).
    expect(r.timing.durationMs).toBeGreaterThanOrEqual(550)
    expect(r.timing.durationMs).toBeLessThan(HANDSHAKE_TIMEOUT_MS)
  })

  it('an HTTP server answer → handshake-http with the first bytes as evidence', async () => {
    server = await startTcp((s) =>
      s.once('data', () => s.end('HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n'))
    )
    const r = await checkHandshake('127.0.0.1', server.port, fast)
    expect(r.code).toBe('handshake-http')
    expect(r.evidence.firstBytesText).toMatch(/^HTTP\/1\.1 400/)
  })

  it('an SSH banner → garbage', async () => {
    server = await startTcp((s) => s.write('SSH-2.0-OpenSSH_9.2\r\n'))
    const r = await checkHandshake('127.0.0.1', server.port, fast)
    expect(r.code).toBe('handshake-garbage')
    expect(r.evidence.firstBytesHex).toBe(Buffer.from('SSH-2.0-OpenSSH_').toString('hex'))
  })

  it('a version byte of 6 (RTMPE) → bad-version', async () => {
    server = await startTcp((s) =>
      s.once('data', () => s.write(Buffer.concat([Buffer.from([6]), Buffer.alloc(1536)])))
    )
    const r = await checkHandshake('127.0.0.1', server.port, fast)
    expect(r).toMatchObject({ code: 'handshake-bad-version', evidence: { version: 6 } })
  })

  it('a reset during the handshake → reset', async () => {
    server = await startTcp((s) => s.once('data', () => s.resetAndDestroy()))
    const r = await checkHandshake('127.0.0.1', server.port, fast)
    expect(r.code).toBe('handshake-reset')
  })

  it('an orderly close after S0+S1 only → closed', async () => {
    server = await startTcp((s) =>
      s.once('data', () => s.end(Buffer.concat([Buffer.from([3]), Buffer.alloc(1536)])))
    )
    const r = await checkHandshake('127.0.0.1', server.port, fast)
    expect(r).toMatchObject({ code: 'handshake-closed', evidence: { bytesReceived: 1537 } })
  })

  it('a server whose S2 does not echo C1 is still RTMP (s2Echo false)', async () => {
    server = await startTcp((s) =>
      s.once('data', () => s.write(Buffer.concat([Buffer.from([3]), Buffer.alloc(3072, 1)])))
    )
    const r = await checkHandshake('127.0.0.1', server.port, fast)
    expect(r).toMatchObject({ code: 'handshake-ok', evidence: { s2Echo: false } })
  })

  it('cancel during the wait → cancelled', async () => {
    server = await startTcp(() => undefined)
    const ac = new AbortController()
    setTimeout(() => ac.abort(), 100)
    const r = await checkHandshake(
      '127.0.0.1',
      server.port,
      // A timeout far beyond the test's own: only the abort can end it in time.
      { timeoutMs: 120_000 },
      undefined,
      ac.signal
    )
    expect(r).toMatchObject({ status: 'skipped', code: 'handshake-cancelled' })
  })
})

describe('classifyServerHello', () => {
  it('waits for 5 bytes before calling an "HTTP/" prefix HTTP', () => {
    expect(classifyServerHello(Buffer.from('HT'))).toEqual({ kind: 'need-more' })
    expect(classifyServerHello(Buffer.from('HTTP/'))).toEqual({ kind: 'http' })
    expect(classifyServerHello(Buffer.from('HTML'))).toEqual({ kind: 'garbage' })
    expect(classifyServerHello(Buffer.from([3]))).toEqual({ kind: 'rtmp', version: 3 })
  })
})
