import { useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { describeCheck, type DescribeContext } from '@shared/describe'
import { formatDate } from '@shared/format-time'
import type { PushUrl } from '@shared/push-url'
import type { Report } from '@shared/report'
import { orderedChecks, reportParams, verdictKey } from '@shared/report-text'
import { TencentApiCard } from '../components/TencentApiCard'
import { ComparisonView } from '../components/ComparisonView'
import { GoNoGoSheet } from '../components/GoNoGoSheet'
import { HotspotPanel } from '../components/HotspotPanel'
import { ReportActions } from '../components/ReportActions'
import { StatusBadge } from '../components/StatusBadge'
import { StepCard } from '../components/StepCard'
import { SupportLinkCopy } from '../components/SupportLinkCopy'
import { TransportTable } from '../components/TransportTable'
import { WatchPanel } from '../components/WatchPanel'
import type { WatchBase } from '../hooks/useWatch'
import { UplinkCard } from '../components/UplinkCard'
import { useDescribeContext } from '../hooks/useDescribeContext'
import type { HotspotState } from '../lib/wizard-state'
import { conclusionParams } from '../lib/comparison'
import { firstNext, STEPS } from '../lib/steps'
import { linkFromReport } from '../lib/support-link'
import { otherTransportCause, ownUrlFor, recommendedWay } from '../lib/transports'

const VERDICT_ICON = { pass: '✓', warn: '!', fail: '✕', skipped: '–' } as const

/** The verdict's status class: green, amber, red, grey. */
function verdictStatus(r: Report): 'pass' | 'warn' | 'fail' | 'skipped' {
  if (r.cancelled) return 'skipped'
  return r.verdict === 'ready' ? 'pass' : r.verdict === 'warnings' ? 'warn' : 'fail'
}

/** The verdict line: the report's own, or "works with another protocol: use rtmps://…". */
function verdictText(r: Report, t: Translate): string {
  const way = recommendedWay(r)
  // Only when nothing fails: a warning of its own (short txTime, say) is still read on the cards.
  if (r.cancelled || r.verdict !== 'warnings' || !way || !otherTransportCause(r))
    return t(verdictKey(r))
  return t('transport.verdict.other', {
    scheme: way.transport,
    transport: t(`transport.name.${way.transport}`)
  })
}

type Translate = (key: string, params?: Record<string, string | number>) => string

/** The banners (saved file, demo), the verdict and when and where the check ran. */
function VerdictHeader({
  report,
  saved,
  demo,
  when,
  verdictRef
}: {
  report: Report
  saved?: { fileName: string }
  demo?: boolean
  when: string
  verdictRef: React.RefObject<HTMLHeadingElement | null>
}): React.JSX.Element {
  const { t } = useTranslation()
  const machine = report.environment.machine
  const status = verdictStatus(report)
  return (
    <>
      {saved && (
        <p className="saved-banner" role="note" data-testid="saved-banner">
          {t('ui.result.saved', { file: saved.fileName, date: when, machine })}
        </p>
      )}
      {demo && (
        <p className="saved-banner" role="note" data-testid="demo-banner">
          {t('ui.demo.banner')}
        </p>
      )}
      <h2
        id="verdict"
        ref={verdictRef}
        tabIndex={-1}
        className={`verdict verdict-${status}`}
        data-testid="verdict"
      >
        <span className="verdict-icon" aria-hidden="true">
          {VERDICT_ICON[status]}
        </span>
        <span>{verdictText(report, t)}</span>
      </h2>
      <p className="muted checked-line">
        {t('ui.result.checked', {
          date: when,
          machine,
          host: report.inputs.host ?? report.inputs.url
        })}
      </p>
    </>
  )
}

/** The next step's text: the comparison's conclusion, go live, try a hotspot, or the first fix. */
function nextStepText(report: Report, ctx: DescribeContext, t: Translate): string {
  const next = firstNext(report)
  if (report.comparison) {
    const { conclusion, other } = report.comparison
    return t(`ui.compare.conclusion.${conclusion}`, conclusionParams(report, other, ctx.locale))
  }
  if (!next) return t('ui.result.next.go-live')
  if (next.action === 'hotspot') return t('ui.result.next.hotspot')
  const view = next.step.explain(report, ctx)
  return t('ui.result.next.fix', {
    step: t(`cause.${next.step.id}`, reportParams(report)),
    fix: view.fixes[0] ?? view.headline
  })
}

/** Folded technical detail: every check's code and message, the timeline, ffmpeg's log. */
function TechnicalDetails({
  report,
  ctx
}: {
  report: Report
  ctx: DescribeContext
}): React.JSX.Element {
  const { t } = useTranslation()
  const line = (e: Report['timeline'][number]): string =>
    `${String(e.at).padStart(6)} ms  ${e.phase.padEnd(9)} ${e.event}${e.detail ? `  ${e.detail}` : ''}`
  return (
    <details className="technical">
      <summary>{t('ui.run.details')}</summary>
      <h4>{t('report.checks')}</h4>
      <ul>
        {orderedChecks(report.checks).map(([key, r]) => {
          const d = describeCheck(r, ctx)
          return (
            <li key={key}>
              <StatusBadge status={r.status} /> <code>{r.code}</code> — {t(d.key, d.params)}
            </li>
          )
        })}
      </ul>
      <h4>{t('ui.run.timeline')}</h4>
      <pre className="timeline">{report.timeline.map(line).join('\n')}</pre>
      {report.checks.testPush && (
        <>
          <h4>{t('ui.run.log')}</h4>
          <pre className="log">{report.checks.testPush.evidence.stderrTail.join('\n')}</pre>
        </>
      )}
    </details>
  )
}

/** Run again (a fresh check only), change the URL, open a report. */
function ResultButtons({
  onEdit,
  onRerun,
  onOpenReport
}: {
  onEdit: () => void
  onRerun?: () => void
  onOpenReport: () => void
}): React.JSX.Element {
  const { t } = useTranslation()
  return (
    <div className="actions">
      {onRerun && (
        <button type="button" className="primary" onClick={onRerun}>
          {t('ui.run.again')}
        </button>
      )}
      <button type="button" onClick={onEdit}>
        {t('ui.result.edit')}
      </button>
      <button type="button" onClick={onOpenReport}>
        {t('ui.open')}
      </button>
    </div>
  )
}

/** The result: big verdict, the next step, the hotspot retry, one card per cause, detail folded. */
export function ResultScreen({
  report,
  saved,
  demo,
  hotspot,
  fullUrl,
  onRetryHotspot,
  watchBase,
  onEdit,
  onRerun,
  onOpenReport
}: {
  report: Report
  saved?: { fileName: string }
  demo?: boolean
  hotspot: HotspotState
  /** The user's own parsed URL of this run: its ways to push are then shown whole. */
  fullUrl?: PushUrl
  onRetryHotspot: (force?: boolean) => void
  /** What "Keep watching" watches; without it (saved report, demo) the switch is not offered. */
  watchBase?: WatchBase
  onEdit: () => void
  onRerun?: () => void
  onOpenReport: () => void
}): React.JSX.Element {
  const { t } = useTranslation()
  const ctx = useDescribeContext()
  const [sheet, setSheet] = useState(false)
  // The button that led here (Run, Cancel, Retry, Close sheet) is gone: move focus to the verdict so
  // keyboard and screen-reader users land on the answer instead of the top of the page.
  const verdictRef = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    if (!sheet) verdictRef.current?.focus()
  }, [sheet])
  const when = formatDate(report.createdAt, ctx.locale)
  const params = reportParams(report)
  if (sheet) return <GoNoGoSheet report={report} onClose={() => setSheet(false)} />
  return (
    <section className="report" aria-labelledby="verdict">
      <VerdictHeader
        report={report}
        saved={saved}
        demo={demo}
        when={when}
        verdictRef={verdictRef}
      />
      {!report.cancelled && (
        <div className="next-step" data-testid="next-step">
          <strong>
            {t('ui.result.next')}
            {t('ui.colon')}
          </strong>
          {nextStepText(report, ctx, t)}
        </div>
      )}
      <HotspotPanel state={hotspot} onRetry={onRetryHotspot} />
      {watchBase && <WatchPanel base={watchBase} />}
      {report.comparison && (
        <ComparisonView report={report} comparison={report.comparison} ctx={ctx} />
      )}
      <TransportTable report={report} ctx={ctx} fullUrl={ownUrlFor(report, fullUrl)} />
      <UplinkCard report={report} ctx={ctx} />

      <h3 className="steps-heading">{t('ui.result.steps')}</h3>
      {STEPS.filter((step) => step.shown(report)).map((step) => (
        <StepCard key={step.id} id={step.id} view={step.explain(report, ctx)} />
      ))}
      {report.notes.map((n) => (
        <p key={n.code} className="note">
          {t(n.code, { ...params, ...(n.params ?? {}) })}
        </p>
      ))}

      {report.checks.tencentApi && <TencentApiCard result={report.checks.tencentApi} ctx={ctx} />}
      <TechnicalDetails report={report} ctx={ctx} />

      <ReportActions report={report} ctx={ctx} onSheet={() => setSheet(true)} />
      {!demo && <ReportLink report={report} />}
      <ResultButtons onEdit={onEdit} onRerun={onRerun} onOpenReport={onOpenReport} />
    </section>
  )
}

/** "Copy a link for this user" under a report: the same check, for the user to run themselves. */
function ReportLink({ report }: { report: Report }): React.JSX.Element | null {
  const build = linkFromReport(report)
  return build ? <SupportLinkCopy build={build} /> : null
}
