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
  /** Encoder bitrate to use: 80 % of the sustained rate, kbit/s. */
  recommendedKbps: number
  /** Intervals of the window in which nothing was sent. */
  stalls: number
  /** CPU use of the push process over the window, % of one core (null where the OS does not say). */
  cpuPercent: number | null
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
