/**
 * Never take over a live show. Against an ingest that lets a new publisher replace the live one
 * (as some do: "replaced by a new push"), with a real ffmpeg on air on the stream: with the guard
 * (realProbe: false, "it is live") the running publisher keeps streaming and nothing touches its
 * name; without it, the publish-only probe of the real name cuts the running publisher. All on
 * loopback: the DNS fixture, the ingest fixture, real ffmpeg; every ffmpeg gone afterwards.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { locateFfmpeg } from '../../../src/main/preflight/ffmpeg-locate'
import { runPreflight, type PreflightOptions } from '../../../src/main/preflight/run-preflight'
import type { Report } from '../../../src/shared/report'
import { startDnsServer, type DnsServerFixture } from '../../fixtures/dns-server'
import { startIngest, type Ingest, type PublishAttempt } from '../../fixtures/rtmp-ingest'
import {
  pidAlive,
  signedPublishName,
  startPush,
  txTimeHex,
  type FfmpegPush
} from '../../fixtures/rtmp-ingest-push'

const KEY = 'liveguardkey0123456789abcdef0123'
const HOST = 'live.guard.test'
const TENCENT_TARGET = 'live.guard.test.tlivepush.com'
const STREAM = 'onair'
/** Hang guard of the waits below (the show's ffmpeg is accepted in well under a second). */
const WAIT_MS = 15_000

let dns: DnsServerFixture
let ffmpegPath: string
let ingest: Ingest | undefined
let show: FfmpegPush | undefined

beforeAll(async () => {
  dns = await startDnsServer({
    [HOST]: { cname: TENCENT_TARGET },
    [TENCENT_TARGET]: { a: ['127.0.0.1'] }
  })
  const info = await locateFfmpeg()
  if (info.code !== 'ffmpeg-ok' || !info.path) throw new Error(`no usable ffmpeg: ${info.code}`)
  ffmpegPath = info.path
})
afterAll(async () => {
  await dns?.close()
})
afterEach(async () => {
  const pid = show?.pid
  await show?.kill()
  show = undefined
  await ingest?.close()
  ingest = undefined
  if (pid !== undefined) expect(pidAlive(pid)).toBe(false)
})

/** A takeover ingest with a real ffmpeg live on STREAM; resolves once the ingest accepted it. */
async function goLive(): Promise<{ url: string; live: PublishAttempt }> {
  ingest = await startIngest({ key: KEY, takeover: true })
  const name = signedPublishName(STREAM, KEY, txTimeHex(Date.now() / 1000 + 24 * 3600))
  show = startPush({ ffmpeg: ffmpegPath, output: `${ingest.baseUrl}/live/${name}`, seconds: 300 })
  const i = ingest
  const live = await i.waitForAttempt((a) => a.stream === STREAM && a.accepted, WAIT_MS)
  // On air: media is flowing before the check starts.
  await until(() => live.media.videoFrames > 0)
  return { url: `rtmp://${HOST}:${i.port}/live/${name}`, live }
}

/** Bounded poll (WAIT_MS) of a condition on the ingest's live records. */
async function until(cond: () => boolean): Promise<boolean> {
  const deadline = Date.now() + WAIT_MS
  while (!cond() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50))
  return cond()
}

async function check(url: string, extra: Partial<PreflightOptions>): Promise<Report> {
  return runPreflight({
    url: { url },
    keys: { primary: KEY },
    dnsServer: `127.0.0.1:${dns.port}`,
    pushSeconds: 2,
    ...extra
  })
}

describe('the takeover ingest (fixture option)', () => {
  it('a second valid publisher replaces the live one, whose session is dropped', async () => {
    const { url, live } = await goLive()
    const second = startPush({
      ffmpeg: ffmpegPath,
      output: url.replace(HOST, '127.0.0.1'),
      seconds: 300
    })
    try {
      const newcomer = await ingest!.waitForAttempt(
        (a) => a.stream === STREAM && a !== live && a.accepted,
        WAIT_MS
      )
      expect(newcomer.reason).toBe('ok')
      expect(await until(() => live.closedBy !== undefined)).toBe(true)
      expect(live.closedBy).toBe('server-replaced')
      expect((await show!.done).code).not.toBe(0)
    } finally {
      await second.kill()
    }
  }, 30_000)
})

describe('is it live? the guard against cutting a running show', () => {
  it('live (realProbe: false): the running publisher keeps streaming; nothing is sent to its name', async () => {
    const { url, live } = await goLive()
    const report = await check(url, { realProbe: false })
    // Nothing asked the server about the real name, and the show is still on air afterwards.
    expect(report.checks.publishProbe).toBeUndefined()
    expect(ingest!.attempts.filter((a) => a.stream === STREAM)).toEqual([live])
    expect(live.closedBy).toBeUndefined()
    expect(pidAlive(show!.pid)).toBe(true)
    const framesAfterCheck = live.media.videoFrames
    expect(await until(() => live.media.videoFrames > framesAfterCheck)).toBe(true)
    expect(live.closedBy).toBeUndefined()
    // The rest of the check still ran: the test push went to a separate probe stream.
    expect(report.checks.testPush?.code).toBe('push-ok')
    expect(report.inputs.pushTarget).toBe('probe')
    expect(report.inputs.probeStream).toMatch(new RegExp(`^${STREAM}_preflight_`))
    // The report says why the real name was left alone and what is then unknown.
    expect(report.inputs.realProbe).toBe(false)
    const notes = report.notes.map((n) => n.code)
    expect(notes).toContain('note.real-probe-skipped-live')
    expect(notes).not.toContain('note.probe-not-run')
  }, 40_000)

  it('not live (the default): the real-name probe would cut the running publisher on this ingest', async () => {
    const { url, live } = await goLive()
    const report = await check(url, { noPush: true })
    expect(report.checks.publishProbe?.code).toBe('publish-accepted')
    expect(await until(() => live.closedBy !== undefined)).toBe(true)
    expect(live.closedBy).toBe('server-replaced')
    // The show's encoder lost its connection.
    expect((await show!.done).code).not.toBe(0)
    expect(report.inputs.realProbe).toBeUndefined()
  }, 40_000)

  it('live without a key: no push to the real name even when one was asked for', async () => {
    const { url, live } = await goLive()
    const report = await check(url, { keys: undefined, pushRealStream: true, realProbe: false })
    expect(report.inputs.pushTarget).toBe('none')
    expect(report.checks.publishProbe).toBeUndefined()
    expect(report.checks.testPush).toBeUndefined()
    expect(ingest!.attempts.filter((a) => a.stream === STREAM)).toEqual([live])
    expect(live.closedBy).toBeUndefined()
  }, 40_000)
})
