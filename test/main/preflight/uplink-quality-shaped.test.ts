/**
 * Proof on shaped links: the uplink test's quality measurements against links whose shaping is
 * known — two network namespaces and a veth pair made here (test/helpers/quality-link.ts), the
 * demo ingest behind them, the check itself run inside the client namespace with its real side
 * effects (TCP connects, ffmpeg, ss). This kernel has no sch_netem, so:
 * (a) a 3 Mbit/s tbf with a 1 s queue, pushed at 4.1 Mbit/s: the loaded RTT must climb and the
 *     bufferbloat grade be poor (a full 1 s queue at 3 Mbit/s holds hundreds of ms of data);
 * (b) 1 % random loss (iptables statistic DROP): retransmissions appear; without loss they stay
 *     near zero;
 * (c) 80 ms ± 20 ms round trip from a user-space NFQUEUE delay line (gcc + libnetfilter-queue):
 *     the idle RTT within ±15 % of 80 ms.
 * Skipped with the reason printed where root, namespaces, tc, iptables, ffmpeg (or for (c) gcc
 * and the libnetfilter-queue header) are missing. About 20 s per case.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { pidAlive } from '../../../src/main/demo/ingest-push'
import { recommendedKbps } from '../../../src/main/preflight/uplink-check'
import type { UplinkResult } from '../../../src/shared/uplink'
import { namespacesUnavailable } from '../../helpers/netns'
import {
  delayUnavailable,
  makeQualityLink,
  type QualityLink,
  type Shaping
} from '../../helpers/quality-link'

const KEY = 'quality-shaped-key-0123456789'
const PLANNED_KBPS = 3000
/** The RTT the delay case implies, ms, and the tolerance on the measured idle median. */
const DELAY_MS = 80
const JITTER_MS = 20
const RTT_TOLERANCE = 0.15
/** "Near zero" retransmissions on a clean, unsaturated link, %. */
const CLEAN_RETRANSMIT_MAX_PERCENT = 0.25
/** A deep queue that fills must add at least this much to the RTT, ms (the poor line is 100). */
const BLOATED_MIN_INCREASE_MS = 100
const CASE_TIMEOUT_MS = 180_000

let link: QualityLink = { ok: false, reason: 'not set up yet' }
let skipReason: string | undefined = namespacesUnavailable()
const noDelay = delayUnavailable()

beforeAll(async () => {
  if (!skipReason) {
    link = await makeQualityLink('ppq', KEY)
    if (!link.ok) skipReason = link.reason
  }
  if (skipReason) console.log(`[uplink-quality-shaped] skipped: ${skipReason}`)
  else if (noDelay) console.log(`[uplink-quality-shaped] delay case skipped: ${noDelay}`)
}, 60_000)

afterAll(async () => {
  if (link.ok) {
    await link.remove()
    expect(link.pids().filter((p) => pidAlive(p))).toEqual([])
  }
}, 30_000)

/** Shape the link, run the uplink test in the client namespace, check ffmpeg is gone. */
async function measure(s: Shaping): Promise<UplinkResult> {
  if (!link.ok) throw new Error('no link')
  expect(await link.shape(s)).toEqual({ ok: true })
  const r = await link.runUplink(PLANNED_KBPS)
  const e = r.evidence
  console.log(
    `[uplink-quality-shaped] ${JSON.stringify(s)} → ${r.code}: rtt ${JSON.stringify(e.rtt)}, retransmitted ${e.retransmitPercent} %, ${JSON.stringify(e.quality)}, sustained ${e.sustainedKbps}, recommended ${e.recommendedKbps}`
  )
  expect(r.code, JSON.stringify(e)).not.toBe('uplink-push-failed')
  expect(e.pid && pidAlive(e.pid)).toBe(false)
  // The per-second chart covers the measured window.
  expect(e.rateKbps?.length).toBeGreaterThanOrEqual(Math.floor((e.measuredMs ?? 0) / 1000) - 1)
  expect(e.recommendedKbps).toBe(recommendedKbps(e.sustainedKbps ?? 0, e.quality))
  return r
}

describe('quality under load on shaped links', () => {
  it(
    'clean link (20 Mbit/s, no loss, no delay): retransmissions near zero, no bufferbloat',
    { timeout: CASE_TIMEOUT_MS },
    async (ctx) => {
      if (skipReason) return ctx.skip()
      const e = (await measure({ mbit: 20 })).evidence
      expect(e.retransmitPercent).not.toBeNull()
      expect(e.retransmitPercent ?? Infinity).toBeLessThanOrEqual(CLEAN_RETRANSMIT_MAX_PERCENT)
      expect(e.quality?.retransmits).toBe('good')
      expect(e.quality?.bufferbloat).toBe('good')
    }
  )

  it(
    '1 % random loss: retransmissions appear and are graded',
    { timeout: CASE_TIMEOUT_MS },
    async (ctx) => {
      if (skipReason) return ctx.skip()
      const e = (await measure({ mbit: 20, lossPercent: 1 })).evidence
      expect(e.retransmitPercent ?? 0).toBeGreaterThan(CLEAN_RETRANSMIT_MAX_PERCENT)
      expect(['fair', 'poor']).toContain(e.quality?.retransmits)
      // Fewer than 1 % of the sender's packets: more headroom than 80 % in the recommendation.
      expect(e.recommendedKbps ?? Infinity).toBeLessThan(
        Math.floor(((e.sustainedKbps ?? 0) * 0.8) / 10) * 10
      )
    }
  )

  it(
    '3 Mbit/s tbf with a 1 s queue, pushed above its rate: graded as bufferbloat',
    { timeout: CASE_TIMEOUT_MS },
    async (ctx) => {
      if (skipReason) return ctx.skip()
      const e = (await measure({ mbit: 3, queueMs: 1000 })).evidence
      const idle = e.rtt?.idleMs ?? Infinity
      const loaded = e.rtt?.loadedP50Ms ?? 0
      expect(loaded - idle).toBeGreaterThanOrEqual(BLOATED_MIN_INCREASE_MS)
      expect(e.quality?.bufferbloat).toBe('poor')
      expect(e.recommendedKbps).toBe(Math.floor(((e.sustainedKbps ?? 0) * 0.6) / 10) * 10)
    }
  )

  it(
    `${DELAY_MS} ms ± ${JITTER_MS} ms delay: idle RTT within ±15 %`,
    { timeout: CASE_TIMEOUT_MS },
    async (ctx) => {
      if (skipReason || noDelay) return ctx.skip()
      const e = (await measure({ mbit: 20, delayMs: DELAY_MS, jitterMs: JITTER_MS })).evidence
      const idle = e.rtt?.idleMs ?? 0
      expect(Math.abs(idle - DELAY_MS) / DELAY_MS).toBeLessThanOrEqual(RTT_TOLERANCE)
      // The link is not saturated: loading it adds no queue worth a grade.
      expect(e.quality?.bufferbloat).toBe('good')
    }
  )
})
