import { useTranslation } from 'react-i18next'
import type { HotspotState } from '../lib/wizard-state'

/** The 4G-hotspot prompt: how to switch, Retry, and "the network did not change" when so. */
export function HotspotPanel({
  state,
  onRetry
}: {
  state: HotspotState
  onRetry: (force?: boolean) => void
}): React.JSX.Element | null {
  const { t } = useTranslation()
  if (state.stage === 'none') return null
  return (
    <section className="card hotspot" aria-labelledby="hotspot-title" data-testid="hotspot">
      <h3 id="hotspot-title">{t('ui.hotspot.heading')}</h3>
      <p>{t('ui.hotspot.why')}</p>
      <ol>
        {t('ui.hotspot.steps')
          .split('\n')
          .map((s) => (
            <li key={s}>{s}</li>
          ))}
      </ol>
      {state.stage === 'same' && (
        <p role="alert" className="warn-text">
          {t('ui.hotspot.same')}
        </p>
      )}
      <div className="actions">
        <button
          type="button"
          className="primary"
          disabled={state.stage === 'checking'}
          onClick={() => onRetry(false)}
        >
          {state.stage === 'checking' ? t('ui.hotspot.checking') : t('ui.hotspot.retry')}
        </button>
        {state.stage === 'same' && (
          <button type="button" onClick={() => onRetry(true)}>
            {t('ui.hotspot.anyway')}
          </button>
        )}
      </div>
    </section>
  )
}
