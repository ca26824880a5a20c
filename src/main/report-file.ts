/**
 * Saved report files: the size cap and the shape check a file must pass before the app shows it.
 * Pure functions (no electron, no fs), so main's handlers and the tests use them directly.
 */
import {
  CAUSE_IDS,
  COMPARISON_CONCLUSIONS,
  NETWORK_CHANGES,
  VERDICTS,
  type Report
} from '../shared/report'
import type { ReportOpenError } from '../shared/ipc-contract'

/** Largest report file accepted: a real one is 20–80 kB (the ffmpeg tail is capped); 2 MB is ample. */
export const MAX_REPORT_BYTES = 2 * 1024 * 1024

/** A plain object (not null, not an array): the shape every untrusted JSON value is checked for. */
export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

const VERDICT_LIST: readonly string[] = VERDICTS
const CONCLUSIONS: readonly string[] = COMPARISON_CONCLUSIONS
const CHANGES: readonly string[] = NETWORK_CHANGES

/**
 * Whether a parsed value has the Report shape the renderer relies on: `kind`, `schemaVersion`,
 * the top-level fields with their types, known cause ids, and (one level deep) the comparison.
 */
export function isReport(v: unknown, depth = 0): v is Report {
  if (!isRecord(v)) return false
  if (v.kind !== 'push-preflight-report' || v.schemaVersion !== 1) return false
  if (typeof v.createdAt !== 'number' || typeof v.finishedAt !== 'number') return false
  if (typeof v.verdict !== 'string' || !VERDICT_LIST.includes(v.verdict)) return false
  if (typeof v.cancelled !== 'boolean') return false
  if (!isRecord(v.inputs) || typeof v.inputs.url !== 'string') return false
  if (!isRecord(v.environment) || typeof v.environment.machine !== 'string') return false
  if (!isRecord(v.environment.network) || !Array.isArray(v.environment.network.interfaces))
    return false
  if (!isRecord(v.checks) || !isRecord(v.checks.parse)) return false
  if (!Array.isArray(v.timeline) || !Array.isArray(v.notes) || !Array.isArray(v.causes))
    return false
  const causeIds: readonly string[] = CAUSE_IDS
  for (const c of v.causes) {
    if (!isRecord(c) || typeof c.id !== 'string' || !causeIds.includes(c.id)) return false
    if ((c.severity !== 'fail' && c.severity !== 'warn') || typeof c.reason !== 'string')
      return false
    if (!Array.isArray(c.evidence)) return false
  }
  for (const [k, r] of Object.entries(v.checks)) {
    if (k === 'parse') continue
    if (
      !isRecord(r) ||
      typeof r.code !== 'string' ||
      typeof r.status !== 'string' ||
      !isRecord(r.timing)
    )
      return false
  }
  if (v.comparison !== undefined) {
    // A hotspot run has no comparison of its own: one level is all a real report has.
    const c = v.comparison
    if (depth > 0 || !isRecord(c) || !isReport(c.other, depth + 1)) return false
    if (typeof c.conclusion !== 'string' || !CONCLUSIONS.includes(c.conclusion)) return false
    if (
      !Array.isArray(c.changes) ||
      !c.changes.every((x) => typeof x === 'string' && CHANGES.includes(x))
    )
      return false
  }
  return true
}

/** Parse a report file's text: the Report, or why it is not one. */
export function parseReportFile(
  text: string
): { ok: true; report: Report } | { ok: false; error: ReportOpenError } {
  if (text.length > MAX_REPORT_BYTES) return { ok: false, error: 'too-large' }
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return { ok: false, error: 'not-json' }
  }
  return isReport(value) ? { ok: true, report: value } : { ok: false, error: 'not-a-report' }
}

/** A safe file name from the renderer's suggestion: no folders, no odd characters, bounded. */
export function safeFileName(name: string, ext: string): string {
  const base =
    name
      .replace(/[^A-Za-z0-9._-]+/g, '-')
      .replace(/^[.-]+/, '')
      .slice(0, 80) || 'push-preflight-report'
  return base.endsWith(`.${ext}`) ? base : `${base}.${ext}`
}
