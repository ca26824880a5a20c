import { createHash } from 'node:crypto'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import {
  probePublish,
  redactPublishName,
  type PublishTarget
} from '../../../src/main/preflight/publish-probe'
import { startIngest, type Ingest } from '../../fixtures/rtmp-ingest'
import {
  startNms,
  startScriptedRtmp,
  startTcp,
  standardScript,
  type NmsServer,
  type TestServer
} from './rtmp-test-servers'

const SECRET = 'f85a2ab363fe4deaffef9754d79da6fe'
const target = (port: number, stream = 'test'): PublishTarget => ({
  ip: '127.0.0.1',
  port,
  tcUrl: `rtmp://push.example.com:${port}/live`,
  app: 'live',
  publishName: `${stream}?txSecret=${SECRET}&txTime=5C271099`
})
const fast = { holdMs: 400, stepTimeoutMs: 800, handshakeTimeoutMs: 800, timeoutMs: 5000 }

it('redacts txSecret to its first 4 characters', () => {
  expect(redactPublishName(`s?txTime=1&txSecret=${SECRET}`)).toBe('s?txTime=1&txSecret=f85a…')
})

describe('probePublish against node-media-server 4.4.3', () => {
  let nms: NmsServer
  beforeAll(async () => {
    nms = await startNms()
  })
  afterAll(async () => {
    await nms.close()
  })

  it('is accepted, holds for holdMs, closes itself, and never sends media', async () => {
    const r = await probePublish(target(nms.port, 'accepted'), { holdMs: 500 })
    expect(r).toMatchObject({ id: 'publish-probe', status: 'pass', code: 'publish-accepted' })
    const e = r.evidence
    expect(e.heldMs).toBeGreaterThanOrEqual(450)
    expect(e.close).toMatchObject({ by: 'client', kind: 'none' })
    expect(e.mediaMessagesSent).toBe(0)
    expect(e.publishName).toBe('accepted?txSecret=f85a…&txTime=5C271099')
    expect(JSON.stringify(r)).not.toContain(SECRET)
    const codes = e.replies.map((x) => x.code).filter(Boolean)
    expect(codes).toEqual(['NetConnection.Connect.Success', 'NetStream.Publish.Start'])
    expect(e.replies.find((x) => x.name === 'WindowAckSize')?.value).toBe(5_000_000)
    expect(e.startAfterPublishMs).toBeGreaterThanOrEqual(0)
  })

  it('a second publisher while our own client holds a publish → rejected-closed-after-start', async () => {
    // The holder holds until it is aborted, and the second probe starts only once the server has
    // it as the publisher: no sleep racing the holder's handshake.
    const stop = new AbortController()
    const holder = probePublish(
      target(nms.port, 'busy'),
      { holdMs: 120_000, timeoutMs: 120_000 },
      undefined,
      stop.signal
    )
    try {
      expect(await nms.waitForPublisher('/live/busy', 15_000)).toBe(true)
      const r = await probePublish(target(nms.port, 'busy'), fast)
      expect(r).toMatchObject({ status: 'fail', code: 'publish-rejected-closed-after-start' })
      // Closed by the server: the client would only close after holdMs.
      expect(r.evidence.close).toMatchObject({ by: 'server', kind: 'fin' })
    } finally {
      stop.abort()
    }
    expect((await holder).code).toBe('publish-cancelled')
  })
})

describe('probePublish against scripted servers', () => {
  let server: TestServer | undefined
  afterEach(async () => {
    await server?.close()
    server = undefined
  })

  it('closes right after publish with no status → rejected-closed-no-status', async () => {
    server = await startScriptedRtmp(standardScript((_c, _r, s) => s.end()))
    const r = await probePublish(target(server.port), fast)
    expect(r).toMatchObject({
      code: 'publish-rejected-closed-no-status',
      evidence: { stage: 'publish' }
    })
    // By the server, before the client's holdMs: no wall-clock bound needed.
    expect(r.evidence.close).toMatchObject({ by: 'server', kind: 'fin' })
  })

  it('onStatus error BadName "Already publishing" → rejected-status with the server words', async () => {
    const s = await startScriptedRtmp(
      standardScript((cmd, reply, socket) => {
        reply(
          'onStatus',
          0,
          [
            null,
            { level: 'error', code: 'NetStream.Publish.BadName', description: 'Already publishing' }
          ],
          1
        )
        setTimeout(() => socket.end(), 50)
        void cmd
      })
    )
    server = s
    const r = await probePublish(target(s.port), fast)
    expect(r).toMatchObject({
      code: 'publish-rejected-status',
      evidence: {
        status: {
          code: 'NetStream.Publish.BadName',
          description: 'Already publishing',
          via: 'onStatus'
        }
      }
    })
    expect(r.evidence.close).toMatchObject({ by: 'server', kind: 'fin' })
    expect(s.commands).toEqual(['connect', 'releaseStream', 'FCPublish', 'createStream', 'publish'])
  })

  it('connect answered with _error → connect-rejected', async () => {
    server = await startScriptedRtmp((cmd, reply) => {
      if (cmd.name === 'connect') {
        reply('_error', cmd.transactionId, [
          null,
          { level: 'error', code: 'NetConnection.Connect.Rejected', description: 'bad app' }
        ])
      }
    })
    const r = await probePublish(target(server.port), fast)
    expect(r).toMatchObject({
      code: 'publish-connect-rejected',
      evidence: { status: { code: 'NetConnection.Connect.Rejected' } }
    })
  })

  it('never answers publish → timeout-silent within the step timeout', async () => {
    server = await startScriptedRtmp(standardScript(() => undefined))
    // The whole-probe bound far away: the 800 ms step timeout must be what ended it.
    const r = await probePublish(target(server.port), { ...fast, timeoutMs: 120_000 })
    expect(r).toMatchObject({ code: 'publish-timeout-silent', evidence: { stage: 'publish' } })
  })

  it('an HTTP server → not-rtmp', async () => {
    server = await startTcp((s) => s.once('data', () => s.end('HTTP/1.1 400 Bad Request\r\n\r\n')))
    const r = await probePublish(target(server.port), fast)
    expect(r).toMatchObject({
      code: 'publish-not-rtmp',
      evidence: { notRtmp: 'http', stage: 'handshake' }
    })
  })

  it('cancel while waiting → cancelled, quickly', async () => {
    server = await startScriptedRtmp(standardScript(() => undefined))
    const ac = new AbortController()
    setTimeout(() => ac.abort(), 200)
    // Timeouts far beyond the test's own: only the abort can end it in time.
    const r = await probePublish(
      target(server.port),
      { stepTimeoutMs: 120_000, timeoutMs: 120_000 },
      undefined,
      ac.signal
    )
    expect(r).toMatchObject({ status: 'skipped', code: 'publish-cancelled' })
  })
})

// The Tencent-rules ingest written by another helper (test/fixtures/rtmp-ingest.ts).
describe('probePublish against the Tencent-rules ingest fixture', () => {
  const KEY = 'e12c46f2612d5106e2034781ab261ca3'
  const signed = (port: number, stream: string, good = true): PublishTarget => {
    const txTime = Math.floor(Date.now() / 1000 + 3600)
      .toString(16)
      .toUpperCase()
    const secret = good
      ? createHash('md5')
          .update(KEY + stream + txTime)
          .digest('hex')
      : '0'.repeat(32)
    return { ...target(port, stream), publishName: `${stream}?txSecret=${secret}&txTime=${txTime}` }
  }
  let ingest: Ingest | undefined
  afterEach(async () => {
    await ingest?.close()
    ingest = undefined
  })

  it('nms style: a good signature is accepted', async () => {
    ingest = await startIngest({ key: KEY, style: 'nms' })
    const r = await probePublish(signed(ingest.port, 'good'), fast)
    expect(r.code).toBe('publish-accepted')
  })

  it('nms style: a bad signature → rejected-closed-after-start', async () => {
    ingest = await startIngest({ key: KEY, style: 'nms' })
    const r = await probePublish(signed(ingest.port, 'bad', false), fast)
    expect(r).toMatchObject({
      code: 'publish-rejected-closed-after-start',
      evidence: { close: { by: 'server' } }
    })
  })

  it('nginx style: a bad signature → rejected-closed-no-status', async () => {
    ingest = await startIngest({ key: KEY, style: 'nginx' })
    const r = await probePublish(signed(ingest.port, 'bad', false), fast)
    expect(r).toMatchObject({
      code: 'publish-rejected-closed-no-status',
      evidence: { close: { by: 'server' } }
    })
    expect(r.evidence.replies.some((x) => x.code === 'NetStream.Publish.Start')).toBe(false)
  })

  it('nginx style: stream in use → rejected-status "Already publishing"', async () => {
    const ing = await startIngest({ key: KEY, style: 'nginx' })
    ingest = ing
    const holder = probePublish(signed(ing.port, 'live1'), { holdMs: 2000 })
    await ing.waitForAttempt((a) => a.stream === 'live1' && a.accepted, 3000)
    const r = await probePublish(signed(ing.port, 'live1'), fast)
    expect(r).toMatchObject({
      code: 'publish-rejected-status',
      evidence: { status: { code: 'NetStream.Publish.BadName', description: 'Already publishing' } }
    })
    expect((await holder).code).toBe('publish-accepted')
  })
})
