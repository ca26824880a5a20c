/**
 * The one result shape every check returns (house style habit 6): plain data that survives
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
export interface CheckResult<Id extends string = string, Code extends string = string, Evidence = unknown> {
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
