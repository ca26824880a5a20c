import { afterEach, describe, expect, it } from 'vitest'
import {
  createTencentApiSession,
  realTencentApiDeps,
  sdkCaller
} from '../../../src/main/preflight/tencent-api-check'
import { liveEndpoint } from '../../../src/main/preflight/tencent-api/live-client'
import { parseStopReason, tellingEvent } from '../../../src/shared/tencent-api'
import { startFakeCssApi, type FakeAnswer, type FakeCssApi } from '../../fixtures/fake-css-api'

const ID = 'AKIDfakeTestSecretId0123456789'
const KEY = 'fakeTestSecretKey0123456789abcdef'
const target = { domain: 'push.example.com', app: 'live', stream: 'show' }

let api: FakeCssApi | undefined
afterEach(async () => {
  await api?.close()
  api = undefined
})

async function session(
  answers: Record<string, FakeAnswer>,
  opts: { key?: string; skewMs?: number; timeoutMs?: number } = {}
): Promise<{ s: ReturnType<typeof createTencentApiSession>; fake: FakeCssApi }> {
  const fake = await startFakeCssApi({
    secretId: ID,
    secretKey: KEY,
    answers,
    now: () => Date.now() + (opts.skewMs ?? 0)
  })
  api = fake
  const timeoutMs = opts.timeoutMs ?? realTencentApiDeps.timeoutMs
  const call = sdkCaller(
    { secretId: ID, secretKey: opts.key ?? KEY, endpoint: fake.url },
    timeoutMs
  )
  const s = createTencentApiSession(call, target, Date.now(), '127.0.0.1', {
    ...realTencentApiDeps,
    timeoutMs
  })
  return { s, fake }
}

describe('the CSS API session against the fake API (real SDK signing)', () => {
  it.each(['active', 'inactive', 'forbid'] as const)('reads the stream state %s', async (state) => {
    const { s, fake } = await session({
      DescribeLiveStreamState: { response: { StreamState: state } }
    })
    expect(await s.streamState()).toBe(state)
    const r = s.result()
    expect(r.code).toBe(`api-state-${state}`)
    expect(r.status).toBe(state === 'forbid' ? 'fail' : state === 'active' ? 'warn' : 'pass')
    expect(r.evidence.calls[0]).toMatchObject({ action: 'DescribeLiveStreamState', code: 'api-ok' })
    expect(r.evidence.calls[0].requestId).toMatch(/^[0-9a-f-]{36}$/)
    expect(fake.requests[0].params).toEqual({
      DomainName: 'push.example.com',
      AppName: 'live',
      StreamName: 'show'
    })
  })

  it('a wrong secret key fails the signature check: bad credentials, the key nowhere in the result', async () => {
    const { s } = await session(
      { DescribeLiveStreamState: { response: { StreamState: 'active' } } },
      { key: 'wrongKey0123456789' }
    )
    expect(await s.streamState()).toBeUndefined()
    const r = s.result()
    expect(r.code).toBe('api-bad-credentials')
    expect(r.evidence.errorCode).toBe('AuthFailure.SignatureFailure')
    expect(JSON.stringify(r)).not.toContain('wrongKey0123456789')
    expect(JSON.stringify(r)).not.toContain(ID)
  })

  it('a clock 10 minutes off is told as clock skew (AuthFailure.SignatureExpire)', async () => {
    const { s } = await session(
      { DescribeLiveStreamState: { response: { StreamState: 'inactive' } } },
      { skewMs: 10 * 60_000 }
    )
    await s.streamState()
    expect(s.result().code).toBe('api-clock-skew')
  })

  it.each([
    ['AuthFailure.UnauthorizedOperation', 'api-no-permission'],
    ['ResourceNotFound.DomainNotExist', 'api-unknown-domain'],
    ['InternalError', 'api-server-error']
  ])('Tencent error %s reads as %s', async (code, expected) => {
    const { s } = await session({ DescribeLiveStreamState: { error: { code } } })
    await s.streamState()
    expect(s.result().code).toBe(expected)
  })

  it('a hanging API is cut at the call timeout and reads as a timeout', async () => {
    const { s } = await session({ DescribeLiveStreamState: { hang: true } }, { timeoutMs: 300 })
    const started = Date.now()
    await s.streamState()
    expect(s.result().code).toBe('api-timeout')
    // A hang guard, not a timing assertion: far under the SDK's own multi-second timeout.
    expect(Date.now() - started).toBeLessThan(20_000)
  })

  it.each([
    ['not JSON', { raw: '<html>gateway</html>' }],
    ['no Response', { raw: '{"foo":1}' }],
    ['a state Tencent never sends', { response: { StreamState: 'exploded' } }]
  ] as const)('a malformed answer (%s) reads as malformed', async (_name, answer) => {
    const { s } = await session({ DescribeLiveStreamState: answer as FakeAnswer })
    expect(await s.streamState()).toBeUndefined()
    expect(s.result().code).toBe('api-malformed')
  })

  it('nothing listens: unreachable', async () => {
    const call = sdkCaller({ secretId: ID, secretKey: KEY, endpoint: 'http://127.0.0.1:9' }, 2000)
    const s = createTencentApiSession(call, target, Date.now(), '127.0.0.1')
    await s.streamState()
    expect(s.result().code).toBe('api-unreachable')
  })

  it('reads the event list (failed starts, stop reasons) and what the ingest received', async () => {
    const now = Date.now()
    const iso = (ms: number): string => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z')
    const { s, fake } = await session({
      DescribeLiveStreamState: { response: { StreamState: 'inactive' } },
      DescribeLiveStreamEventList: {
        response: {
          EventList: [
            {
              StreamStartTime: iso(now - 600_000),
              StreamEndTime: iso(now - 300_000),
              StopReason: '1',
              Duration: 300
            },
            {
              StreamStartTime: iso(now - 60_000),
              StreamEndTime: iso(now - 60_000),
              StopReason: '18_503',
              Duration: 0,
              ClientIp: '203.0.113.9'
            }
          ],
          TotalNum: 2
        }
      },
      DescribeStreamPushInfoList: {
        response: {
          DataInfoList: [
            {
              StreamName: 'show_preflight_x',
              VideoFps: 24.8,
              VideoSpeed: 1900,
              AudioSpeed: 64,
              Vcodec: 'H264'
            }
          ]
        }
      }
    })
    await s.streamState()
    await s.eventList()
    await s.pushInfo('show_preflight_x', { kbps: 2100, fps: 25 })
    const e = s.result().evidence
    expect(e.stopReasonId).toBe('txsecret-wrong')
    expect(e.stopReasonCode).toBe('18/503')
    expect(e.events).toHaveLength(2)
    expect(e.received).toMatchObject({
      videoFps: 24.8,
      videoKbps: 1900,
      audioKbps: 64,
      videoCodec: 'H264',
      sentKbps: 2100
    })
    expect(e.receivedKbps).toBe(1964)
    const list = fake.requests.find((r) => r.action === 'DescribeLiveStreamEventList')
    expect(list?.params).toMatchObject({
      IsFilter: 0,
      IsStrict: 1,
      StreamName: 'show',
      DomainName: 'push.example.com'
    })
    expect(String(list?.params.StartTime)).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/)
    expect(fake.requests.map((r) => r.action)).toEqual([
      'DescribeLiveStreamState',
      'DescribeLiveStreamEventList',
      'DescribeStreamPushInfoList'
    ])
  })
})

describe('stop reasons and endpoints (pure)', () => {
  it.each([
    ['18_305', 'stream-disabled', 'disabled'],
    ['18,601', 'too-many-pushers', 'in-use'],
    ['501', 'txtime-expired', 'expiry'],
    ['13', 'client-network', 'network'],
    ['18_999', 'unknown', 'unknown']
  ])('%s → %s (%s)', (raw, id, kind) => {
    expect(parseStopReason(raw)).toMatchObject({ id, kind })
  })
  it('no digits: no stop reason', () => expect(parseStopReason('n/a')).toBeUndefined())
  it('the latest refusal tells more than a later ordinary stop', () => {
    const ev = tellingEvent([
      { startedAt: 2, stopReason: parseStopReason('1'), duringRun: false },
      { startedAt: 1, stopReason: parseStopReason('18_305'), duringRun: false }
    ])
    expect(ev?.stopReason?.id).toBe('stream-disabled')
  })
  it('an IP endpoint is connected to but signed for the live host; a live.* host is used as is', () => {
    expect(liveEndpoint(new URL('http://127.0.0.1:8080'))).toEqual({
      protocol: 'http:',
      signedHost: 'live.tencentcloudapi.com',
      port: 8080,
      connectTo: '127.0.0.1'
    })
    expect(liveEndpoint(new URL('https://live.ap-guangzhou.tencentcloudapi.com'))).toEqual({
      protocol: 'https:',
      signedHost: 'live.ap-guangzhou.tencentcloudapi.com',
      port: undefined
    })
  })
})

describe('rate limit', () => {
  it('waits the minimum gap between two calls (asked of the injected sleep, no real timing)', async () => {
    const waits: number[] = []
    const call = async (): Promise<unknown> => ({
      StreamState: 'inactive',
      EventList: [],
      RequestId: 'r'
    })
    const s = createTencentApiSession(call, target, 0, 'x', {
      ...realTencentApiDeps,
      now: () => 1000,
      sleep: async (ms) => void waits.push(ms),
      minGapMs: 250
    })
    await Promise.all([s.streamState(), s.eventList()])
    expect(waits.filter((w) => w > 0)).toEqual([250])
    expect(s.result().evidence.calls.map((c) => c.code)).toEqual(['api-ok', 'api-ok'])
  })
})
