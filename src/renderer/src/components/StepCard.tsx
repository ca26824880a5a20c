import { useTranslation } from 'react-i18next'
import type { StepView } from '../lib/steps'
import { StatusBadge } from './StatusBadge'

/** One cause of the walkthrough: status, plain-words evidence, what to do step by step. */
export function StepCard({ id, view }: { id: string; view: StepView }): React.JSX.Element {
  const { t } = useTranslation()
  const headingId = `step-${id}-title`
  return (
    <section
      className={`card step card-${view.status}`}
      aria-labelledby={headingId}
      data-testid={`cause-${id}`}
      data-status={view.status}
    >
      <header className="card-header">
        <h3 id={headingId}>{view.title}</h3>
        <span className="card-tags">
          {view.confidence && view.status !== 'pass' && (
            <span className="confidence">{t(`confidence.${view.confidence}`)}</span>
          )}
          <StatusBadge status={view.status} />
        </span>
      </header>
      <p className="card-message">{view.headline}</p>
      {view.evidence.length > 0 && (
        <ul className="evidence" aria-label={t('ui.step.evidence')}>
          {view.evidence.map((e) => (
            <li key={e}>{e}</li>
          ))}
        </ul>
      )}
      {view.fixes.length > 0 && (
        <>
          <h4>{t('report.what-to-do')}</h4>
          <ol className="fixes">
            {view.fixes.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ol>
        </>
      )}
      {view.tellApart.length > 0 && (
        <>
          <h4>{t('report.tell-apart')}</h4>
          <ul className="fixes">
            {view.tellApart.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  )
}
