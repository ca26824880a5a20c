/**
 * End to end in Debian's Chromium (playwright-core, never `playwright install`): the BUILT
 * renderer with its preload API bridged to the real engine, against the loopback fixtures.
 * Paste a URL, run, read the verdict and the card — ready, expired, stream in use, refused port
 * (through the 4G prompt and a network change to the side-by-side conclusion) — save and re-open
 * the report, switch languages, and save a screenshot of each screen. The screenshots go to a temp
 * folder that is removed afterwards, so `npm test` leaves the tree as it was; `npm run screenshots`
 * sets PP_SCREENSHOTS_DIR=docs/screenshots to refresh the README's pictures.
 */
import type { Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { locateFfmpeg } from '../../src/main/preflight/ffmpeg-locate'
import { computeTxSecret } from '../../src/main/preflight/signature-check'
import { analyzeOffline } from '../../src/main/preflight/offline-analysis'
import { redactDeep } from '../../src/shared/redact'
import type { NetworkIdentity, Report } from '../../src/shared/report'
import {
  transportUrl,
  type Transport,
  type TransportCode,
  type TransportEntry
} from '../../src/shared/transport'
import { startDnsServer, type DnsServerFixture } from '../fixtures/dns-server'
import { startIngest, type Ingest } from '../fixtures/rtmp-ingest'
import {
  pidAlive,
  signedPublishName,
  startPush,
  txTimeHex,
  type FfmpegPush
} from '../fixtures/rtmp-ingest-push'
import type { Bridge } from './bridge'
import { openApp, screenshots, type E2eApp, type Shots } from './harness'

const KEY = 'e2e-push-key-7f3a'
const HOST = 'live.e2e.test'
const CNAME = 'live.e2e.test.tlivepush.com'
/** Documentation addresses (RFC 5737): identities only, never contacted. */
const VENUE: NetworkIdentity = {
  interfaces: [{ name: 'wlan0', addresses: ['198.51.100.23/24'] }],
  defaultGateway: '198.51.100.1',
  dnsServers: ['198.51.100.1']
}
const HOTSPOT: NetworkIdentity = {
  interfaces: [{ name: 'wlan0', addresses: ['203.0.113.5/24'] }],
  defaultGateway: '203.0.113.1',
  dnsServers: ['203.0.113.1']
}
const VERDICT_TIMEOUT = 30_000
/** The demo's uplink case adds a clip encode and a ~13 s measured push to the run: hang guard only. */
const UPLINK_VERDICT_TIMEOUT = 120_000

let ingest: Ingest
let dns: DnsServerFixture
let app: E2eApp | undefined
let page: Page
let bridge: Bridge
let shots: Shots
let holder: FfmpegPush | undefined

function pushUrl(stream: string, validSec: number): string {
  const txTime = txTimeHex(Date.now() / 1000 + validSec)
  return `rtmp://${HOST}:${ingest.port}/live/${stream}?txSecret=${computeTxSecret(KEY, stream, txTime, 'md5')}&txTime=${txTime}`
}

async function shot(name: string, fullPage = true): Promise<void> {
  await shots.page(page, name, fullPage)
}

/** A screenshot of one part of the page (a card), in the same folder as the others. */
async function shotOf(part: Locator, name: string): Promise<void> {
  await shots.of(part, name)
}

/** Start screen: paste the URL and the key, DNS server and a short push in "More options". */
async function enter(url: string): Promise<void> {
  const field = page.getByRole('textbox', { name: 'Push URL' })
  await field.fill('')
  await field.fill(url)
  const key = page.getByLabel('Push key (optional, stays on this computer)')
  if ((await key.inputValue()) !== KEY) await key.fill(KEY)
  // "More options" (the Tencent API settings fold with the same class, further down the form).
  const options = page
    .locator('details.advanced')
    .filter({ has: page.locator('summary', { hasText: 'More options' }) })
  if (!(await options.evaluate((d) => (d as unknown as { open: boolean }).open)))
    await options.locator('summary').click()
  await page.getByLabel('DNS server (optional, IP[:port])').fill(`127.0.0.1:${dns.port}`)
  await page.getByLabel('Test push, seconds').fill('3')
  await page.getByLabel('No, it is not live now').check()
  await expect
    .poll(() => page.getByRole('button', { name: 'Run the full check' }).isEnabled())
    .toBe(true)
}

async function run(): Promise<string> {
  await page.getByRole('button', { name: 'Run the full check' }).click()
  const verdict = page.getByTestId('verdict')
  await verdict.waitFor({ timeout: VERDICT_TIMEOUT })
  return (await verdict.textContent()) ?? ''
}

async function status(id: string): Promise<string | null> {
  return page.getByTestId(`cause-${id}`).getAttribute('data-status')
}

beforeAll(async () => {
  shots = screenshots()
  ingest = await startIngest({ key: KEY })
  dns = await startDnsServer({ [HOST]: { cname: CNAME }, [CNAME]: { a: ['127.0.0.1'] } })
  app = await openApp(VENUE)
  ;({ page, bridge } = app)
}, 60_000)

afterAll(async () => {
  await holder?.kill()
  await app?.close()
  await ingest?.close()
  await dns?.close()
  shots?.cleanup()
})

describe('the wizard in Chromium, over the real engine', () => {
  it('start screen: paste a URL, the offline analysis appears as you type', async () => {
    await expect
      .poll(() =>
        page.getByRole('heading', { name: 'Check your push before you go live' }).isVisible()
      )
      .toBe(true)
    await shot('01-start', false)
    await enter(pushUrl('concert', 20 * 3600))
    await expect
      .poll(() => page.getByTestId('card-signature').textContent())
      .toMatch(/matches your primary key/)
    await shot('02-start-analysis')
  })

  it('ready: the running phases with the TEST note, then "Ready" and every card OK', async () => {
    await page.getByRole('button', { name: 'Run the full check' }).click()
    await page
      .getByText(/TEST — not live: pushing a test pattern to “concert_preflight_/)
      .waitFor({ timeout: 15_000 })
    await shot('03-running', false)
    await page.getByTestId('verdict').waitFor({ timeout: VERDICT_TIMEOUT })
    expect(await page.getByTestId('verdict').textContent()).toContain('Ready')
    for (const id of [
      'cname',
      'network',
      'expiry',
      'signature',
      'stream-in-use',
      'stream-dropped',
      'ffmpeg'
    ]) {
      expect(await status(id)).toBe('pass')
    }
    expect(await page.getByTestId('hotspot').count()).toBe(0)
    await shot('04-result-ready')
  })

  it('expired: "Not ready" and the expiry card', async () => {
    await page.getByRole('button', { name: 'Change the URL' }).click()
    await enter(pushUrl('concert', -2 * 3600))
    expect(await run()).toContain('Not ready')
    expect(await status('expiry')).toBe('fail')
    expect(await page.getByTestId('cause-expiry').textContent()).toContain(
      'The push URL has expired'
    )
    expect(await page.getByTestId('hotspot').count()).toBe(0)
    await shot('05-result-expired')
  })

  it('stream in use: another encoder holds the stream; the stream-in-use card says where to look', async () => {
    const ffmpeg = await locateFfmpeg()
    if (!ffmpeg.path) throw new Error('no ffmpeg for the other encoder')
    const txTime = txTimeHex(Date.now() / 1000 + 3600)
    holder = startPush({
      ffmpeg: ffmpeg.path,
      output: `${ingest.baseUrl}/live/${signedPublishName('stage', KEY, txTime)}`,
      seconds: 60
    })
    await ingest.waitForAttempt((a) => a.stream === 'stage' && a.accepted, 15_000)
    await page.getByRole('button', { name: 'Change the URL' }).click()
    await enter(pushUrl('stage', 20 * 3600))
    expect(await run()).toContain('Not ready')
    expect(await status('stream-in-use')).toBe('fail')
    expect(await page.getByTestId('cause-stream-in-use').textContent()).toContain(
      'Stream Management → Live Streams'
    )
    await shot('06-result-stream-in-use')
    const pid = holder.pid
    await holder.kill()
    holder = undefined
    expect(pidAlive(pid)).toBe(false)
  })

  it('refused port: the 4G prompt, "same network", then a real change and the side-by-side conclusion', async () => {
    // The venue's DNS answers with an address where nothing listens: the port is refused.
    dns.set(CNAME, { a: ['127.0.0.2'] })
    await page.getByRole('button', { name: 'Change the URL' }).click()
    await enter(pushUrl('concert', 20 * 3600))
    expect(await run()).toContain('Not ready')
    expect(await status('network')).toBe('fail')
    expect(await page.getByTestId('cause-network').textContent()).toMatch(
      new RegExp(`TCP ${ingest.port} to 127\\.0\\.0\\.2: refused`)
    )
    const prompt = page.getByTestId('hotspot')
    await prompt.waitFor()
    await shot('07-hotspot-prompt')
    await prompt.getByRole('button', { name: 'Retry on the hotspot' }).click()
    await page.getByText(/still seems to be on the same network/).waitFor()
    // Now "connect to the phone hotspot": another network identity, another DNS answer.
    bridge.network.identity = HOTSPOT
    dns.set(CNAME, { a: ['127.0.0.1'] })
    await prompt.getByRole('button', { name: 'Retry on the hotspot' }).click()
    const conclusion = page.getByTestId('conclusion')
    await conclusion.waitFor({ timeout: VERDICT_TIMEOUT })
    expect(await conclusion.textContent()).toBe(
      `This network blocks TCP ${ingest.port} to ${HOST}: ask its IT to allow outbound TCP ${ingest.port} to ${HOST} (127.0.0.1), or stream over the hotspot.`
    )
    await page.getByTestId('comparison').scrollIntoViewIfNeeded()
    await shot('08-comparison')
    await page.getByRole('button', { name: 'Go/no-go sheet for venue IT' }).click()
    expect(await page.getByTestId('sheet-decision').textContent()).toBe('NO-GO')
    await shot('09-go-no-go-sheet', false)
    await page.getByRole('button', { name: 'Back to the result' }).click()
  })

  it('the report: saved as JSON and Markdown, copied, and re-opened as a saved report', async () => {
    await page.getByRole('button', { name: /Save report \(JSON/ }).click()
    await page.getByRole('button', { name: 'Save as text (Markdown)' }).click()
    await page.getByRole('button', { name: 'Copy as text' }).click()
    await expect.poll(() => bridge.saved.length + bridge.clipboard.length).toBe(3)
    const json = bridge.saved.find((s) => s.format === 'json')?.content ?? ''
    expect(JSON.parse(json).comparison.conclusion).toBe('network-blocks')
    expect(json).not.toContain(KEY)
    expect(bridge.clipboard[0]).toContain('This network vs the phone hotspot')
    bridge.nextOpen = json
    await page.getByRole('button', { name: 'Open a saved report' }).click()
    await page.getByTestId('saved-banner').waitFor()
    expect(await page.getByTestId('saved-banner').textContent()).toMatch(
      /Saved report “support-case\.json”, checked .* on /
    )
    expect(await page.getByTestId('conclusion').textContent()).toContain('This network blocks TCP')
    await shot('10-saved-report', false)
  })

  it('in Bahasa Indonesia and Simplified Chinese', async () => {
    await page.getByLabel('Language').selectOption('id')
    await page.getByRole('heading', { name: 'Jaringan ini vs hotspot ponsel' }).waitFor()
    expect(await page.getByTestId('conclusion').textContent()).toContain(
      'Jaringan ini memblokir TCP'
    )
    await shot('11-saved-report-id')
    await page.getByLabel('Bahasa').selectOption('zh-CN')
    await page.getByRole('heading', { name: '当前网络与手机热点对比' }).waitFor()
    expect(await page.getByTestId('conclusion').textContent()).toContain('当前网络拦截了')
    await shot('12-saved-report-zh-CN')
    await page.getByLabel('语言').selectOption('en')
  })

  it('the push URL generator warns under 12 hours; dark mode follows the OS', async () => {
    await page.getByRole('tab', { name: 'Generate a push URL' }).click()
    const gen = page.getByRole('tabpanel', { name: 'Generate a push URL' })
    await gen.getByLabel('Push domain', { exact: true }).fill(HOST)
    await gen.getByLabel('StreamName', { exact: true }).fill('concert')
    await gen.getByLabel('Push key', { exact: true }).fill(KEY)
    await gen.getByLabel('Valid for, hours').fill('6')
    await gen.getByRole('button', { name: 'Generate a push URL' }).click()
    await page.getByTestId('generated-url').waitFor()
    expect(await page.getByTestId('generated-url').textContent()).toMatch(
      /^rtmp:\/\/live\.e2e\.test\/live\/concert\?txSecret=[0-9a-f]{32}&txTime=[0-9A-F]{8}$/
    )
    expect(await page.getByText(/Valid for less than 12 hours/).isVisible()).toBe(true)
    await shot('13-generate', false)
    await page.emulateMedia({ colorScheme: 'dark' })
    await page.getByRole('tab', { name: 'Check a push URL' }).click()
    await shot('14-saved-report-dark', false)
    await page.emulateMedia({ colorScheme: 'light' })
  })

  it('"Try the demo": a whole run against the local demo server, marked as a demo', async () => {
    await page.getByRole('button', { name: 'Change the URL' }).click()
    await page.getByLabel('Demo scenario').selectOption('expiry')
    await page.getByRole('button', { name: 'Try the demo' }).click()
    await page.getByTestId('verdict').waitFor({ timeout: VERDICT_TIMEOUT })
    expect(await page.getByTestId('demo-banner').textContent()).toContain(
      'Demo: this result comes from a test server on this computer'
    )
    expect(await status('expiry')).toBe('fail')
    expect(bridge.running.size).toBe(0)
  })

  it(
    "the demo's slow uplink: the uplink card with its numbers (and chart, when measured); in en, id and zh-CN",
    async () => {
      await page.getByRole('button', { name: 'Change the URL' }).click()
      await page.getByLabel('Demo scenario').selectOption('uplink')
      await page.getByRole('button', { name: 'Try the demo' }).click()
      // Test push, clip and a ~13 s measured push: a generous hang guard, not a speed bound.
      await page.getByTestId('verdict').waitFor({ timeout: UPLINK_VERDICT_TIMEOUT })
      const card = page.getByTestId('uplink-card')
      await card.waitFor()
      expect(await card.getByRole('heading', { name: 'Uplink' }).isVisible()).toBe(true)
      // The planned bitrate is the engine's default; what was measured depends on the machine.
      expect(await page.getByTestId('uplink-planned').textContent()).toBe(
        'Planned bitrate3000 kbit/s'
      )
      expect(await card.getAttribute('class')).toMatch(/card-(pass|warn|fail)/)
      if ((await page.getByTestId('uplink-chart').count()) > 0) {
        expect(
          await page.getByTestId('uplink-chart').getByRole('img').getAttribute('aria-label')
        ).toMatch(/^Send rate of each second over \d+ s/)
      }
      expect(bridge.running.size).toBe(0)
      await shotOf(card, '22-uplink-card')
      await page.getByLabel('Language').selectOption('id')
      await page.getByTestId('uplink-planned').getByText('Bitrate rencana').waitFor()
      await shotOf(card, '23-uplink-card-id')
      await page.getByLabel('Bahasa').selectOption('zh-CN')
      await page.getByTestId('uplink-planned').getByText('计划码率').waitFor()
      await shotOf(card, '24-uplink-card-zh-CN')
      await page.getByLabel('语言').selectOption('en')
    },
    UPLINK_VERDICT_TIMEOUT + 30_000
  )
})

/**
 * The venue case of the transport ladder, written by hand onto a real run's report: RTMP's TCP
 * port is blocked (as the real run found it), RTMPS on TCP 443 works, SRT's UDP 9000 is unanswered. Hand-built because
 * this suite has no TLS or SRT ingest of its own (the engine's RTMPS and SRT checks are tested
 * against real stunnel and SRT listeners in their own suites); what is tested here is the page.
 */
function withLadder(report: Report, url: string): Report {
  const parsed = analyzeOffline({ url: { url } }).parse
  if (!parsed.ok) throw new Error(`the e2e URL did not parse: ${parsed.code}`)
  const row = (
    transport: Transport,
    port: number,
    code: TransportCode,
    durationMs: number
  ): TransportEntry => ({
    transport,
    host: HOST,
    ip: '127.0.0.2',
    port,
    protocol: transport === 'srt' ? 'udp' : 'tcp',
    ok: code === 'transport-ok',
    code,
    params: { host: HOST, ip: '127.0.0.2', port, timeoutMs: 3000 },
    ...transportUrl(parsed.url, transport, port),
    media: code === 'transport-ok' ? 'sustained' : 'not-tested-earlier-failure',
    steps: [],
    durationMs
  })
  // The RTMP row and the cause say what the real run saw on the RTMP port (refused or filtered).
  const refused = report.checks.port?.code === 'port-refused'
  const amended: Report = {
    ...report,
    verdict: 'warnings',
    causes: [
      {
        id: 'network',
        severity: 'warn',
        confidence: 'confirmed',
        reason: 'network-other-transport',
        params: {
          blockedReason: refused ? 'port-refused' : 'port-filtered',
          transport: 'RTMPS',
          wayPort: 443,
          wayProtocol: 'TCP'
        },
        evidence: [{ check: 'port', code: report.checks.port?.code ?? 'port-filtered' }]
      }
    ],
    transports: [
      row('rtmp', ingest.port, refused ? 'tcp-refused' : 'tcp-filtered', refused ? 30 : 5000),
      row('rtmps', 443, 'transport-ok', 3400),
      row('srt', 9000, 'udp-no-answer', 3000)
    ]
  }
  // Saved reports hold every URL redacted: the page must rebuild the full ones from what was typed.
  return redactDeep(amended, { keys: [KEY], txSecrets: [parsed.url.txSecret] })
}

describe('"Ways to push from here" in Chromium', () => {
  it('RTMP blocked, RTMPS works: the verdict, the full RTMPS URL copied, OBS fields; in en, id and zh-CN', async () => {
    dns.set(CNAME, { a: ['127.0.0.2'] })
    const url = pushUrl('concert', 20 * 3600)
    bridge.amendReport = (r) => withLadder(r, url)
    try {
      // After the tests above the page shows a result; run alone, it is still on the start screen.
      const change = page.getByRole('button', { name: 'Change the URL' })
      if (await change.isVisible()) await change.click()
      await enter(url)
      expect(await run()).toContain(
        'Works with another protocol: RTMP is blocked here, so use rtmps://… (RTMPS).'
      )
      expect(await status('network')).toBe('warn')
      expect(await page.getByTestId('next-step').textContent()).toContain('Use the RTMPS push URL')
      const table = page.getByTestId('transports')
      expect(await page.getByTestId('transport-rtmp').getAttribute('data-verdict')).toBe('blocked')
      expect(await page.getByTestId('transport-rtmps').getAttribute('data-verdict')).toBe('works')
      expect(await page.getByTestId('transport-srt').textContent()).toContain(
        'No answer on UDP 9000'
      )
      const full = url.replace(`rtmp://${HOST}:${ingest.port}/`, `rtmps://${HOST}/`)
      expect(await page.getByTestId('url-rtmps').textContent()).toBe(full)
      const clipped = bridge.clipboard.length
      await table.getByRole('button', { name: 'Copy the RTMPS URL' }).click()
      await expect.poll(() => bridge.clipboard.slice(clipped)).toEqual([full])
      expect(await page.getByTestId('obs-server-rtmps').textContent()).toBe(`rtmps://${HOST}/live/`)
      await table.scrollIntoViewIfNeeded()
      await shot('15-ways-to-push')
      await page.getByLabel('Language').selectOption('id')
      await page.getByRole('heading', { name: 'Cara push yang bisa dipakai dari sini' }).waitFor()
      await shot('16-ways-to-push-id')
      await page.getByLabel('Bahasa').selectOption('zh-CN')
      await page.getByRole('heading', { name: '从这里可用的推流方式' }).waitFor()
      expect(await page.getByTestId('verdict').textContent()).toContain('换一种协议即可推流')
      await shot('17-ways-to-push-zh-CN')
      await page.getByLabel('语言').selectOption('en')
      await page.getByRole('button', { name: 'Go/no-go sheet for venue IT' }).click()
      expect(await page.getByTestId('sheet-transports-ask').textContent()).toBe(
        `To push from this network, please allow outbound TCP ${ingest.port}, UDP 9000 to ${HOST} (127.0.0.2).`
      )
      await page.getByRole('button', { name: 'Back to the result' }).click()
    } finally {
      bridge.amendReport = undefined
      dns.set(CNAME, { a: ['127.0.0.1'] })
    }
  })
})

describe('"Keep watching" in Chromium', () => {
  it('the switch watches over the real engine: rounds on the timeline, an address change and its recovery; en, id, zh-CN', async () => {
    const change = page.getByRole('button', { name: 'Change the URL' })
    if (await change.isVisible()) await change.click()
    await enter(pushUrl('concert', 20 * 3600))
    expect(await run()).toContain('Ready')
    const panel = page.getByTestId('watch-panel')
    await panel.getByLabel('Every').fill('1s')
    await panel.getByRole('switch', { name: 'Keep watching' }).check()
    const status = panel.getByTestId('watch-status')
    const rounds = async (): Promise<number> =>
      Number(/(\d+) rounds/.exec((await status.textContent()) ?? '')?.[1] ?? 0)
    await expect.poll(rounds, { timeout: 20_000 }).toBeGreaterThanOrEqual(2)
    try {
      // The push domain moves to an address where nothing listens: an alert, a red round.
      dns.set(CNAME, { a: ['127.0.0.2'] })
      await expect
        .poll(() => panel.getByTestId('watch-alerts').textContent(), { timeout: 20_000 })
        .toContain('now points somewhere else')
    } finally {
      dns.set(CNAME, { a: ['127.0.0.1'] })
    }
    await expect
      .poll(() => panel.getByTestId('watch-alerts').textContent(), { timeout: 20_000 })
      .toContain('The ingest port answers again.')
    await panel.getByRole('switch').uncheck()
    // Nothing left running in "main" once the switch is off.
    await expect
      .poll(() => [...bridge.running].filter((id) => id.startsWith('watch-')), { timeout: 10_000 })
      .toEqual([])
    const verdicts = await panel
      .locator('circle')
      .evaluateAll((cs) => cs.map((c) => c.getAttribute('data-verdict')))
    expect(verdicts).toContain('ok')
    expect(verdicts).toContain('fail')
    await panel.scrollIntoViewIfNeeded()
    await shot('18-watch', false)
    await page.getByLabel('Language').selectOption('id')
    await panel.getByRole('switch', { name: 'Terus pantau' }).waitFor()
    await shot('19-watch-id', false)
    await page.getByLabel('Bahasa').selectOption('zh-CN')
    await panel.getByRole('switch', { name: '持续监测' }).waitFor()
    expect(await panel.getByTestId('watch-alerts').textContent()).toContain(
      '推流域名现在解析到其他地址'
    )
    await shot('20-watch-zh-CN', false)
    await page.getByLabel('语言').selectOption('en')
  })
})

describe('A support link in Chromium', () => {
  it('a link arriving through main’s inbox opens the start form filled; the user adds the signature and runs; the result copies the link back', async () => {
    const stream = 'linked'
    const txTime = txTimeHex(Date.now() / 1000 + 20 * 3600)
    const txSecret = computeTxSecret(KEY, stream, txTime, 'md5')
    // A refused link first: it says why and fills nothing.
    bridge.openLink(
      `push-preflight://check?domain=${HOST}&app=live&stream=${stream}&txSecret=${txSecret}`
    )
    const refused = page.getByTestId('support-link-refused')
    await refused.waitFor()
    expect(await refused.textContent()).toContain('carries a secret (txSecret)')
    await refused.getByRole('button', { name: 'Close' }).click()

    bridge.openLink(
      `push-preflight://check?domain=${HOST}&app=live&stream=${stream}&port=${ingest.port}&transports=rtmp&no-push=1&show-hours=2`
    )
    const notice = page.getByTestId('support-link')
    await notice.waitFor()
    expect(await notice.textContent()).toContain(`${HOST}/live/${stream}`)
    const field = page.getByRole('textbox', { name: 'Push URL' })
    expect(await field.inputValue()).toBe(`rtmp://${HOST}:${ingest.port}/live/${stream}`)
    expect(await page.getByLabel('Planned show length, hours (optional)').inputValue()).toBe('2')
    await notice.getByLabel('txSecret').fill(txSecret)
    await notice.getByLabel('txTime').fill(txTime)
    expect(await field.inputValue()).toBe(
      `rtmp://${HOST}:${ingest.port}/live/${stream}?txSecret=${txSecret}&txTime=${txTime}`
    )
    await expect
      .poll(() => page.getByTestId('card-signature').textContent())
      .toMatch(/matches your primary key/)
    await shot('21-support-link')

    const verdict = await run()
    expect(verdict).not.toContain('Not ready')
    const clipped = bridge.clipboard.length
    await page
      .getByTestId('support-link-copy')
      .getByRole('button', { name: 'Copy a link for this user' })
      .click()
    await expect
      .poll(() => bridge.clipboard.slice(clipped))
      .toEqual([
        `push-preflight://check?domain=${HOST}&app=live&stream=${stream}&port=${ingest.port}&no-push=1&show-hours=2`
      ])
    expect(bridge.clipboard.join('\n')).not.toContain(txSecret)
  })
})
