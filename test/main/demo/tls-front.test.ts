/**
 * The demo's RTMPS front (Node TLS in front of the demo ingest) with the committed demo
 * certificate: the TLS check trusts it with the demo CA, the probes and a real ffmpeg push work
 * through it, a rejection's close reaches the client, and close() ends open connections.
 */
import path from 'node:path'
import tls from 'node:tls'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readDemoTls, startTlsFront, type TlsFront } from '../../../src/main/demo/tls-front'
import { ffmpegRelayTarget } from '../../../src/main/preflight/ffmpeg-target'
import { realDeps, runTestPush } from '../../../src/main/preflight/ffmpeg-push'
import { probePublish, type PublishTarget } from '../../../src/main/preflight/publish-probe'
import { tlsNetDeps } from '../../../src/main/preflight/rtmp/tls'
import { checkTls } from '../../../src/main/preflight/tls-check'
import { startTlsRelay } from '../../../src/main/preflight/tls-relay'
import { startIngest, type Ingest } from '../../fixtures/rtmp-ingest'
import { pidAlive, pushUrlFor, signedPublishName, txTimeHex } from '../../fixtures/rtmp-ingest-push'

const DOMAIN = 'live.demo.test'
const KEY = 'tlsfrontkey0123456789abcdef01234'
const RESOURCES = path.resolve(__dirname, '../../../resources')
const FFMPEG = path.resolve(__dirname, '../../../node_modules/@ffmpeg-installer/linux-x64/ffmpeg')
const validTxTime = (): string => txTimeHex(Date.now() / 1000 + 3600)

describe('startTlsFront with the demo certificate', () => {
  const demo = readDemoTls(RESOURCES)
  let ingest: Ingest
  let front: TlsFront
  beforeAll(async () => {
    ingest = await startIngest({ key: KEY })
    front = await startTlsFront({ cert: demo.cert, key: demo.key, targetPort: ingest.port })
  })
  afterAll(async () => {
    await front.close()
    await ingest.close()
  })
  const target = (publishName: string): PublishTarget => ({
    ip: '127.0.0.1',
    port: front.port,
    tcUrl: `rtmps://${DOMAIN}:${front.port}/live`,
    app: 'live',
    publishName
  })
  const fast = { holdMs: 400, stepTimeoutMs: 3000, handshakeTimeoutMs: 3000, timeoutMs: 10_000 }

  it('the committed certificate is for the demo domain, valid until 2045, signed by the demo CA', async () => {
    const r = await checkTls('127.0.0.1', front.port, DOMAIN, { caPem: demo.ca })
    expect(r.code).toBe('tls-ok')
    expect(r.evidence).toMatchObject({ names: [DOMAIN], validTo: '2045-01-01T00:00:00.000Z' })
    expect(r.evidence.issuer).toMatch(/^Push Preflight Demo CA/)
    // Without the demo CA it is (rightly) untrusted.
    expect((await checkTls('127.0.0.1', front.port, DOMAIN)).code).toBe('tls-untrusted-issuer')
  })

  it('a signed publish is accepted through the front; a bad one is rejected and closed', async () => {
    const deps = tlsNetDeps(DOMAIN, { caPem: demo.ca })
    const ok = await probePublish(
      target(signedPublishName('front-ok', KEY, validTxTime())),
      fast,
      deps
    )
    expect(ok.code).toBe('publish-accepted')
    const bad = await probePublish(
      target(signedPublishName('front-bad', 'wrong', validTxTime())),
      fast,
      deps
    )
    expect(bad.code).toMatch(/^publish-rejected-/)
    // The ingest's close reached the client through the front.
    expect(bad.evidence.close?.by).toBe('server')
    expect(ingest.attempts.find((a) => a.stream === 'front-bad')?.reason).toBe('bad-signature')
  })

  it('a real ffmpeg rtmps push through the verifying relay is sustained through the front', async () => {
    const publishName = signedPublishName('front-ffmpeg', KEY, validTxTime())
    const url = { ...pushUrlFor(DOMAIN, front.port, 'live', publishName), scheme: 'rtmps' as const }
    const relay = await startTlsRelay(
      '127.0.0.1',
      front.port,
      tlsNetDeps(DOMAIN, { caPem: demo.ca })
    )
    const t = ffmpegRelayTarget(url, relay.port)
    const opts = { output: t.output, extraArgs: t.args, seconds: 2, rwTimeoutMs: 3000 }
    const r = await runTestPush({ ffmpegPath: FFMPEG, ...opts }, realDeps).finally(() =>
      relay.close()
    )
    if (r.evidence.pid !== undefined) expect(pidAlive(r.evidence.pid)).toBe(false)
    expect(r.code).toBe('push-ok')
    expect(
      ingest.attempts.find((a) => a.stream === 'front-ffmpeg')?.media.videoFrames
    ).toBeGreaterThan(0)
  }, 30_000)

  it('close() ends the connections it carries', async () => {
    const other = await startTlsFront({ cert: demo.cert, key: demo.key, targetPort: ingest.port })
    const client = tls.connect({
      host: '127.0.0.1',
      port: other.port,
      servername: DOMAIN,
      ca: demo.ca
    })
    await new Promise<void>((r) => client.once('secureConnect', () => r()))
    const closed = new Promise<void>((r) => client.once('close', () => r()))
    client.on('error', () => undefined)
    await other.close()
    // Bounded: a front that leaves the connection open fails here instead of hanging.
    const outcome = await Promise.race([
      closed.then(() => 'closed'),
      new Promise((r) => setTimeout(() => r('still open'), 5000))
    ])
    client.destroy()
    expect(outcome).toBe('closed')
  })
})
