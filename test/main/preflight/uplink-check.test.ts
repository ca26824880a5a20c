/**
 * Uplink test: the pure parts (progress parser, measurement, verdict) on hand-made samples, then
 * real ffmpeg pushes to the demo ingest on loopback — unthrottled (passes), and read-limited by
 * the ingest (the estimate lands within ±10 % of the limit) — and a live encode made too heavy
 * for real time, which must be told apart from a slow uplink by the empty send queue. Every
 * ffmpeg started is gone afterwards (checked by PID). The tc-shaped proof is uplink-shaped.test.ts.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { parseCliArgs } from '../../../src/main/cli-args'
import { pidAlive, signedPublishName, txTimeHex } from '../../../src/main/demo/ingest-push'
import { startIngest, type Ingest } from '../../../src/main/demo/rtmp-ingest'
import {
  PUSH_TEST_FPS,
  UPLINK_LOOPBACK_SEND_BUFFER_BYTES,
  UPLINK_SEND_QUEUE_FULL_BYTES
} from '../../../src/main/preflight/constants'
import type { UplinkResult } from '../../../src/shared/uplink'
import { diagnose } from '../../../src/main/preflight/diagnose'
import { locateFfmpeg } from '../../../src/main/preflight/ffmpeg-locate'
import { runPreflight } from '../../../src/main/preflight/run-preflight'
import {
  checkUplink,
  classifyUplink,
  createProgressParser,
  measureSamples,
  realUplinkDeps,
  recommendedKbps,
  type UplinkSample
} from '../../../src/main/preflight/uplink-check'

const KEY = 'uplink-test-key-0123456789'
let ffmpegPath = ''
const cleanups: Array<() => Promise<void>> = []
beforeAll(async () => {
  const info = await locateFfmpeg()
  if (info.code !== 'ffmpeg-ok' || !info.path) throw new Error(`no usable ffmpeg: ${info.code}`)
  ffmpegPath = info.path
})
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c()
})

async function ingest(readLimitKbps?: number): Promise<Ingest> {
  const i = await startIngest({ key: KEY, readLimitKbps })
  cleanups.push(() => i.close())
  return i
}
const output = (i: Ingest, stream: string): string =>
  `${i.baseUrl}/live/${signedPublishName(stream, KEY, txTimeHex(Date.now() / 1000 + 3600))}`

describe('pure parts', () => {
  it('parses -progress blocks across chunk boundaries', () => {
    const blocks: Array<{ bytes?: number; outTimeMs?: number; end: boolean }> = []
    const feed = createProgressParser((b) => blocks.push(b))
    feed('frame=10\ntotal_size=1000\nout_time_ms=400000\nprog')
    feed(
      'ress=continue\ntotal_size=N/A\nprogress=continue\ntotal_size=5000\nout_time_us=900000\nprogress=end\n'
    )
    expect(blocks).toEqual([
      { bytes: 1000, outTimeMs: 400, end: false },
      { end: false },
      { bytes: 5000, outTimeMs: 900, end: true }
    ])
  })

  it('measures from the end of the warm-up: rate, speed, stalls', () => {
    // 1 s warm-up at 10 Mbit/s (the send buffer filling), then 1000 kbit/s with one 2 s stall.
    const s: UplinkSample[] = [
      { at: 0, bytes: 1, outTimeMs: 0 },
      { at: 500, bytes: 625_000, outTimeMs: 500 }
    ]
    let bytes = 1_250_000
    for (let at = 1000; at <= 12_000; at += 500) {
      if (!(at > 5000 && at <= 7000)) bytes += 62_500
      s.push({ at, bytes, outTimeMs: at * 0.8 })
    }
    const m = measureSamples(s, 1000, 10_000)
    expect(m?.measuredMs).toBe(10_000)
    expect(m?.sustainedKbps).toBeCloseTo(800, 0) // 16 of 20 intervals sent 62.5 kB
    expect(m?.stalls).toBe(1)
    expect(m?.speed).toBeCloseTo(0.8, 5)
    expect(measureSamples(s.slice(0, 2), 1000, 10_000)).toBeUndefined()
  })

  it('verdict: fail below plan, warn above 80 %, encoder vs uplink by the send queue', () => {
    expect(classifyUplink({ plannedKbps: 3000, sustainedKbps: 2900, source: 'clip' })).toBe(
      'uplink-too-slow'
    )
    expect(classifyUplink({ plannedKbps: 3000, sustainedKbps: 3500, source: 'clip' })).toBe(
      'uplink-tight'
    )
    expect(classifyUplink({ plannedKbps: 3000, sustainedKbps: 3750, source: 'clip' })).toBe(
      'uplink-ok'
    )
    // speed < 1 with an empty queue: the encoder, not the network (only for a live encode)
    expect(
      classifyUplink({
        plannedKbps: 3000,
        sustainedKbps: 1500,
        speed: 0.4,
        sendQueueBytes: 0,
        source: 'live'
      })
    ).toBe('uplink-encoder-too-slow')
    expect(
      classifyUplink({
        plannedKbps: 3000,
        sustainedKbps: 1500,
        speed: 0.4,
        sendQueueBytes: 500_000,
        source: 'live'
      })
    ).toBe('uplink-too-slow')
    expect(
      classifyUplink({
        plannedKbps: 3000,
        sustainedKbps: 1500,
        speed: 0.4,
        sendQueueBytes: 16_000,
        source: 'live'
      })
    ).toBe('uplink-too-slow')
    expect(
      classifyUplink({
        plannedKbps: 3000,
        sustainedKbps: 1500,
        speed: 0.4,
        sendQueueBytes: 0,
        source: 'clip'
      })
    ).toBe('uplink-too-slow')
    expect(recommendedKbps(3749)).toBe(2990)
  })

  it('diagnosis: too slow is a confirmed failure with the recommended bitrate; tight is a warning', () => {
    const base = { parse: { ok: false } } as unknown as Parameters<typeof diagnose>[0]
    const u = (code: 'uplink-too-slow' | 'uplink-tight'): UplinkResult => ({
      id: 'uplink' as const,
      status: code === 'uplink-tight' ? ('warn' as const) : ('fail' as const),
      code,
      timing: { startedAt: 0, durationMs: 0 },
      evidence: { plannedKbps: 3000, sustainedKbps: 2000, recommendedKbps: 1600 }
    })
    const slow = diagnose(
      { ...base, uplink: u('uplink-too-slow') },
      { keyGiven: true, pushTarget: 'probe', noPush: false }
    )
    expect(slow.causes[0]).toMatchObject({
      id: 'uplink',
      severity: 'fail',
      confidence: 'confirmed',
      params: { recommendedKbps: 1600 }
    })
    const tight = diagnose(
      { ...base, uplink: u('uplink-tight') },
      { keyGiven: true, pushTarget: 'probe', noPush: false }
    )
    expect(tight.causes[0]).toMatchObject({ id: 'uplink', severity: 'warn' })
  })

  it('CLI: --uplink and --bitrate parse; --uplink with --no-push is bad input', () => {
    const p = parseCliArgs(['check', 'rtmp://a/live/s', '--uplink', '--bitrate', '4500'])
    expect(
      p.ok && p.value.command === 'check' && [p.value.options.uplink, p.value.options.plannedKbps]
    ).toEqual([true, 4500])
    expect(parseCliArgs(['check', 'rtmp://a/live/s', '--uplink', '--no-push']).ok).toBe(false)
    expect(parseCliArgs(['check', 'rtmp://a/live/s', '--bitrate', '0']).ok).toBe(false)
    expect(parseCliArgs(['check', 'rtmp://a/live/s', '--bitrate', '100001']).ok).toBe(false)
  })
})

describe('real pushes on loopback', () => {
  it('a fast link: uplink-ok, ~planned/0.8×1.1 sustained, CPU of a copy push is small, ffmpeg gone', async () => {
    const i = await ingest()
    // A fresh clip cache: this run encodes its clip (fluent-ffmpeg), then pushes it (the runner).
    const cacheDir = mkdtempSync(path.join(tmpdir(), 'uplink-fast-clips-'))
    cleanups.push(async () => rmSync(cacheDir, { recursive: true, force: true }))
    const r = await checkUplink(
      { ffmpegPath, output: output(i, 'up_fast'), plannedKbps: 3000 },
      { sendBufferBytes: UPLINK_LOOPBACK_SEND_BUFFER_BYTES, cacheDir }
    )
    const e = r.evidence
    expect(r.code, JSON.stringify(e)).toBe('uplink-ok')
    expect(Math.abs((e.sustainedKbps ?? 0) - (e.testKbps ?? 0)) / (e.testKbps ?? 1)).toBeLessThan(
      0.05
    )
    expect(e.measuredMs).toBeGreaterThanOrEqual(10_000)
    expect(e.stalls).toBe(0)
    if (process.platform === 'linux') expect(e.cpuPercent).toBeLessThan(50)
    expect(e.pid && pidAlive(e.pid)).toBe(false)
    // The ingest really received the clip (copy: no re-encode on the way): at least the frames of
    // the measured window at the speed ffmpeg reached. Not a fixed count: a busy machine pushes a
    // little below real time, and the window's frames follow.
    const windowFrames = PUSH_TEST_FPS * ((e.measuredMs ?? 0) / 1000) * (e.speed ?? 0)
    expect(windowFrames).toBeGreaterThan(0)
    expect(i.mediaFor('up_fast').videoFrames).toBeGreaterThanOrEqual(Math.floor(windowFrames * 0.9))
  }, 60_000)

  it('an ingest reading at 1500 kbit/s: estimate within ±10 %, too slow for 3000', async () => {
    const i = await ingest(1500)
    const r = await checkUplink(
      { ffmpegPath, output: output(i, 'up_slow'), plannedKbps: 3000 },
      { sendBufferBytes: UPLINK_LOOPBACK_SEND_BUFFER_BYTES }
    )
    const e = r.evidence
    expect(r.code).toBe('uplink-too-slow')
    expect(Math.abs((e.sustainedKbps ?? 0) - 1500) / 1500).toBeLessThanOrEqual(0.1)
    expect(e.speed).toBeLessThan(0.6)
    expect(e.pid && pidAlive(e.pid)).toBe(false)
  }, 60_000)

  it('live encode too heavy for real time while the network waits: encoder-too-slow, not uplink', async (ctx) => {
    if (process.platform !== 'linux') return ctx.skip()
    const i = await ingest()
    // Same ffmpeg, same arguments, but 1080p with x264's slowest preset: far below real time here.
    const heavy = (file: string, args: string[]): ChildProcess =>
      spawn(
        file,
        args.map((a) => a.replace('640x360', '1920x1080').replace('ultrafast', 'placebo')),
        { stdio: ['ignore', 'pipe', 'pipe'] }
      )
    const r = await checkUplink(
      { ffmpegPath, output: output(i, 'up_cpu'), plannedKbps: 3000 },
      { source: 'live', warmupMs: 1000, measureMs: 4000 },
      { ...realUplinkDeps, spawn: heavy }
    )
    const e = r.evidence
    console.log(`[uplink] heavy live encode: ${JSON.stringify(e)}`)
    expect(e.speed, JSON.stringify(e)).toBeLessThan(0.95)
    expect(e.sendQueueBytes).toBeLessThan(UPLINK_SEND_QUEUE_FULL_BYTES)
    expect(r.code).toBe('uplink-encoder-too-slow')
    expect(e.pid && pidAlive(e.pid)).toBe(false)
  }, 60_000)

  it('live encode on a slow link: the full send queue says uplink, not encoder', async (ctx) => {
    if (process.platform !== 'linux') return ctx.skip()
    const i = await ingest(1000)
    const r = await checkUplink(
      { ffmpegPath, output: output(i, 'up_live_slow'), plannedKbps: 3000 },
      { source: 'live', sendBufferBytes: UPLINK_LOOPBACK_SEND_BUFFER_BYTES }
    )
    expect(r.evidence.speed, JSON.stringify(r.evidence)).toBeLessThan(0.95)
    expect(r.evidence.sendQueueBytes).toBeGreaterThanOrEqual(UPLINK_SEND_QUEUE_FULL_BYTES)
    expect(r.code).toBe('uplink-too-slow')
  }, 60_000)

  it('cancel mid-push: uplink-cancelled, ffmpeg gone', async () => {
    const i = await ingest()
    const controller = new AbortController()
    setTimeout(() => controller.abort(), 1500)
    const r = await checkUplink(
      { ffmpegPath, output: output(i, 'up_cancel'), plannedKbps: 3000 },
      {},
      undefined,
      controller.signal
    )
    expect(r.code).toBe('uplink-cancelled')
    expect(r.evidence.pid && pidAlive(r.evidence.pid)).toBe(false)
  }, 30_000)
})

describe('in the preflight', () => {
  it('without a key: skipped (needs a key), no push to the real stream', async () => {
    const i = await ingest()
    const url = `rtmp://127.0.0.1:${i.port}/live/${signedPublishName('up_nokey', KEY, txTimeHex(Date.now() / 1000 + 86400))}`
    const report = await runPreflight({ url: { url }, uplink: true, clockServer: false })
    expect(report.checks.uplink?.code).toBe('uplink-needs-key')
    expect(report.uplink).toBeUndefined()
    // Something reached the ingest (the publish-only probe), and only under the real name.
    expect(i.attempts.length).toBeGreaterThan(0)
    expect(i.attempts.every((a) => a.stream === 'up_nokey')).toBe(true)
  }, 30_000)
})
