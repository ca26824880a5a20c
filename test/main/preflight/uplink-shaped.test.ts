/**
 * Proof on shaped links: the uplink test's estimate is within ±10 % of a link shaped
 * with `tc tbf` to 1, 3 and 6 Mbit/s — two network namespaces and a veth pair made here, the demo
 * ingest behind it. Each run pushes a clip at 1.375 × the shaped rate (planned = shaped rate), so
 * the link is saturated and the measurement shows what it carries. Skipped, with the reason
 * printed, where namespaces or tc are not allowed. About 15 s per rate.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { signedPublishName, pidAlive, txTimeHex } from '../../../src/main/demo/ingest-push'
import { locateFfmpeg } from '../../../src/main/preflight/ffmpeg-locate'
import { checkUplink, realUplinkDeps } from '../../../src/main/preflight/uplink-check'
import { makeShapedLink, spawnInNamespace, type ShapedLink } from '../../helpers/shaped-link'

const KEY = 'shaped-link-key-0123456789'
/** The bar: the estimate within ±10 % of the shaped rate. */
const TOLERANCE = 0.1
const RATES_MBIT = [1, 3, 6]

let link: ShapedLink = { ok: false, reason: 'not set up yet' }
let ffmpegPath = ''
let skipReason: string | undefined

beforeAll(async () => {
  const info = await locateFfmpeg()
  if (info.code !== 'ffmpeg-ok' || !info.path) {
    skipReason = `no usable ffmpeg (${info.code})`
  } else {
    ffmpegPath = info.path
    link = await makeShapedLink('ppup', RATES_MBIT[0], KEY)
    if (!link.ok) skipReason = link.reason
  }
  if (skipReason) console.log(`[uplink-shaped] shaped-link test skipped: ${skipReason}`)
}, 60_000)

afterAll(async () => {
  if (link.ok) {
    const pid = link.ingestPid
    await link.remove()
    expect(pidAlive(pid)).toBe(false)
  }
}, 30_000)

describe('uplink estimate on a tc-shaped veth link', () => {
  it.for(RATES_MBIT)(
    '%i Mbit/s: within ±10 %, verdict from the numbers, ffmpeg gone',
    { timeout: 90_000 },
    async (mbit, ctx) => {
      if (skipReason || !link.ok) return ctx.skip()
      expect(link.setRate(mbit)).toEqual({ ok: true })
      const stream = `shaped${mbit}`
      const output = `${link.baseUrl}/live/${signedPublishName(stream, KEY, txTimeHex(Date.now() / 1000 + 3600))}`
      const r = await checkUplink(
        { ffmpegPath, output, plannedKbps: mbit * 1000, stream },
        {},
        { ...realUplinkDeps, spawn: spawnInNamespace(link.clientNs) }
      )
      const e = r.evidence
      console.log(
        `[uplink-shaped] ${mbit} Mbit/s → ${e.sustainedKbps} kbit/s (clip ${e.testKbps}, stalls ${e.stalls}, cpu ${e.cpuPercent} %, queue ${e.sendQueueBytes} B)`
      )
      expect(r.code, JSON.stringify(e)).not.toBe('uplink-push-failed')
      const sustained = e.sustainedKbps ?? 0
      expect(Math.abs(sustained - mbit * 1000) / (mbit * 1000)).toBeLessThanOrEqual(TOLERANCE)
      // planned = shaped rate, so the plan leaves no headroom: never "ok".
      expect(['uplink-too-slow', 'uplink-tight']).toContain(r.code)
      expect(e.recommendedKbps).toBe(Math.floor((sustained * 0.8) / 10) * 10)
      expect(e.pid && pidAlive(e.pid)).toBe(false)
    }
  )
})
