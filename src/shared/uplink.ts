/**
 * The uplink test's result: a pre-encoded clip pushed at a known rate with `-re -c copy` (no
 * encoding, so only the network is measured), the sent rate measured after a warm-up.
 */
import type { CheckResult } from './result'

/** Outcomes of the uplink test. */
export const UPLINK_CODES = [
  'uplink-ok',
  'uplink-tight',
  'uplink-too-slow',
  'uplink-encoder-too-slow',
  'uplink-push-failed',
  'uplink-clip-failed',
  'uplink-needs-key',
  'uplink-skipped-earlier-failure',
  'uplink-cancelled'
] as const
export type UplinkCode = (typeof UPLINK_CODES)[number]

/** The numbers the report shows (Report.uplink). */
export interface UplinkSummary {
  /** The bitrate the user plans to stream at, kbit/s. */
  plannedKbps: number
  /** Sent rate sustained over the measurement window, kbit/s. */
  sustainedKbps: number
  /** Encoder bitrate to use: 80 % of the sustained rate (less when quality is fair or poor), kbit/s. */
  recommendedKbps: number
  /** Intervals of the window in which nothing was sent. */
  stalls: number
  /** CPU use of the push process over the window, % of one core (null where the OS does not say). */
  cpuPercent: number | null
  /** Round-trip time to the ingest port (TCP connect time), idle and while pushing. */
  rtt?: UplinkRtt
  /** Retransmitted share of the push's own TCP segments, % (null where the OS does not tell). */
  retransmitPercent?: number | null
}

/** TCP connect time to the ingest, sampled before the push (idle) and during it (loaded), ms. */
export interface UplinkRtt {
  idleMs: number | null
  loadedP50Ms: number | null
  loadedP95Ms: number | null
}

/** How one quality item was graded; 'not-measured' where this system cannot tell. */
export const QUALITY_GRADES = ['good', 'fair', 'poor', 'not-measured'] as const
export type QualityGrade = (typeof QUALITY_GRADES)[number]

/** The quality items graded during the uplink push, each with its own verdict. */
export interface UplinkQuality {
  /** How much the RTT grows under load (bufferbloat). */
  bufferbloat: QualityGrade
  /** Retransmissions of the push's own connection. */
  retransmits: QualityGrade
  /** Steadiness of the per-second send rate (jitter) and stalls. */
  steadiness: QualityGrade
}

/** What the uplink test saw. */
export interface UplinkEvidence extends Partial<UplinkSummary> {
  /** Rate the clip was pushed at (its real bitrate: planned / 0.8, so headroom shows), kbit/s. */
  testKbps?: number
  /** Measurement window actually used, ms (after the warm-up). */
  measuredMs?: number
  warmupMs?: number
  /** ffmpeg's speed over the window (1 = real time). */
  speed?: number
  /** Send rate of each second of the measured window, kbit/s (the app's chart). */
  rateKbps?: number[]
  /** Standard deviation of the per-second send rate, kbit/s. */
  jitterKbps?: number
  /** Verdict per quality item. */
  quality?: UplinkQuality
  /** Median bytes waiting in the push's TCP send queue over the window (Linux), when read. */
  sendQueueBytes?: number
  /** 'clip' = pre-encoded, `-c copy`; 'live' = encoded while pushing. */
  source?: 'clip' | 'live'
  /** Stream name the test pushed to. */
  stream?: string
  pid?: number
  /** Redacted last lines of ffmpeg's stderr when the push failed. */
  stderrTail?: string[]
  exitCode?: number | null
}

/** Result of the uplink test. */
export type UplinkResult = CheckResult<'uplink', UplinkCode, UplinkEvidence>
