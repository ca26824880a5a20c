/**
 * The uplink test's quality under load as text lines, in the UI language: one line per graded
 * item with its numbers (shown under the uplink line of the report), and how each grade is
 * decided. Pure; the thresholds come from the caller (the engine's constants), so they live once.
 */
import type { Report } from './report'
import type { QualityGrade, UplinkQuality } from './uplink'

/** Translates a key with parameters (i18next's `t`, or the report context's). */
type Translate = (key: string, params?: Record<string, string | number>) => string

const ITEMS = ['bufferbloat', 'retransmits', 'steadiness'] as const satisfies ReadonlyArray<
  keyof UplinkQuality
>

const num = (v: number | null | undefined): string | number =>
  v === null || v === undefined ? '–' : v

/** One line per quality item of the report's uplink test; none when it graded nothing. */
export function uplinkQualityLines(report: Report, t: Translate): string[] {
  const e = report.checks.uplink?.evidence
  const quality = e?.quality
  if (!e || !quality) return []
  const rtt = report.uplink?.rtt ?? e.rtt
  const params: Record<(typeof ITEMS)[number], Record<string, string | number>> = {
    bufferbloat: {
      idleMs: num(rtt?.idleMs),
      loadedP50Ms: num(rtt?.loadedP50Ms),
      loadedP95Ms: num(rtt?.loadedP95Ms)
    },
    retransmits: { percent: num(report.uplink?.retransmitPercent ?? e.retransmitPercent) },
    steadiness: { jitterKbps: num(e.jitterKbps), stalls: num(e.stalls) }
  }
  return ITEMS.map((item) => {
    const grade: QualityGrade = quality[item]
    if (grade === 'not-measured') return t(`uplink.quality.${item}.not-measured`)
    return t(`uplink.quality.${item}`, {
      ...params[item],
      grade: t(`uplink.quality.grade.${grade}`)
    })
  })
}

/** How each grade is decided and what it does to the recommended bitrate, with the thresholds. */
export function uplinkQualityExplainLines(
  t: Translate,
  thresholds: Record<string, number>
): string[] {
  return [...ITEMS, 'bitrate'].map((item) => t(`uplink.quality.explain.${item}`, thresholds))
}
