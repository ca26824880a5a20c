import { useId } from 'react'
import { useTranslation } from 'react-i18next'

/**
 * The required "Is this stream live right now?" choice of the start form. Unanswered until the
 * user picks one: the check never guesses, because probing a live stream's real name can cut the
 * show on ingests where a new publisher replaces the live one.
 */
export function LiveQuestion({
  live,
  onChange
}: {
  live: boolean | undefined
  onChange: (live: boolean) => void
}): React.JSX.Element {
  const { t } = useTranslation()
  const id = useId()
  return (
    <fieldset className="live-question" aria-describedby={`${id}-hint`} data-testid="live-question">
      <legend>{t('ui.live.question')}</legend>
      <p id={`${id}-hint`} className="muted small">
        {t('ui.live.hint')}
      </p>
      {([false, true] as const).map((value) => (
        <label key={String(value)} className="check">
          <input
            type="radio"
            name={`${id}-live`}
            checked={live === value}
            required
            onChange={() => onChange(value)}
          />{' '}
          {t(value ? 'ui.live.yes' : 'ui.live.no')}
        </label>
      ))}
      {live === undefined && <p className="muted small">{t('ui.live.required')}</p>}
    </fieldset>
  )
}
