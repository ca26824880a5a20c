import { useTranslation } from 'react-i18next'
import { describeCheck, type DescribeContext } from '@shared/describe'
import type { Report } from '@shared/report'
import type { QualityGrade, UplinkEvidence, UplinkQuality } from '@shared/uplink'
import { CheckCard } from './CheckCard'
import { SendRateChart } from './SendRateChart'

/** The quality items in the order they are shown. */
const QUALITY_ITEMS = [
  'bufferbloat',
  'retransmits',
  'steadiness'
] as const satisfies readonly (keyof UplinkQuality)[]
type QualityItem = (typeof QUALITY_ITEMS)[number]

type T = (key: string, params?: Record<string, string | number>) => string

/** A number as the UI language writes it, without thousands separators (kbit/s read as codes). */
function num(n: number, locale: string): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 1, useGrouping: false }).format(n)
}

/** One quality item's measured value in words, or undefined when the report has none for it. */
function qualityValue(
  item: QualityItem,
  e: UplinkEvidence,
  t: T,
  locale: string
): string | undefined {
  const ms = (v: number | null): string =>
    v === null ? t('uplink.card.not-measured') : t('uplink.card.quality.ms', { ms: num(v, locale) })
  if (item === 'bufferbloat') {
    if (!e.rtt) return undefined
    return t('uplink.card.quality.bufferbloat.value', {
      idle: ms(e.rtt.idleMs),
      p50: ms(e.rtt.loadedP50Ms),
      p95: ms(e.rtt.loadedP95Ms)
    })
  }
  if (item === 'retransmits') {
    if (e.retransmitPercent === undefined) return undefined
    if (e.retransmitPercent === null) return t('uplink.card.not-measured')
    return t('uplink.card.quality.retransmits.value', { percent: num(e.retransmitPercent, locale) })
  }
  if (e.jitterKbps === undefined) return undefined
  return t('uplink.card.quality.steadiness.value', {
    jitter: num(e.jitterKbps, locale),
    stalls: e.stalls ?? 0
  })
}

/** The grade of an item: the report's own, or 'not-measured' where the system could not tell. */
function qualityGrade(item: QualityItem, e: UplinkEvidence): QualityGrade | undefined {
  if (e.quality) return e.quality[item]
  if (item === 'retransmits' && e.retransmitPercent === null) return 'not-measured'
  return undefined
}

/** The quality-under-load rows: one per item the report has, its value and its grade in words. */
function QualityRows({ e }: { e: UplinkEvidence }): React.JSX.Element | null {
  const { t, i18n } = useTranslation()
  const rows = QUALITY_ITEMS.map((item) => ({
    item,
    value: qualityValue(item, e, t, i18n.language),
    grade: qualityGrade(item, e)
  })).filter((r) => r.value !== undefined || r.grade !== undefined)
  if (rows.length === 0) return null
  return (
    <>
      <h4>{t('uplink.card.quality.heading')}</h4>
      <ul className="quality-rows" data-testid="uplink-quality">
        {rows.map(({ item, value, grade }) => (
          <li key={item} data-testid={`uplink-quality-${item}`} data-grade={grade}>
            <strong>{t(`uplink.card.quality.${item}`)}</strong>
            {grade && (
              <span className={`grade grade-${grade}`}>{t(`uplink.quality.grade.${grade}`)}</span>
            )}
            {value && <span className="quality-value">{value}</span>}
            <span className="muted small quality-explain">
              {t(`uplink.card.quality.${item}.explain`)}
            </span>
          </li>
        ))}
      </ul>
    </>
  )
}

/**
 * The uplink test's card: its verdict, the numbers (sustained upload, planned and recommended
 * bitrate, stalls, CPU of the push), the per-second send rate as a chart, and the quality rows.
 * Any part the report lacks is left out (a skipped test shows its reason only).
 */
export function UplinkCard({
  report,
  ctx
}: {
  report: Report
  ctx: DescribeContext
}): React.JSX.Element | null {
  const { t } = useTranslation()
  const result = report.checks.uplink
  if (!result) return null
  const e: UplinkEvidence = { ...result.evidence, ...report.uplink }
  const d = describeCheck(result, ctx)
  const kbps = (v: number): string => t('uplink.card.kbps', { kbps: Math.round(v) })
  const facts: Array<[string, string | undefined]> = [
    ['sustained', e.sustainedKbps === undefined ? undefined : kbps(e.sustainedKbps)],
    ['planned', e.plannedKbps === undefined ? undefined : kbps(e.plannedKbps)],
    ['recommended', e.recommendedKbps === undefined ? undefined : kbps(e.recommendedKbps)],
    ['stalls', e.stalls === undefined ? undefined : String(e.stalls)],
    [
      'cpu',
      e.cpuPercent === undefined
        ? undefined
        : e.cpuPercent === null
          ? t('uplink.card.not-measured')
          : t('uplink.card.cpu-value', { cpu: num(e.cpuPercent, ctx.locale) })
    ]
  ]
  const shown = facts.filter((f): f is [string, string] => f[1] !== undefined)
  return (
    <CheckCard
      title={t('uplink.card.heading')}
      status={result.status}
      message={t(d.key, d.params)}
      testId="uplink-card"
    >
      {shown.length > 0 && (
        <dl className="uplink-facts">
          {shown.map(([name, value]) => (
            <div key={name} data-testid={`uplink-${name}`}>
              <dt>{t(`uplink.card.${name}`)}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      )}
      {e.rateKbps && e.rateKbps.length > 0 && (
        <SendRateChart rateKbps={e.rateKbps} plannedKbps={e.plannedKbps} />
      )}
      <QualityRows e={e} />
    </CheckCard>
  )
}
