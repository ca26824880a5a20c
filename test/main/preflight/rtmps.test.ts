/**
 * RTMPS end to end on loopback: stunnel terminates TLS in front of the RTMP ingest fixture, with a
 * certificate for the push domain, one for other names, and one from an "intercepting" CA. The
 * engine's probes run over tlsNetDeps; ffmpeg pushes through the relay, whose TLS verifies.
 */
import { existsSync } from 'node:fs'
import path from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { ffmpegRelayTarget } from '../../../src/main/preflight/ffmpeg-target'
import { realDeps, runTestPush } from '../../../src/main/preflight/ffmpeg-push'
import { checkHandshake } from '../../../src/main/preflight/handshake-check'
import { probePublish, type PublishTarget } from '../../../src/main/preflight/publish-probe'
import type { NetDeps } from '../../../src/main/preflight/rtmp/tcp'
import { tlsNetDeps } from '../../../src/main/preflight/rtmp/tls'
import { checkTls } from '../../../src/main/preflight/tls-check'
import { startTlsRelay } from '../../../src/main/preflight/tls-relay'
import type { PushResult } from '../../../src/shared/push'
import { startIngest, type Ingest } from '../../fixtures/rtmp-ingest'
import { pidAlive, pushUrlFor, signedPublishName, txTimeHex } from '../../fixtures/rtmp-ingest-push'
import { startStunnel, stunnelMissing, type Stunnel } from '../../helpers/stunnel'
import { PUSH_HOST, makeTestCa, opensslMissing, type TestCa } from '../../helpers/test-ca'

const KEY = 'rtmpskey0123456789abcdef01234567'
const skipReason = opensslMissing() ?? stunnelMissing()
if (skipReason) console.log(`RTMPS tests skipped: ${skipReason}`)

const validTxTime = (): string => txTimeHex(Date.now() / 1000 + 3600)
const fast = { holdMs: 400, stepTimeoutMs: 3000, handshakeTimeoutMs: 3000, timeoutMs: 10_000 }

describe.skipIf(skipReason !== undefined)('RTMPS through stunnel in front of the ingest', () => {
  let ca: TestCa
  let ingest: Ingest
  let good: Stunnel
  let wrongName: Stunnel
  let intercepted: Stunnel
  beforeAll(async () => {
    ca = makeTestCa()
    ingest = await startIngest({ key: KEY })
    const front = (pair: TestCa['leaf']): Promise<Stunnel> =>
      startStunnel({ certFile: pair.certFile, keyFile: pair.keyFile, targetPort: ingest.port })
    good = await front(ca.leaf)
    wrongName = await front(ca.other)
    intercepted = await front(ca.intercepted)
  }, 30_000)
  afterAll(async () => {
    await Promise.all([good, wrongName, intercepted].map((s) => s?.stop()))
    for (const s of [good, wrongName, intercepted]) if (s) expect(pidAlive(s.pid)).toBe(false)
    await ingest?.close()
    ca?.remove()
  })

  /** TLS deps that trust the test CA and verify the push domain's name. */
  const verified = (): NetDeps => tlsNetDeps(PUSH_HOST, { caPem: ca.caPem })
  const target = (port: number, publishName: string): PublishTarget => ({
    ip: '127.0.0.1',
    port,
    tcUrl: `rtmps://${PUSH_HOST}:${port}/live`,
    app: 'live',
    publishName
  })

  it('checkTls sees stunnel’s certificate as the test CA’s, for the push domain', async () => {
    const r = await checkTls('127.0.0.1', good.port, PUSH_HOST, { caPem: ca.caPem })
    expect(r.code).toBe('tls-ok')
    const w = await checkTls('127.0.0.1', wrongName.port, PUSH_HOST, { caPem: ca.caPem })
    expect(w.code).toBe('tls-name-mismatch')
  })

  it('checkHandshake over TLS → handshake-ok', async () => {
    const r = await checkHandshake('127.0.0.1', good.port, {}, verified())
    expect(r).toMatchObject({ code: 'handshake-ok', evidence: { version: 3 } })
    expect(r.evidence.connectMs).toBeGreaterThanOrEqual(0)
  })

  it('checkHandshake over TLS to a certificate for other names: refused by TLS, not sent', async () => {
    const r = await checkHandshake('127.0.0.1', wrongName.port, {}, verified())
    expect(r).toMatchObject({
      code: 'handshake-tcp-failed',
      evidence: { tcpFailure: 'tls', errno: 'ERR_TLS_CERT_ALTNAME_INVALID', bytesReceived: 0 }
    })
    // Without verification (the TLS check already judged it) the RTMP layer behind it answers.
    const unverified = tlsNetDeps(PUSH_HOST, { verify: false })
    const loose = await checkHandshake('127.0.0.1', wrongName.port, {}, unverified)
    expect(loose.code).toBe('handshake-ok')
  })

  it('checkHandshake over TLS through the intercepting CA → tls failure with OpenSSL’s code', async () => {
    const r = await checkHandshake('127.0.0.1', intercepted.port, {}, verified())
    expect(r.code).toBe('handshake-tcp-failed')
    expect(r.evidence.tcpFailure).toBe('tls')
    expect(r.evidence.errno).toMatch(/^UNABLE_TO_(VERIFY_LEAF_SIGNATURE|GET_ISSUER_CERT_LOCALLY)$/)
  })

  it('probePublish over TLS: a signed name is accepted, the tcUrl keeps rtmps and the domain', async () => {
    const name = signedPublishName('tls-ok', KEY, validTxTime())
    const deps = verified()
    const r = await probePublish(target(good.port, name), fast, deps)
    expect(r).toMatchObject({ code: 'publish-accepted', status: 'pass' })
    const attempt = ingest.attempts.find((a) => a.stream === 'tls-ok')
    expect(attempt).toMatchObject({ accepted: true, reason: 'ok', host: PUSH_HOST })
    expect(attempt?.tcUrl).toBe(`rtmps://${PUSH_HOST}:${good.port}/live`)
  })

  it('probePublish over TLS: a bad signature is rejected', async () => {
    const name = signedPublishName('tls-bad', 'not-the-key', validTxTime())
    const deps = verified()
    const r = await probePublish(target(good.port, name), fast, deps)
    expect(r.status).toBe('fail')
    expect(r.code).toMatch(/^publish-rejected-/)
    expect(ingest.attempts.find((a) => a.stream === 'tls-bad')).toMatchObject({
      accepted: false,
      reason: 'bad-signature'
    })
  })

  it('probePublish never reaches the ingest when the certificate is for other names', async () => {
    const name = signedPublishName('tls-wrong-cert', KEY, validTxTime())
    const r = await probePublish(target(wrongName.port, name), fast, verified())
    expect(r).toMatchObject({ code: 'publish-tcp-failed', evidence: { tcpFailure: 'tls' } })
    expect(ingest.attempts.some((a) => a.stream === 'tls-wrong-cert')).toBe(false)
  })

  describe.each(ffmpegs())(
    'ffmpeg rtmps push through the verifying TLS relay: %s',
    (_label, ffmpegPath) => {
      const pids: number[] = []
      afterEach(() => {
        for (const pid of pids.splice(0))
          expect(pidAlive(pid), `ffmpeg ${pid} still running`).toBe(false)
      })
      /** A 3 s push of `stream` to stunnel on `port`, through a relay trusting `extraCaPem`. */
      const push = async (
        port: number,
        stream: string,
        extraCaPem?: string
      ): Promise<{ r: PushResult; failures: readonly string[] }> => {
        const relay = await startTlsRelay(
          '127.0.0.1',
          port,
          tlsNetDeps(PUSH_HOST, { caPem: extraCaPem })
        )
        try {
          const name = signedPublishName(stream, KEY, validTxTime())
          const url = { ...pushUrlFor(PUSH_HOST, port, 'live', name), scheme: 'rtmps' as const }
          const t = ffmpegRelayTarget(url, relay.port)
          const r = await runTestPush(
            { ffmpegPath, output: t.output, extraArgs: t.args, seconds: 3, rwTimeoutMs: 3000 },
            realDeps
          )
          if (r.evidence.pid !== undefined) pids.push(r.evidence.pid)
          return { r, failures: [...relay.failures] }
        } finally {
          await relay.close()
        }
      }

      it('passes with the right CA, and the ingest sees the rtmps tcUrl of the push domain', async () => {
        const stream = `ff-ok-${path.basename(ffmpegPath)}`
        const { r, failures } = await push(good.port, stream, ca.caPem)
        expect(r.code).toBe('push-ok')
        expect(failures).toEqual([])
        expect(ingest.attempts.find((a) => a.stream === stream)).toMatchObject({
          accepted: true,
          tcUrl: `rtmps://${PUSH_HOST}:${good.port}/live`
        })
      }, 30_000)

      it('never reaches the ingest through a certificate for other names', async () => {
        const stream = `ff-wrong-${path.basename(ffmpegPath)}`
        const { r, failures } = await push(wrongName.port, stream, ca.caPem)
        expect(r.status).toBe('fail')
        expect(r.evidence.publishStartSeen).toBe(false)
        expect(failures).toContain('ERR_TLS_CERT_ALTNAME_INVALID')
        expect(ingest.attempts.some((a) => a.stream === stream)).toBe(false)
      }, 30_000)

      it('never reaches the ingest through the intercepting CA, nor the test CA without the extra CA', async () => {
        const a = await push(intercepted.port, `ff-icept-${path.basename(ffmpegPath)}`, ca.caPem)
        expect(a.r.status).toBe('fail')
        expect(a.failures.length).toBeGreaterThan(0)
        const b = await push(good.port, `ff-sys-${path.basename(ffmpegPath)}`)
        expect(b.r.status).toBe('fail')
        expect(b.failures.length).toBeGreaterThan(0)
        expect(
          ingest.attempts.some(
            (x) => x.stream.startsWith('ff-icept-') || x.stream.startsWith('ff-sys-')
          )
        ).toBe(false)
      }, 30_000)
    }
  )
})

/** The ffmpegs to try: the npm static build and Debian's, where present. */
function ffmpegs(): Array<[string, string]> {
  const out: Array<[string, string]> = []
  const npm = path.resolve(__dirname, '../../../node_modules/@ffmpeg-installer/linux-x64/ffmpeg')
  if (existsSync(npm)) out.push(['static @ffmpeg-installer', npm])
  else console.log('static ffmpeg absent: its RTMPS push tests are skipped')
  if (existsSync('/usr/bin/ffmpeg')) out.push(['Debian /usr/bin/ffmpeg', '/usr/bin/ffmpeg'])
  else console.log('/usr/bin/ffmpeg absent: its RTMPS push tests are skipped')
  return out
}
