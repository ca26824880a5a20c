/**
 * The app with Tencent API credentials, end to end in Chromium: the credentials are entered and
 * saved in the start screen's settings panel, and every check then asks the loopback fake of
 * Tencent's CSS API (which verifies the SDK's TC3 signatures) next to the real RTMP ingest fixture.
 * Tencent's answer confirms "disabled" and "in use" (and the real name of a live stream is never
 * probed), names a failed start's stop reason, and shows what the ingest received from the test
 * push. Forgetting the credentials puts the app back to asking nothing.
 */
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { computeTxSecret } from '../../src/main/preflight/signature-check'
import type { NetworkIdentity } from '../../src/shared/report'
import { startDnsServer, type DnsServerFixture } from '../fixtures/dns-server'
import { startFakeCssApi, type FakeAnswer, type FakeCssApi } from '../fixtures/fake-css-api'
import { startIngest, type Ingest } from '../fixtures/rtmp-ingest'
import { txTimeHex } from '../fixtures/rtmp-ingest-push'
import type { Bridge } from './bridge'
import { openApp, screenshots, type E2eApp, type Shots } from './harness'

const KEY = 'e2e-api-push-key-51c0'
const HOST = 'live.api-e2e.test'
const CNAME = 'live.api-e2e.test.tlivepush.com'
const SECRET_ID = 'AKIDe2eApiSecretId0123456789wxyz'
const SECRET_KEY = 'e2eApiSecretKey0123456789abcdefgh'
/** A documentation address (RFC 5737): an identity only, never contacted. */
const VENUE: NetworkIdentity = {
  interfaces: [{ name: 'wlan0', addresses: ['198.51.100.23/24'] }],
  defaultGateway: '198.51.100.1',
  dnsServers: ['198.51.100.1']
}
/** Hang guard for one run (API calls, probes and a short test push), not a speed bound. */
const VERDICT_TIMEOUT = 45_000

/** The streams of the scenarios, and what Tencent says about each. */
const DISABLED = 'api_off'
const LIVE = 'api_live'
const REFUSED = 'api_sig'
const RECEIVED = 'api_rx'

let ingest: Ingest
let dns: DnsServerFixture
let fake: FakeCssApi
let app: E2eApp | undefined
let page: Page
let bridge: Bridge
let shots: Shots

const iso = (ms: number): string => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z')

/** The stream's state as Tencent would answer it. */
function stateOf(params: Record<string, unknown>): FakeAnswer {
  const name = params.StreamName
  const state = name === DISABLED ? 'forbid' : name === LIVE ? 'active' : 'inactive'
  return { response: { StreamState: state } }
}

/** The refused start of this very run for the signature scenario; no events otherwise. */
function eventsOf(params: Record<string, unknown>): FakeAnswer {
  if (params.StreamName !== REFUSED) return { response: { EventList: [], TotalNum: 0 } }
  const at = iso(Date.now())
  return {
    response: {
      EventList: [{ StreamStartTime: at, StreamEndTime: at, StopReason: '18_503', Duration: 0 }],
      TotalNum: 1
    }
  }
}

/** The streams the ingest is receiving right now, with the rates Tencent would report. */
function pushInfo(): FakeAnswer {
  const live = ingest.attempts.filter((a) => a.accepted)
  return {
    response: {
      DataInfoList: live.map((a) => ({
        StreamName: a.stream,
        AppName: 'live',
        VideoFps: 25,
        VideoSpeed: 1800,
        AudioSpeed: 64,
        Vcodec: 'H264',
        Acodec: 'AAC'
      }))
    }
  }
}

function pushUrl(stream: string, key = KEY): string {
  const txTime = txTimeHex(Date.now() / 1000 + 20 * 3600)
  return `rtmp://${HOST}:${ingest.port}/live/${stream}?txSecret=${computeTxSecret(key, stream, txTime, 'md5')}&txTime=${txTime}`
}

/** Back to the start screen when a result is shown. */
async function toStart(): Promise<void> {
  const change = page.getByRole('button', { name: 'Change the URL' })
  if (await change.isVisible()) await change.click()
}

/** Start screen: the URL, the push key ('' for none), the DNS server, a short test push, RTMP only. */
async function enter(url: string, key: string): Promise<void> {
  await toStart()
  const field = page.getByRole('textbox', { name: 'Push URL' })
  await field.fill('')
  await field.fill(url)
  const keyField = page.getByLabel('Push key (optional, stays on this computer)')
  if ((await keyField.inputValue()) !== key) await keyField.fill(key)
  // "More options" (the settings panel is an "advanced" details too).
  const options = page.locator('details.advanced:not(.api-settings)')
  if (!(await options.evaluate((d) => (d as unknown as { open: boolean }).open)))
    await options.locator('summary').click()
  await page.getByLabel('DNS server (optional, IP[:port])').fill(`127.0.0.1:${dns.port}`)
  await page.getByLabel('Test push, seconds').fill('4')
  await page.getByLabel('No, it is not live now').check()
  // RTMP only: the ladder's RTMPS and SRT rows have nothing to say here.
  const protocols = page.locator('details.protocols')
  if (!(await protocols.evaluate((d) => (d as unknown as { open: boolean }).open)))
    await protocols.locator('summary').click()
  await protocols.getByLabel('RTMPS (TLS over TCP)').setChecked(false)
  await protocols.getByLabel('SRT (UDP)').setChecked(false)
  await expect
    .poll(() => page.getByRole('button', { name: 'Run the full check' }).isEnabled())
    .toBe(true)
}

async function run(): Promise<string> {
  await page.getByRole('button', { name: 'Run the full check' }).click()
  const verdict = page.getByTestId('verdict')
  await verdict.waitFor({ timeout: VERDICT_TIMEOUT })
  await expect.poll(() => bridge.running.size).toBe(0)
  return (await verdict.textContent()) ?? ''
}

/** The actions the fake was asked about one stream, in order. */
function askedAbout(stream: string): string[] {
  return fake.requests.filter((r) => r.params.StreamName === stream).map((r) => r.action)
}

beforeAll(async () => {
  shots = screenshots()
  ingest = await startIngest({ key: KEY, disabledStreams: [DISABLED] })
  dns = await startDnsServer({ [HOST]: { cname: CNAME }, [CNAME]: { a: ['127.0.0.1'] } })
  fake = await startFakeCssApi({
    secretId: SECRET_ID,
    secretKey: SECRET_KEY,
    answers: {
      DescribeLiveStreamState: stateOf,
      DescribeLiveStreamEventList: eventsOf,
      DescribeStreamPushInfoList: pushInfo
    }
  })
  app = await openApp(VENUE)
  ;({ page, bridge } = app)
  bridge.apiEndpoint = fake.url
}, 60_000)

afterAll(async () => {
  await app?.close()
  await fake?.close()
  await ingest?.close()
  await dns?.close()
  shots?.cleanup()
})

describe('Tencent API credentials in the app (fake CSS API on loopback)', () => {
  it('the settings panel saves the credentials; the page gets back only the SecretId’s last 4 characters', async () => {
    await expect
      .poll(() =>
        page.getByRole('heading', { name: 'Check your push before you go live' }).isVisible()
      )
      .toBe(true)
    const panel = page.locator('details.api-settings')
    await panel.locator('summary', { hasText: 'Tencent API credentials (optional)' }).click()
    expect(await panel.getByTestId('api-status').textContent()).toBe('No API credentials saved.')
    await panel.getByLabel('SecretId', { exact: true }).fill(SECRET_ID)
    await panel.getByLabel('SecretKey', { exact: true }).fill(SECRET_KEY)
    await panel.getByRole('button', { name: 'Save credentials' }).click()
    await expect
      .poll(() => panel.getByTestId('api-status').textContent())
      .toBe(`Saved: every check on this computer asks Tencent’s API. (…${SECRET_ID.slice(-4)})`)
    // Saved in main's store; the fields no longer hold them.
    expect(await bridge.apiCredentials.load()).toEqual({
      secretId: SECRET_ID,
      secretKey: SECRET_KEY
    })
    expect(await panel.getByLabel('SecretId', { exact: true }).inputValue()).toBe('')
    expect(await panel.getByLabel('SecretKey', { exact: true }).inputValue()).toBe('')
    expect(await page.content()).not.toContain(SECRET_KEY)
  })

  it('a disabled stream: "Confirmed by Tencent", not "in use or disabled"; in en, id and zh-CN', async () => {
    await enter(pushUrl(DISABLED), KEY)
    expect(await run()).toContain('Not ready')
    const cause = page.getByTestId('cause-stream-in-use')
    expect(await cause.getAttribute('data-status')).toBe('fail')
    expect(await cause.textContent()).toContain(
      `Confirmed by Tencent: the stream ${DISABLED} is disabled`
    )
    const card = page.getByTestId('tencent-api-card')
    expect(await card.getByRole('heading').textContent()).toBe('Tencent API — Confirmed by Tencent')
    expect(await card.textContent()).toContain(
      `Tencent says ${DISABLED} is disabled (on the Disabled Streams list).`
    )
    // The state was asked first, before anything was sent to the stream name.
    expect(askedAbout(DISABLED)[0]).toBe('DescribeLiveStreamState')
    expect(fake.requests.every((r) => r.error === undefined)).toBe(true)
    // RTMP only, as entered: the ladder has no RTMPS or SRT row.
    expect(await page.getByTestId('transport-rtmp').count()).toBe(1)
    expect(
      (await page.getByTestId('transport-rtmps').count()) +
        (await page.getByTestId('transport-srt').count())
    ).toBe(0)
    await card.scrollIntoViewIfNeeded()
    await shots.page(page, '25-tencent-confirmed')
    await page.getByLabel('Language').selectOption('id')
    await card.getByRole('heading', { name: 'Dikonfirmasi oleh Tencent' }).waitFor()
    await shots.page(page, '26-tencent-confirmed-id')
    await page.getByLabel('Bahasa').selectOption('zh-CN')
    await card.getByRole('heading', { name: '腾讯云已确认' }).waitFor()
    await shots.page(page, '27-tencent-confirmed-zh-CN')
    await page.getByLabel('语言').selectOption('en')
  })

  it('a live stream: in use, confirmed by Tencent, and its real name is never probed', async () => {
    await enter(pushUrl(LIVE), KEY)
    await run()
    // A warning: the live push may well be the user's own encoder.
    const cause = page.getByTestId('cause-stream-in-use')
    expect(await cause.getAttribute('data-status')).toBe('warn')
    expect(await cause.textContent()).toContain(
      `Confirmed by Tencent: ${LIVE} is being pushed right now`
    )
    expect(await page.getByTestId('tencent-api-card').getByRole('heading').textContent()).toBe(
      'Tencent API — Confirmed by Tencent'
    )
    expect(
      await page
        .getByText('Tencent said your stream is live, so its real name was not probed')
        .isVisible()
    ).toBe(true)
    // The ingest saw nothing under the live stream's name; the test push went to a probe name.
    expect(ingest.attempts.filter((a) => a.stream === LIVE)).toEqual([])
    expect(ingest.attempts.some((a) => a.stream.startsWith(`${LIVE}_preflight_`))).toBe(true)
  })

  it("a failed start: Tencent's stop reason (18/503, txSecret wrong) is shown and names the signature", async () => {
    // Signed with another key and no key entered: from outside, only "refused".
    await enter(pushUrl(REFUSED, 'not-the-right-key-000'), '')
    expect(await run()).toContain('Not ready')
    const card = page.getByTestId('tencent-api-card')
    expect(await card.textContent()).toContain(
      `Tencent's record of the last push of ${REFUSED}: the txSecret is wrong (code 18/503).`
    )
    const signature = page.getByTestId('cause-signature')
    expect(await signature.getAttribute('data-status')).toBe('fail')
    expect(await signature.textContent()).toContain(
      `Tencent recorded a refused start of ${REFUSED}: the txSecret was missing or wrong (code 18/503).`
    )
    // Told apart: not "in use or disabled".
    expect(await page.getByTestId('cause-stream-in-use').getAttribute('data-status')).not.toBe(
      'fail'
    )
    expect(askedAbout(REFUSED)).toEqual(['DescribeLiveStreamState', 'DescribeLiveStreamEventList'])
  })

  it('after a test push, the rate the ingest received is shown next to what ffmpeg sent', async () => {
    await enter(pushUrl(RECEIVED), KEY)
    await run()
    expect(await page.getByTestId('cause-stream-dropped').getAttribute('data-status')).toBe('pass')
    const card = page.getByTestId('tencent-api-card')
    expect(await card.textContent()).toMatch(
      /Tencent received 25 fps, 1864 kbit\/s from the test stream \(ffmpeg sent \d+ kbit\/s\)\./
    )
    expect(fake.requests.map((r) => r.action)).toContain('DescribeStreamPushInfoList')
    // The credentials are in no text the user can copy.
    const clipped = bridge.clipboard.length
    await page.getByRole('button', { name: 'Copy as text' }).click()
    await expect.poll(() => bridge.clipboard.length).toBe(clipped + 1)
    const text = bridge.clipboard.slice(clipped).join('\n')
    expect(text).toContain('Tencent received 25 fps')
    for (const s of [SECRET_ID, SECRET_KEY]) expect(text).not.toContain(s)
  })

  it('forgotten credentials: nothing is asked and no Tencent card', async () => {
    await toStart()
    const panel = page.locator('details.api-settings')
    if (!(await panel.evaluate((d) => (d as unknown as { open: boolean }).open)))
      await panel.locator('summary').click()
    await panel.getByRole('button', { name: 'Forget credentials' }).click()
    await expect
      .poll(() => panel.getByTestId('api-status').textContent())
      .toBe('No API credentials saved.')
    const asked = fake.requests.length
    await enter(pushUrl(DISABLED), KEY)
    expect(await run()).toContain('Not ready')
    expect(fake.requests.length).toBe(asked)
    expect(await page.getByTestId('tencent-api-card').count()).toBe(0)
    expect(await page.getByTestId('cause-stream-in-use').textContent()).not.toContain(
      'Confirmed by Tencent'
    )
  })
})
