import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { PHASES, type Phase } from '@shared/report'
import type { RunState } from '../lib/wizard-state'
import { StatusBadge } from './StatusBadge'

const OPTIONAL_PHASES: readonly Phase[] = ['clock', 'api', 'uplink']

/** The ladder's phases: waiting boxes only for the protocols this run tries. */
function expected(run: RunState, phase: Phase): boolean {
  if (OPTIONAL_PHASES.includes(phase)) return false
  if (phase === 'rtmps' || phase === 'srt') return run.transports?.includes(phase) === true
  return true
}

/** Seconds since `since`, refreshed while `live`. */
function useElapsed(since: number, live: boolean): number {
  const [now, setNow] = useState(Date.now)
  useEffect(() => {
    if (!live) return
    const timer = setInterval(() => setNow(Date.now()), 200)
    return () => clearInterval(timer)
  }, [live])
  return Math.max(0, (now - since) / 1000)
}

/** The phases of a running check, each with its state and time, the TEST note and Cancel. */
export function RunProgress({
  run,
  onCancel
}: {
  run: RunState
  onCancel: () => void
}): React.JSX.Element {
  const { t } = useTranslation()
  const live = run.status === 'running'
  const elapsed = useElapsed(run.startedAt, live)
  return (
    <section className="run-progress" aria-label={t('ui.run.progress')}>
      <p className="elapsed" aria-live="off">
        {t('ui.run.elapsed', { seconds: elapsed.toFixed(1) })}
      </p>
      <ol className="phases" aria-live="polite">
        {PHASES.map((phase) => {
          const p = run.phases[phase]
          // Clock, uplink and unticked protocols run only when asked for: no "waiting" box for a
          // phase that never comes.
          if (p === undefined && !expected(run, phase)) return null
          return (
            <li
              key={phase}
              className={`phase phase-${p?.state ?? 'waiting'}`}
              data-testid={`phase-${phase}`}
            >
              <span className="phase-name">{t(`phase.${phase}`)}</span>
              {p === undefined ? (
                <span className="muted">{t('ui.run.waiting')}</span>
              ) : p.state === 'running' ? (
                <span className="spinner-text">{t('ui.run.running')}</span>
              ) : (
                <StatusBadge status={p.state} />
              )}
              {p && p.state !== 'running' && (
                <span className="muted phase-time">{t('ui.run.ms', { ms: p.atMs })}</span>
              )}
            </li>
          )
        })}
      </ol>
      {live && run.pushStream && (
        <p className="test-note" role="note">
          {t('cli.test-not-live', { stream: run.pushStream })}
          {run.push &&
            ` — ${t('ui.run.push-live', { time: run.push.timeSec.toFixed(1), kbps: Math.round(run.push.kbps ?? 0) })}`}
        </p>
      )}
      {live && (
        <button type="button" className="danger" onClick={onCancel}>
          {t('ui.run.cancel')}
        </button>
      )}
      {run.status === 'error' && (
        <p role="alert">{t('ui.error.ipc', { message: run.error ?? '' })}</p>
      )}
    </section>
  )
}
