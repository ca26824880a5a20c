/**
 * The one result shape every check returns: plain data that survives
 * structured clone and JSON. Expected failures (NXDOMAIN, a filtered port, a rejected publish,
 * a missing ffmpeg) are results with a code; only bugs throw.
 */

/** Outcome of one check. `skipped` means the check could not or should not run (see its code). */
export type CheckStatus = 'pass' | 'warn' | 'fail' | 'skipped'

/** When a check ran: wall-clock start (ms since epoch) and how long it took. */
export interface Timing {
  startedAt: number
  durationMs: number
}

/** Uniform result of one check. `code` is a stable id from that check's code union. */
export interface CheckResult<
  Id extends string = string,
  Code extends string = string,
  Evidence = unknown
> {
  id: Id
  status: CheckStatus
  code: Code
  timing: Timing
  evidence: Evidence
}

/** Severity order used when ranking results: fail outranks warn outranks pass/skipped. */
export const STATUS_RANK: Record<CheckStatus, number> = { fail: 3, warn: 2, skipped: 1, pass: 0 }

/** The worst status of a list (pass for an empty list). */
export function worstStatus(statuses: readonly CheckStatus[]): CheckStatus {
  let worst: CheckStatus = 'pass'
  for (const s of statuses) if (STATUS_RANK[s] > STATUS_RANK[worst]) worst = s
  return worst
}

/** A running check's clock: when it started, and its timing so far. */
export interface Stopwatch {
  /** Wall-clock start, ms since epoch. */
  readonly startedAt: number
  /** The duration clock's reading at the start (for deadlines on the same clock). */
  readonly origin: number
  /** Start and time elapsed since, as a result's timing. */
  timing(): Timing
}

/**
 * Starts timing a check. `startedAt` comes from `wallClock` (ms since epoch), the duration from
 * `now`, which may be a monotonic clock; without a wall clock, `now` serves for both. Both are
 * injectable so tests can fake them. With `wholeMs` the duration is rounded to whole ms and never
 * negative (for socket-based checks whose monotonic clock has sub-ms resolution).
 */
export function startTiming(
  now: () => number,
  wallClock?: () => number,
  opts: { wholeMs?: boolean } = {}
): Stopwatch {
  // One reading when both are the same clock, so the start and the origin agree exactly.
  const startedAt = (wallClock ?? now)()
  const origin = wallClock ? now() : startedAt
  return {
    startedAt,
    origin,
    timing: () => {
      const elapsed = now() - origin
      return { startedAt, durationMs: opts.wholeMs ? Math.max(0, Math.round(elapsed)) : elapsed }
    }
  }
}

/** Builds a check's result: the status is looked up by code in the check's own table. */
export function checkResult<Id extends string, Code extends string, Evidence>(
  id: Id,
  code: Code,
  statusByCode: Readonly<Record<Code, CheckStatus>>,
  evidence: Evidence,
  timing: Timing
): CheckResult<Id, Code, Evidence> {
  return { id, status: statusByCode[code], code, timing, evidence }
}
