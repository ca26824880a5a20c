import { useTranslation } from 'react-i18next'
import { PHASES } from '@shared/report'
import type { RunState } from '../hooks/usePreflightRun'
import { StatusBadge } from './StatusBadge'

/** The phases of a running (or finished) check, each with its state and time, and Cancel. */
export function RunProgress({ run, onCancel }: { run: RunState; onCancel: () => void }): React.JSX.Element {
  const { t } = useTranslation()
  return (
    <section className="run-progress" aria-label={t('ui.run.progress')} aria-live="polite">
      <ol className="phases">
        {PHASES.map((phase) => {
          const p = run.phases[phase]
          return (
            <li key={phase} className={`phase phase-${p?.state ?? 'waiting'}`} data-testid={`phase-${phase}`}>
              <span className="phase-name">{t(`phase.${phase}`)}</span>
              {p === undefined ? (
                <span className="muted">{t('ui.run.waiting')}</span>
              ) : p.state === 'running' ? (
                <span>{t('ui.run.running')}</span>
              ) : (
                <StatusBadge status={p.state} />
              )}
              {p && <span className="muted phase-time">{t('ui.run.ms', { ms: p.atMs })}</span>}
            </li>
          )
        })}
      </ol>
      {run.status === 'running' && run.pushStream && (
        <p className="test-note" role="note">
          {t('cli.test-not-live', { stream: run.pushStream })}
          {run.push && ` — ${t('ui.run.push-live', { time: run.push.timeSec.toFixed(1), kbps: Math.round(run.push.kbps ?? 0) })}`}
        </p>
      )}
      {run.status === 'running' && (
        <button type="button" onClick={onCancel}>
          {t('ui.run.cancel')}
        </button>
      )}
    </section>
  )
}
