import { useTranslation } from 'react-i18next'
import { describeCheck, describeParse } from '@shared/describe'
import { CheckCard } from '../CheckCard'
import { SupportLinkCopy } from '../SupportLinkCopy'
import { useDescribeContext } from '../../hooks/useDescribeContext'
import { parseNumber, type StartForm } from '../../hooks/useStartForm'
import { linkFromForm } from '../../lib/support-link'

/**
 * The offline analysis as the user types: one card for the URL (with its notes) and one each for
 * expiry, signature and the Tencent host; then "copy a support link" for a URL that parses.
 */
export function StartAnalysis({ form, id }: { form: StartForm; id: string }): React.JSX.Element {
  const { t } = useTranslation()
  const ctx = useDescribeContext()
  const { analysis, error, fields } = form
  const parsed = analysis ? describeParse(analysis.parse) : undefined
  const checks = analysis
    ? ([
        ['expiry', analysis.expiry],
        ['signature', analysis.signature],
        ['txhost', analysis.txHost]
      ] as const)
    : []
  return (
    <section className="analysis" aria-live="polite" aria-labelledby={`${id}-analysis`}>
      <h3 id={`${id}-analysis`}>{t('ui.analysis.heading')}</h3>
      <div id={`${id}-url-status`}>
        {error && <p role="alert">{t('ui.error.ipc', { message: error })}</p>}
        {!analysis && !error && <p className="muted">{t('ui.analysis.empty')}</p>}
      </div>
      {analysis && parsed && (
        <div className="analysis-cards">
          <CheckCard
            title={t('ui.field.url')}
            status={parsed.status}
            message={t(parsed.key, parsed.params)}
            testId="card-url"
          >
            {parsed.notes.length > 0 && (
              <ul className="notes">
                {parsed.notes.map((n) => (
                  <li key={n.key}>{t(n.key, n.params)}</li>
                ))}
              </ul>
            )}
          </CheckCard>
          {checks.map(([name, result]) => {
            const d = describeCheck(result, ctx)
            return (
              <CheckCard
                key={name}
                title={t(`ui.check.${name}`)}
                status={result.status}
                message={t(d.key, d.params)}
                testId={`card-${name}`}
              />
            )
          })}
        </div>
      )}
      {analysis?.parse.ok && (
        <SupportLinkCopy
          build={linkFromForm(analysis.parse.url, {
            protocols: form.ladder.request,
            pushSeconds: parseNumber(fields.pushSeconds),
            noPush: fields.noPush,
            showLengthSec: form.input.showLengthSec,
            authDeltaSec: form.input.authDeltaSec,
            ...(form.uplink.ok ? form.uplink.request : {})
          })}
        />
      )}
    </section>
  )
}
