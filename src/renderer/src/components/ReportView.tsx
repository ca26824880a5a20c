import { useTranslation } from 'react-i18next'
import { describeCheck, type DescribeContext } from '@shared/describe'
import { pickLanguage, timeWordsFor } from '@shared/i18n'
import type { Report } from '@shared/report'
import { describeCause, orderedChecks, verdictKey } from '@shared/report-text'
import { CheckCard } from './CheckCard'

/** A finished run: the big verdict, one card per cause, every check, the technical detail folded. */
export function ReportView({ report }: { report: Report }): React.JSX.Element {
  const { t, i18n } = useTranslation()
  const ctx: DescribeContext = { now: Date.now(), locale: i18n.language, words: timeWordsFor(pickLanguage(i18n.language)), t }
  const verdictClass = report.cancelled ? 'skipped' : report.verdict === 'ready' ? 'pass' : report.verdict === 'warnings' ? 'warn' : 'fail'
  return (
    <section className="report" aria-label={t('ui.run.result')}>
      <h2 className={`verdict verdict-${verdictClass}`} data-testid="verdict">
        {t(verdictKey(report))}
      </h2>
      {report.causes.map((cause, i) => {
        const d = describeCause(cause, report, ctx)
        return (
          <CheckCard
            key={`${cause.id}-${i}`}
            title={`${d.title} · ${t(`confidence.${cause.confidence}`)}`}
            status={cause.severity}
            message={d.headline}
            testId={`cause-${cause.id}`}
          >
            {d.evidence.map((e) => (
              <p key={e} className="evidence">
                {e}
              </p>
            ))}
            <h4>{t('report.what-to-do')}</h4>
            <ol>
              {d.steps.map((s) => (
                <li key={s}>{s}</li>
              ))}
            </ol>
            {d.tellApart.length > 0 && (
              <>
                <h4>{t('report.tell-apart')}</h4>
                <ul>
                  {d.tellApart.map((s) => (
                    <li key={s}>{s}</li>
                  ))}
                </ul>
              </>
            )}
          </CheckCard>
        )
      })}
      {report.notes.map((n) => (
        <p key={n.code} className="note">
          {t(n.code, n.params)}
        </p>
      ))}
      <details className="technical">
        <summary>{t('ui.run.details')}</summary>
        <h3>{t('report.checks')}</h3>
        <ul>
          {orderedChecks(report.checks).map(([key, r]) => {
            const d = describeCheck(r, ctx)
            return (
              <li key={key}>
                <strong>{r.status}</strong> <code>{r.code}</code> — {t(d.key, d.params)}
              </li>
            )
          })}
        </ul>
        <h3>{t('ui.run.timeline')}</h3>
        <pre className="timeline">
          {report.timeline.map((e) => `${String(e.at).padStart(6)} ms  ${e.phase.padEnd(9)} ${e.event}${e.detail ? `  ${e.detail}` : ''}`).join('\n')}
        </pre>
        {report.checks.testPush && (
          <>
            <h3>{t('ui.run.log')}</h3>
            <pre className="log">{report.checks.testPush.evidence.stderrTail.join('\n')}</pre>
          </>
        )}
      </details>
    </section>
  )
}
