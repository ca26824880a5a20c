/**
 * The CLI end to end with Tencent API credentials: the real RTMP ingest fixture on loopback, real
 * ffmpeg, and the fake CSS API (which checks the SDK's TC3 signatures). Tencent's answer confirms
 * "disabled" and "in use", names a failed start's stop reason, and reports what the ingest
 * received from the test push; without credentials nothing is asked and nothing changes.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { EXIT, main } from '../../src/main/cli'
import { computeTxSecret } from '../../src/main/preflight/signature-check'
import type { Report } from '../../src/shared/report'
import { startDnsServer, type DnsServerFixture } from '../fixtures/dns-server'
import { startFakeCssApi, type FakeCssApi, type FakeCssApiOptions } from '../fixtures/fake-css-api'
import { startIngest, type Ingest, type IngestOptions } from '../fixtures/rtmp-ingest'
import { pidAlive } from '../fixtures/rtmp-ingest-push'
import { memoryIo } from '../helpers/memory-io'

const KEY = 'cli-api-test-key-0123456789'
const HOST = 'push.api.test'
const SECRET_ID = 'AKIDcliTestSecretId0123456789abcd'
const SECRET_KEY = 'cliTestSecretKey0123456789abcdef'
const env = { TENCENTCLOUD_SECRET_ID: SECRET_ID, TENCENTCLOUD_SECRET_KEY: SECRET_KEY }

function signedUrl(port: number, stream: string, key = KEY): string {
  const txTime = Math.floor(Date.now() / 1000 + 20 * 3600)
    .toString(16)
    .toUpperCase()
  return `rtmp://${HOST}:${port}/live/${stream}?txSecret=${computeTxSecret(key, stream, txTime, 'md5')}&txTime=${txTime}`
}
const iso = (ms: number): string => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z')

let dns: DnsServerFixture
beforeAll(async () => {
  dns = await startDnsServer({
    [HOST]: { cname: 'api.test.tlivepush.com' },
    'api.test.tlivepush.com': { a: ['127.0.0.1'] }
  })
})
afterAll(async () => {
  await dns.close()
})
const cleanups: Array<() => Promise<void>> = []
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c()
})

async function world(
  ingestOpts: IngestOptions,
  answers: FakeCssApiOptions['answers']
): Promise<{ ingest: Ingest; api: FakeCssApi }> {
  const ingest = await startIngest({ key: KEY, ...ingestOpts })
  cleanups.push(() => ingest.close())
  const api = await startFakeCssApi({ secretId: SECRET_ID, secretKey: SECRET_KEY, answers })
  cleanups.push(() => api.close())
  return { ingest, api }
}

/** Runs `check` twice-safe: the report (JSON) or the human text, never a credential in either. */
async function check(
  args: string[],
  apiUrl: string | undefined,
  json: boolean
): Promise<{ code: number; out: string; report?: Report }> {
  const io = memoryIo({ env: apiUrl ? env : {} })
  const argv = [
    'check',
    ...args,
    '--dns',
    `127.0.0.1:${dns.port}`,
    '--transports',
    'rtmp',
    ...(apiUrl ? ['--api-endpoint', apiUrl] : []),
    ...(json ? ['--json'] : [])
  ]
  const code = await main(argv, io)
  for (const s of [SECRET_ID, SECRET_KEY]) {
    expect(io.out).not.toContain(s)
    expect(io.err).not.toContain(s)
  }
  const report = json ? (JSON.parse(io.out) as Report) : undefined
  const pid = report?.checks.testPush?.evidence.pid
  if (pid !== undefined) expect(pidAlive(pid)).toBe(false)
  return { code, out: io.out, report }
}

describe('CLI with Tencent API credentials (fake API on loopback)', () => {
  it('a disabled stream is confirmed by Tencent (forbid), not "in use or disabled"', async () => {
    const { ingest, api } = await world(
      { disabledStreams: ['api_off'] },
      {
        DescribeLiveStreamState: { response: { StreamState: 'forbid' } },
        DescribeLiveStreamEventList: { response: { EventList: [], TotalNum: 0 } }
      }
    )
    const url = signedUrl(ingest.port, 'api_off')
    const j = await check([url, '--key', KEY], api.url, true)
    expect(j.code).toBe(EXIT.notReady)
    expect(j.report?.checks.tencentApi?.code).toBe('api-state-forbid')
    expect(j.report?.causes[0]).toMatchObject({
      id: 'stream-in-use',
      confidence: 'confirmed',
      reason: 'api-forbid'
    })
    expect(j.report?.causes.some((c) => c.reason === 'in-use-probe')).toBe(false)
    // Asked before anything was sent to the stream name: the state first.
    expect(api.requests[0]).toMatchObject({
      action: 'DescribeLiveStreamState',
      params: { DomainName: HOST, AppName: 'live', StreamName: 'api_off' }
    })
    const h = await check([url, '--key', KEY], api.url, false)
    expect(h.out).toContain('Confirmed by Tencent: the stream api_off is disabled')
    expect(h.out).toContain('Tencent says api_off is disabled')
  }, 40_000)

  it('a live stream is confirmed in use by Tencent and its real name is never probed', async () => {
    const { ingest, api } = await world(
      {},
      {
        DescribeLiveStreamState: { response: { StreamState: 'active' } },
        DescribeLiveStreamEventList: { response: { EventList: [], TotalNum: 0 } }
      }
    )
    const j = await check([signedUrl(ingest.port, 'api_live'), '--no-push'], api.url, true)
    expect(j.report?.checks.tencentApi?.code).toBe('api-state-active')
    expect(j.report?.causes).toContainEqual(
      expect.objectContaining({
        id: 'stream-in-use',
        confidence: 'confirmed',
        reason: 'api-active'
      })
    )
    expect(j.report?.checks.publishProbe).toBeUndefined()
    expect(j.report?.notes.map((n) => n.code)).toContain('note.real-probe-skipped-api-active')
    // Nothing reached the ingest under the live stream's name.
    expect(ingest.attempts.filter((a) => a.stream === 'api_live')).toEqual([])
    const h = await check([signedUrl(ingest.port, 'api_live'), '--no-push'], api.url, false)
    expect(h.out).toContain('Confirmed by Tencent: api_live is being pushed right now')
    expect(ingest.attempts.filter((a) => a.stream === 'api_live')).toEqual([])
  }, 40_000)

  it("a failed start's stop reason (18/503, txSecret wrong) names the signature, shown in the output", async () => {
    const started = Date.now()
    const { ingest, api } = await world(
      {},
      {
        DescribeLiveStreamState: { response: { StreamState: 'inactive' } },
        // The refused start of this run, as Tencent would record it.
        DescribeLiveStreamEventList: () => ({
          response: {
            EventList: [
              {
                StreamStartTime: iso(started + 1000),
                StreamEndTime: iso(started + 1000),
                StopReason: '18_503',
                Duration: 0
              }
            ],
            TotalNum: 1
          }
        })
      }
    )
    const url = signedUrl(ingest.port, 'api_sig', 'not-the-right-key-000')
    const j = await check([url, '--no-push'], api.url, true)
    expect(j.code).toBe(EXIT.notReady)
    expect(j.report?.checks.publishProbe?.code).toMatch(/^publish-rejected/)
    expect(j.report?.causes[0]).toMatchObject({
      id: 'signature',
      reason: 'api-stop-signature',
      confidence: 'confirmed'
    })
    expect(j.report?.causes.some((c) => c.id === 'stream-in-use')).toBe(false)
    expect(j.report?.checks.tencentApi?.evidence).toMatchObject({
      stopReasonId: 'txsecret-wrong',
      stopReasonCode: '18/503'
    })
    const h = await check([url, '--no-push'], api.url, false)
    expect(h.out).toContain(
      "Tencent's record of the last push of api_sig: the txSecret is wrong (code 18/503)."
    )
  }, 40_000)

  it('after a test push, what the ingest received is shown next to what ffmpeg sent', async () => {
    let ingestRef: Ingest | undefined
    const { ingest, api } = await world(
      {},
      {
        DescribeLiveStreamState: { response: { StreamState: 'inactive' } },
        DescribeLiveStreamEventList: { response: { EventList: [], TotalNum: 0 } },
        // The streams the ingest is receiving right now, as Tencent would list them.
        DescribeStreamPushInfoList: () => ({
          response: {
            DataInfoList: (ingestRef?.attempts ?? [])
              .filter((a) => a.accepted)
              .map((a) => ({
                StreamName: a.stream,
                AppName: 'live',
                VideoFps: 25,
                VideoSpeed: 1800,
                AudioSpeed: 64,
                Vcodec: 'H264',
                Acodec: 'AAC'
              }))
          }
        })
      }
    )
    ingestRef = ingest
    const j = await check(
      [signedUrl(ingest.port, 'api_rx'), '--key', KEY, '--push-seconds', '6'],
      api.url,
      true
    )
    expect(j.report?.checks.testPush?.code).toBe('push-ok')
    const rx = j.report?.checks.tencentApi?.evidence.received
    expect(rx?.stream).toBe(j.report?.inputs.probeStream)
    expect(rx).toMatchObject({ videoFps: 25, videoKbps: 1800, audioKbps: 64 })
    expect(rx?.sentKbps).toBeGreaterThan(0)
    expect(api.requests.map((r) => r.action)).toEqual([
      'DescribeLiveStreamState',
      'DescribeLiveStreamEventList',
      'DescribeStreamPushInfoList'
    ])
    const h = await check(
      [signedUrl(ingest.port, 'api_rx'), '--key', KEY, '--push-seconds', '6'],
      api.url,
      false
    )
    expect(h.out).toMatch(
      /Tencent received 25 fps, 1864 kbit\/s from the test stream \(ffmpeg sent \d+ kbit\/s\)/
    )
  }, 60_000)

  it('without credentials nothing is asked and the report is as before; an unanswering API changes no verdict', async () => {
    const { ingest, api } = await world({}, { DescribeLiveStreamState: { hang: true } })
    const url = signedUrl(ingest.port, 'api_none', 'wrong-key-for-a-pair-0')
    const plain = await check([url, '--no-push'], undefined, true)
    expect(api.requests).toEqual([])
    expect(plain.report?.checks.tencentApi).toBeUndefined()
    expect(plain.report?.timeline.some((t) => t.phase === 'api')).toBe(false)
    const hung = await check([url, '--no-push'], api.url, true)
    expect(hung.report?.checks.tencentApi?.code).toBe('api-timeout')
    // The API that never answered leaves the diagnosis exactly as the network evidence made it.
    expect(hung.report?.causes).toEqual(plain.report?.causes)
    expect(hung.report?.verdict).toBe(plain.report?.verdict)
    expect(hung.report?.notes).toEqual(plain.report?.notes)
  }, 40_000)
})

describe('CLI API options: bad input is one line, exit 2', () => {
  it.each([
    [
      ['--api-secret-id', 'AKIDx'],
      {},
      /SecretKey \(--api-secret-key or TENCENTCLOUD_SECRET_KEY\) is missing/
    ],
    [
      [],
      { TENCENTCLOUD_SECRET_KEY: 'k' },
      /SecretId \(--api-secret-id or TENCENTCLOUD_SECRET_ID\) is missing/
    ],
    [
      ['--api-endpoint', 'ftp://127.0.0.1'],
      env,
      /--api-endpoint must be an http:\/\/ or https:\/\/ address/
    ],
    [['--api-endpoint', 'http://127.0.0.1/path?x=1'], env, /--api-endpoint must be/],
    [['--api-endpoint', 'http://127.0.0.1'], {}, /need API credentials/],
    [['--api-region', 'Guangzhou!'], env, /--api-region must be/]
  ])('%j', async (args, e, message) => {
    const io = memoryIo({ env: e as Record<string, string> })
    const code = await main(['check', 'rtmp://h.example/live/s', ...args], io)
    expect(code).toBe(EXIT.badInput)
    expect(io.err).toMatch(message)
    expect(io.err.trim().split('\n')).toHaveLength(1)
    expect(io.out).toBe('')
  })
})
