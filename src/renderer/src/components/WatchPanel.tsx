import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { pickLanguage } from '@shared/i18n'
import { parseDuration, WATCH_MAX_EVERY_MS, WATCH_MIN_EVERY_MS } from '@shared/watch'
import { watchAlertText, watchClock, watchCountdownText, watchRttText } from '@shared/watch-text'
import { useDescribeContext } from '../hooks/useDescribeContext'
import { useWatch, type WatchBase } from '../hooks/useWatch'
import { WatchTimeline } from './WatchTimeline'

/** The interval a new watch starts with (5 min: often enough, light on the ingest). */
const DEFAULT_EVERY = '5m'

/**
 * The result screen's "Keep watching": a switch, the interval, then the RTT timeline, the expiry
 * countdown and the alerts. Leaving the screen unmounts this and so stops the watch.
 */
export function WatchPanel({ base }: { base: WatchBase }): React.JSX.Element {
  const { t, i18n } = useTranslation()
  const ctx = useDescribeContext()
  const { state, start, stop } = useWatch(base, pickLanguage(i18n.language))
  const [every, setEvery] = useState(DEFAULT_EVERY)
  const everyMs = parseDuration(every)
  const everyOk =
    everyMs !== undefined && everyMs >= WATCH_MIN_EVERY_MS && everyMs <= WATCH_MAX_EVERY_MS
  const last = state.rounds[state.rounds.length - 1]
  const toggle = (): void => {
    if (state.on) stop()
    else if (everyOk && everyMs !== undefined) start(everyMs)
  }
  return (
    <section className="card watch" aria-labelledby="watch-title" data-testid="watch-panel">
      <div className="watch-controls">
        <label className="switch">
          <input
            type="checkbox"
            role="switch"
            aria-checked={state.on}
            checked={state.on}
            onChange={toggle}
            disabled={!state.on && !everyOk}
          />
          <strong id="watch-title">{t('ui.watch.switch')}</strong>
        </label>
        <label>
          {t('ui.watch.every')}{' '}
          <input
            type="text"
            size={6}
            value={every}
            disabled={state.on}
            aria-invalid={!everyOk}
            aria-describedby={everyOk ? undefined : 'watch-every-error'}
            onChange={(e) => setEvery(e.target.value)}
          />
        </label>
      </div>
      {!everyOk && (
        <p id="watch-every-error" className="field-error" role="alert">
          {t('ui.watch.every-invalid')}
        </p>
      )}
      {!state.on && state.rounds.length === 0 && <p className="muted">{t('ui.watch.hint')}</p>}
      {state.error && <p role="alert">{t('ui.watch.error', { message: state.error })}</p>}
      {(state.on || state.rounds.length > 0) && (
        <>
          <p className="watch-status" data-testid="watch-status">
            {last
              ? `${t(`watch.verdict.${last.verdict}`)} · ${watchRttText(last.rttMs, ctx)} · ${watchCountdownText(last.expiresInSec, ctx)} · ${t('ui.watch.rounds', { count: last.index })}`
              : t('ui.watch.chart-empty')}
          </p>
          <h4>{t('ui.watch.chart')}</h4>
          <WatchTimeline rounds={state.rounds} />
          <h4>{t('ui.watch.alerts')}</h4>
          {state.alerts.length === 0 ? (
            <p className="muted">{t('ui.watch.no-alerts')}</p>
          ) : (
            <ul className="watch-alerts" data-testid="watch-alerts">
              {[...state.alerts].reverse().map((a, i) => (
                <li
                  key={`${a.index}-${i}`}
                  className={a.alert.code === 'recovered' ? 'alert-ok' : 'alert-warn'}
                >
                  <span className="muted">{watchClock(a.at, ctx.locale)}</span>{' '}
                  {watchAlertText(a.alert, ctx)}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  )
}
