/**
 * Secrets: every scenario — good, bad signature, stream in use, expired, network
 * failure, cancel — runs with a known push key and txSecret, and EVERY output channel is searched
 * for them: the JSON report, the text and Markdown reports in each language, the CLI's stdout and
 * stderr (human and --json), the progress events, and anything written to console.* or to
 * process.stdout/stderr while it ran. Only the first 4 characters of a txSecret may show.
 */
import i18next from 'i18next'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi, type MockInstance } from 'vitest'
import { main } from '../../src/main/cli'
import { locateFfmpeg } from '../../src/main/preflight/ffmpeg-locate'
import { runPreflight } from '../../src/main/preflight/run-preflight'
import { computeTxSecret } from '../../src/main/preflight/signature-check'
import type { DescribeContext } from '../../src/shared/describe'
import { I18N_OPTIONS, LANGUAGES, timeWordsFor } from '../../src/shared/i18n'
import type { PreflightProgress, Report } from '../../src/shared/report'
import { formatReportText } from '../../src/shared/report-text'
import { startDnsServer, type DnsServerFixture } from '../fixtures/dns-server'
import { startIngest, type Ingest } from '../fixtures/rtmp-ingest'
import { startPush, txTimeHex, type FfmpegPush } from '../fixtures/rtmp-ingest-push'
import { closedPort } from '../main/preflight/rtmp-test-servers'
import { memoryIo } from '../helpers/memory-io'
import { ffmpegChildren } from './fault-helpers'

const KEY = 'Sekr1tPushKey4Secrets0123456789ab'
const HOST = 'push.secrets.test'

let dns: DnsServerFixture
let ingest: Ingest
let ffmpegPath: string
const pushers: FfmpegPush[] = []
beforeAll(async () => {
  dns = await startDnsServer({
    [HOST]: { cname: 'secrets.tlivepush.com' },
    'secrets.tlivepush.com': { a: ['127.0.0.1'] }
  })
  ingest = await startIngest({ key: KEY })
  const info = await locateFfmpeg()
  if (info.code !== 'ffmpeg-ok' || !info.path) throw new Error(`no usable ffmpeg: ${info.code}`)
  ffmpegPath = info.path
})
afterAll(async () => {
  for (const p of pushers) await p.kill()
  await ingest?.close()
  await dns?.close()
})
afterEach(() => {
  vi.restoreAllMocks()
  expect(ffmpegChildren().filter((pid) => !pushers.some((p) => p.pid === pid))).toEqual([])
})

/** A push URL for `stream` signed with KEY (or `signKey`), valid for `validSec` (negative: expired). */
function url(
  port: number,
  stream: string,
  validSec: number,
  signKey = KEY
): { url: string; txSecret: string } {
  const txTime = txTimeHex(Date.now() / 1000 + validSec)
  const txSecret = computeTxSecret(signKey, stream, txTime, 'md5')
  return {
    url: `rtmp://${HOST}:${port}/live/${stream}?txSecret=${txSecret}&txTime=${txTime}`,
    txSecret
  }
}

/** Everything written to console.* and process.stdout/stderr while spying. */
function spyOutput(): () => string {
  const spies: MockInstance[] = [
    ...(['log', 'info', 'warn', 'error', 'debug', 'trace'] as const).map((m) =>
      vi.spyOn(console, m)
    ),
    vi.spyOn(process.stdout, 'write'),
    vi.spyOn(process.stderr, 'write')
  ]
  return () => spies.flatMap((s) => s.mock.calls.map((c) => c.map(String).join(' '))).join('\n')
}

/** Every txSecret that can be in play: the URL's and each one the ingest saw (the probe stream's). */
function allSecrets(urlSecret: string): string[] {
  const seen = ingest.attempts
    .map((a) => a.txSecret)
    .filter((s): s is string => !!s && s.length > 4)
  return [...new Set([urlSecret, ...seen])]
}

/** No key, no full txSecret (any case) in `text`; says which channel leaked. */
function expectClean(channel: string, text: string, secrets: string[]): void {
  expect(text.includes(KEY), `the key leaked into ${channel}`).toBe(false)
  for (const s of secrets)
    expect(
      text.toLowerCase().includes(s.toLowerCase()),
      `txSecret ${s} leaked into ${channel}`
    ).toBe(false)
}

function ctxFor(lang: (typeof LANGUAGES)[number]): DescribeContext {
  const inst = i18next.createInstance()
  void inst.init({ ...I18N_OPTIONS, lng: lang, initAsync: false })
  return { now: Date.now(), locale: lang, words: timeWordsFor(lang), t: inst.t.bind(inst) }
}

interface Scenario {
  name: string
  /** The URL and its txSecret (set up lazily: some need a server first). */
  setup: () => Promise<{ url: string; txSecret: string }>
  /** Cancel this many ms after the start. */
  cancelAfterMs?: number
  /** The first cause the engine must name (so the scenario really is what it says). */
  cause?: string
}

const SCENARIOS: Scenario[] = [
  { name: 'good push', setup: async () => url(ingest.port, 'sec_good', 86_400) },
  {
    name: 'bad signature',
    setup: async () => url(ingest.port, 'sec_badsig', 86_400, 'some-other-key-000'),
    cause: 'signature'
  },
  {
    name: 'stream in use',
    setup: async () => {
      const u = url(ingest.port, 'sec_inuse', 86_400)
      // A real second publisher holds the stream for the whole scenario.
      const p = startPush({
        ffmpeg: ffmpegPath,
        output: u.url.replace(HOST, '127.0.0.1'),
        seconds: 120
      })
      pushers.push(p)
      const deadline = Date.now() + 10_000
      while (
        !ingest.attempts.some((a) => a.stream === 'sec_inuse' && a.accepted) &&
        Date.now() < deadline
      )
        await new Promise((r) => setTimeout(r, 50))
      return u
    },
    cause: 'stream-in-use'
  },
  { name: 'expired', setup: async () => url(ingest.port, 'sec_expired', -3600), cause: 'expiry' },
  {
    name: 'network failure',
    setup: async () => url(await closedPort(), 'sec_net', 86_400),
    cause: 'network'
  },
  {
    name: 'cancel',
    setup: async () => url(ingest.port, 'sec_cancel', 86_400),
    cancelAfterMs: 1_500
  }
]

describe('no key and no full txSecret in any output channel', () => {
  // One setup per scenario (the in-use one starts a publisher that must not be started twice).
  const ready = new Map<string, Promise<{ url: string; txSecret: string }>>()
  const setupOnce = (sc: Scenario): Promise<{ url: string; txSecret: string }> => {
    if (!ready.has(sc.name)) ready.set(sc.name, sc.setup())
    return ready.get(sc.name) as Promise<{ url: string; txSecret: string }>
  }
  for (const sc of SCENARIOS) {
    it(`${sc.name}: engine report (JSON, text, Markdown ×3 languages), progress events, console`, async () => {
      const u = await setupOnce(sc)
      const events: PreflightProgress[] = []
      const captured = spyOutput()
      const ac = new AbortController()
      const timer =
        sc.cancelAfterMs === undefined ? undefined : setTimeout(() => ac.abort(), sc.cancelAfterMs)
      const report: Report = await runPreflight(
        {
          url: { url: u.url },
          keys: { primary: KEY },
          dnsServer: `127.0.0.1:${dns.port}`,
          pushSeconds: 2
        },
        { signal: ac.signal, onProgress: (p) => events.push(p) }
      )
      clearTimeout(timer)
      const secrets = allSecrets(u.txSecret)
      expect(secrets.length).toBeGreaterThan(0)
      expect(report.cancelled).toBe(sc.cancelAfterMs !== undefined)
      if (sc.cause) expect(report.causes[0]?.id).toBe(sc.cause)
      else if (sc.cancelAfterMs === undefined) expect(report.verdict).toBe('ready')
      expectClean('the JSON report', JSON.stringify(report), secrets)
      for (const lang of LANGUAGES) {
        const ctx = ctxFor(lang)
        expectClean(`the ${lang} text report`, formatReportText(report, ctx), secrets)
        expectClean(
          `the ${lang} Markdown report`,
          formatReportText(report, ctx, { markdown: true }),
          secrets
        )
      }
      expect(events.length).toBeGreaterThan(1)
      expectClean('the progress events', JSON.stringify(events), secrets)
      expectClean('console / process output', captured(), secrets)
    }, 40_000)

    for (const json of [false, true]) {
      it(`${sc.name}: CLI ${json ? '--json' : 'human'} output (stdout, stderr, console)`, async () => {
        const u = await setupOnce(sc)
        const captured = spyOutput()
        let timer: NodeJS.Timeout | undefined
        const io = memoryIo({
          onSubscribe: (abort) => {
            if (sc.cancelAfterMs !== undefined) timer = setTimeout(abort, sc.cancelAfterMs)
          }
        })
        const args = [
          'check',
          u.url,
          '--key',
          KEY,
          '--dns',
          `127.0.0.1:${dns.port}`,
          '--push-seconds',
          '2',
          ...(json ? ['--json'] : [])
        ]
        const code = await main(args, io)
        clearTimeout(timer)
        if (sc.cancelAfterMs !== undefined) expect(code).toBe(130)
        else expect([0, 1]).toContain(code)
        expect(io.out.length).toBeGreaterThan(100)
        const secrets = allSecrets(u.txSecret)
        expectClean('CLI stdout', io.out, secrets)
        expectClean('CLI stderr', io.err, secrets)
        expectClean('console / process output', captured(), secrets)
        if (json) expect((JSON.parse(io.out) as Report).kind).toBe('push-preflight-report')
      }, 40_000)
    }
  }
})
