/**
 * The clock check's result: this machine's clock against a trusted server's (the HTTP `Date`
 * header of an HTTPS request). A wrong local clock signs URLs with a wrong txTime and shows a
 * wrong expiry, by exactly the skew.
 */
import type { CheckResult } from './result'

/** Outcomes of the clock check. */
export const CLOCK_CODES = [
  'clock-ok',
  'clock-skewed',
  'clock-unreachable',
  'clock-no-date',
  'clock-untrusted',
  'clock-skipped-local-ingest',
  'clock-cancelled'
] as const
export type ClockCode = (typeof CLOCK_CODES)[number]

/** What the clock check saw. Times are ms since epoch; skew = server − local (positive: we are behind). */
export interface ClockEvidence {
  /** `host[:port]` asked. */
  server: string
  /** Server time minus local time, ms (rounded), when known. */
  skewMs?: number
  /** |skew| in whole seconds, for texts. */
  skewSec?: number
  /** 'ahead' = this machine's clock is ahead of the server's. */
  direction?: 'ahead' | 'behind'
  /** Request round trip, ms: the skew is uncertain by half of it plus the Date header's 1 s. */
  rttMs?: number
  /** The server's Date header, parsed. */
  serverTime?: number
  httpStatus?: number
  /** Why the server's time was not used (a TLS or socket error code). */
  error?: string
}

/** Result of the clock check. */
export type ClockResult = CheckResult<'clock', ClockCode, ClockEvidence>
