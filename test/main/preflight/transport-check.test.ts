/**
 * The ladder's decisions, on hand-made results of its checks (the checks themselves are tested
 * against real servers in their own files; the whole ladder runs against real ones in
 * run-preflight-ladder.test.ts). Here: which row code and media outcome each result leads to,
 * and that media only ever goes to a probe stream.
 */
import { describe, expect, it, vi } from 'vitest'
import {
  checkRtmps,
  checkSrt,
  failedEntry,
  ffmpegSrtOutput,
  rtmpEntry,
  type LadderDeps,
  type LadderInput
} from '../../../src/main/preflight/transport-check'
import { parsePushUrl } from '../../../src/main/preflight/url-parse'
import type { FfmpegInfo } from '../../../src/shared/ffmpeg'
import type { PushUrl } from '../../../src/shared/push-url'
import type { ReportChecks } from '../../../src/shared/report'

const SECRET = 'f85a2ab363fe4deaffef9754d79da6fe'
const parsed = parsePushUrl({
  url: `rtmp://push.example.test/live/show?txSecret=${SECRET}&txTime=5C271099`
})
if (!parsed.ok) throw new Error('fixture URL must parse')
const url = parsed.url
const probe: PushUrl = {
  ...url,
  stream: 'show_preflight_abc',
  publishName: 'show_preflight_abc?txSecret=1111&txTime=AAAA',
  txSecret: '1111',
  txTime: 'AAAA'
}

const timing = { startedAt: 0, durationMs: 5 }
const FFMPEG: FfmpegInfo = {
  code: 'ffmpeg-ok',
  path: '/usr/bin/ffmpeg',
  hasRtmp: true,
  hasLibx264: true,
  hasAac: true,
  hasSrt: true,
  tried: []
}

function input(over: Partial<LadderInput> = {}): LadderInput {
  return {
    url,
    ip: '127.0.0.1',
    servername: 'push.example.test',
    ports: { rtmps: 443, srt: 9000 },
    probeUrl: () => probe,
    realProbe: true,
    realName: (fn) => fn(),
    ffmpeg: FFMPEG,
    noPush: false,
    ...over
  }
}

type TlsCode = Awaited<ReturnType<LadderDeps['checkTls']>>['code']
type SrtCode = Awaited<ReturnType<LadderDeps['srtHandshake']>>['code']

function deps(
  o: {
    tls?: TlsCode
    tcpFailure?: string
    hs?: string
    pub?: string
    srt?: SrtCode
    push?: string
  } = {}
): LadderDeps & { pushes: string[] } {
  const pushes: string[] = []
  return {
    pushes,
    checkTls: async (ip, port, servername) =>
      ({
        id: 'tls',
        status: (o.tls ?? 'tls-ok') === 'tls-ok' ? 'pass' : 'fail',
        code: o.tls ?? 'tls-ok',
        timing,
        evidence: {
          ip,
          port,
          servername,
          timeoutMs: 5000,
          names: ['other.example.test'],
          issuer: 'Venue Proxy CA',
          extraCa: false,
          ...(o.tcpFailure ? { tcpFailure: o.tcpFailure } : {})
        }
      }) as never,
    tlsNet: () => ({}) as never,
    checkHandshake: async () =>
      ({
        id: 'handshake',
        status: (o.hs ?? 'handshake-ok') === 'handshake-ok' ? 'pass' : 'fail',
        code: o.hs ?? 'handshake-ok',
        timing,
        evidence: {}
      }) as never,
    probePublish: async () =>
      ({
        id: 'publish-probe',
        status: (o.pub ?? 'publish-accepted') === 'publish-accepted' ? 'pass' : 'fail',
        code: o.pub ?? 'publish-accepted',
        timing,
        evidence: {}
      }) as never,
    srtHandshake: async (ip, port) =>
      ({
        id: 'srt-handshake',
        status: (o.srt ?? 'srt-accepted') === 'srt-accepted' ? 'pass' : 'fail',
        code: o.srt ?? 'srt-accepted',
        timing,
        evidence: {
          ip,
          port,
          streamId: '',
          timeoutMs: 3000,
          rejectCode: 2403,
          rejectReason: { id: 'ac-forbidden', code: 1403, name: 'SRT_REJX_FORBIDDEN' },
          packetsSent: 1,
          packetsReceived: 0
        }
      }) as never,
    runTestPush: async (opts) => {
      pushes.push(opts.output)
      const code = o.push ?? 'push-ok'
      return {
        id: 'test-push',
        status: code === 'push-ok' ? 'pass' : 'fail',
        code,
        timing,
        evidence: {}
      } as never
    },
    startTlsRelay: async () => ({ port: 40000, failures: [], close: async () => undefined }),
    now: () => 0
  }
}

describe('checkRtmps', () => {
  it('works end to end: TLS, handshake, publish probe, then a verified push to the probe stream', async () => {
    const d = deps()
    const spy = vi.spyOn(d, 'startTlsRelay')
    const row = await checkRtmps(input(), d)
    expect(row).toMatchObject({
      transport: 'rtmps',
      ok: true,
      code: 'transport-ok',
      media: 'sustained',
      port: 443,
      protocol: 'tcp'
    })
    expect(row.steps.map((s) => s.step)).toEqual(['tls', 'rtmp-handshake', 'publish', 'push'])
    expect(spy).toHaveBeenCalledTimes(1)
    expect(d.pushes).toHaveLength(1)
    expect(d.pushes[0]).toContain('show_preflight_abc')
    // Through the loopback TLS relay, which dials 127.0.0.1:443 with SNI and verification.
    expect(spy.mock.calls[0].slice(0, 2)).toEqual(['127.0.0.1', 443])
    expect(d.pushes[0]).toMatch(/^rtmp:\/\/127\.0\.0\.1:40000\/live\/show_preflight_abc\?/)
    expect(row.url).toBe(`rtmps://push.example.test/live/show?txSecret=${SECRET}&txTime=5C271099`)
  })

  it('names the certificate’s issuer and names', async () => {
    const a = await checkRtmps(input(), deps({ tls: 'tls-untrusted-issuer' }))
    expect(a).toMatchObject({
      ok: false,
      code: 'tls-untrusted-issuer',
      params: { issuer: 'Venue Proxy CA' }
    })
    const b = await checkRtmps(input(), deps({ tls: 'tls-name-mismatch' }))
    expect(b).toMatchObject({
      ok: false,
      code: 'tls-name-mismatch',
      params: { names: 'other.example.test', servername: 'push.example.test' }
    })
  })

  it('reads a TCP failure under TLS as the port check would', async () => {
    expect(
      (await checkRtmps(input(), deps({ tls: 'tls-tcp-failed', tcpFailure: 'timeout' }))).code
    ).toBe('tcp-filtered')
    expect(
      (await checkRtmps(input(), deps({ tls: 'tls-tcp-failed', tcpFailure: 'refused' }))).code
    ).toBe('tcp-refused')
  })

  it('calls a silent RTMP over TLS rtmp-no-answer, and a refused publish a working path', async () => {
    expect((await checkRtmps(input(), deps({ hs: 'handshake-silent' }))).code).toBe(
      'rtmp-no-answer'
    )
    const r = await checkRtmps(input(), deps({ pub: 'publish-rejected-status' }))
    expect(r).toMatchObject({ ok: false, code: 'transport-publish-refused' })
  })

  it('without a key probes the real name — through the real-name lock — and sends no media', async () => {
    const d = deps()
    const order: string[] = []
    const realName = async <T>(fn: () => Promise<T>): Promise<T> => {
      order.push('lock')
      return fn()
    }
    const spy = vi.spyOn(d, 'probePublish')
    const row = await checkRtmps(input({ probeUrl: () => undefined, realName }), d)
    expect(row).toMatchObject({ ok: true, code: 'transport-ok', media: 'not-tested-no-key' })
    expect(order).toEqual(['lock'])
    expect(spy).toHaveBeenCalledTimes(1)
    expect(d.pushes).toEqual([])
  })

  it('with a probe stream the real-name lock is not needed', async () => {
    let locked = 0
    const realName = async <T>(fn: () => Promise<T>): Promise<T> => {
      locked++
      return fn()
    }
    await checkRtmps(input({ realName }), deps())
    expect(locked).toBe(0)
  })

  it('a stream that may be live and no key: reachable, not "works"', async () => {
    const row = await checkRtmps(input({ probeUrl: () => undefined, realProbe: false }), deps())
    expect(row).toMatchObject({ ok: false, code: 'transport-reachable' })
  })

  it('a key that does not reproduce the URL: the real name is probed, no media, and the row says why', async () => {
    const d = deps()
    const row = await checkRtmps(input({ probeUrl: () => undefined, keyMismatch: true }), d)
    expect(row).toMatchObject({ ok: true, media: 'not-tested-wrong-key' })
    expect(d.pushes).toEqual([])
  })

  it('a test push the server refused says the path works and the stream was refused', async () => {
    expect(await checkRtmps(input(), deps({ push: 'push-rejected-at-publish' }))).toMatchObject({
      ok: false,
      code: 'transport-publish-refused',
      media: 'failed'
    })
  })

  it('reports a failed push over a working path', async () => {
    expect(await checkRtmps(input(), deps({ push: 'push-dropped' }))).toMatchObject({
      ok: false,
      code: 'transport-push-failed',
      media: 'failed'
    })
  })

  it('tries nothing without an address', async () => {
    expect((await checkRtmps(input({ ip: undefined }), deps())).code).toBe('transport-dns-failed')
  })
})

describe('checkSrt', () => {
  it('names a dropped UDP port and a rejection with its reason', async () => {
    expect(await checkSrt(input(), deps({ srt: 'udp-no-answer' }))).toMatchObject({
      ok: false,
      code: 'udp-no-answer',
      protocol: 'udp',
      params: { timeoutMs: 3000 }
    })
    expect(await checkSrt(input(), deps({ srt: 'srt-rejected' }))).toMatchObject({
      ok: false,
      code: 'srt-rejected',
      params: { rejectCode: 1403, reason: 'ac-forbidden' }
    })
  })

  it('pushes MPEG-TS to the probe stream after an accepted handshake', async () => {
    const d = deps()
    const spy = vi.spyOn(d, 'runTestPush')
    const row = await checkSrt(input(), d)
    expect(row).toMatchObject({ ok: true, code: 'transport-ok', media: 'sustained' })
    expect(spy.mock.calls[0][0]).toMatchObject({ format: 'mpegts' })
    expect(d.pushes[0]).toContain('streamid=#!::h=push.example.test,r=live/show_preflight_abc,')
  })

  it('an answered induction and an unanswered conclusion is not "UDP blocked"', async () => {
    const d = deps({ srt: 'udp-no-answer' })
    const real = d.srtHandshake
    d.srtHandshake = async (...a) => {
      const r = await real(...a)
      return { ...r, evidence: { ...r.evidence, inductionMs: 12 } }
    }
    expect(await checkSrt(input(), d)).toMatchObject({ ok: false, code: 'srt-no-conclusion' })
  })

  it('a check that throws becomes a row that says so', async () => {
    const row = failedEntry(input(), 'srt', new Error('boom'))
    expect(row).toMatchObject({
      transport: 'srt',
      ok: false,
      code: 'transport-error',
      params: { error: 'boom' },
      port: 9000
    })
  })

  it('keeps the handshake verdict when ffmpeg has no SRT', async () => {
    const d = deps()
    const row = await checkSrt(input({ ffmpeg: { ...FFMPEG, hasSrt: false } }), d)
    expect(row).toMatchObject({ ok: true, code: 'transport-ok', media: 'not-tested-no-support' })
    expect(d.pushes).toEqual([])
  })

  it('presents no real stream id when the stream may be live and there is no key', async () => {
    const d = deps()
    const spy = vi.spyOn(d, 'srtHandshake')
    const row = await checkSrt(input({ probeUrl: () => undefined, realProbe: false }), d)
    expect(row.code).toBe('transport-not-tested')
    expect(spy).not.toHaveBeenCalled()
  })

  it('gives ffmpeg the stream id as Tencent writes it (ffmpeg does not decode it)', () => {
    const out = ffmpegSrtOutput(url, '::1', 9000)
    expect(out).toBe(
      `srt://[::1]:9000?streamid=#!::h=push.example.test,r=live/show,txSecret=${SECRET},txTime=5C271099`
    )
  })
})

describe('rtmpEntry', () => {
  const dns = { evidence: { addresses: { v4: ['127.0.0.1'], v6: [] } } }
  it('reads a filtered port as tcp-filtered', () => {
    const checks = {
      parse: parsed,
      dns,
      port: {
        id: 'port',
        status: 'fail',
        code: 'port-filtered',
        timing,
        evidence: { ip: '127.0.0.1' }
      }
    } as unknown as ReportChecks
    expect(rtmpEntry(url, 1935, checks, 5000)).toMatchObject({
      transport: 'rtmp',
      ok: false,
      code: 'tcp-filtered',
      port: 1935
    })
  })

  it('reads a sustained probe push as working', () => {
    const pass = (code: string): unknown => ({ status: 'pass', code, timing, evidence: {} })
    const checks = {
      parse: parsed,
      dns,
      port: pass('port-open'),
      handshake: pass('handshake-ok'),
      publishProbe: pass('publish-accepted'),
      testPush: pass('push-ok')
    } as unknown as ReportChecks
    expect(rtmpEntry(url, 1935, checks, 9000)).toMatchObject({
      ok: true,
      code: 'transport-ok',
      media: 'sustained',
      durationMs: 9000
    })
  })
})
