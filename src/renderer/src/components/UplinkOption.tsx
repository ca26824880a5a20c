import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { PLANNED_KBPS, PLANNED_KBPS_HINTS } from '@shared/options'
import { parsePlannedKbps, type UplinkChoice } from '../lib/uplink-field'

/**
 * The start screen's uplink test: a switch and the planned bitrate (kbit/s) with OBS's usual
 * values offered as suggestions; a message under the field when the value cannot be used, and
 * why the test would not run (no key, or no test push).
 */
export function UplinkOption({
  value,
  keyGiven,
  noPush,
  onChange
}: {
  value: UplinkChoice
  keyGiven: boolean
  noPush: boolean
  onChange: (next: UplinkChoice) => void
}): React.JSX.Element {
  const { t } = useTranslation()
  const id = useId()
  const invalid = value.on && parsePlannedKbps(value.kbpsText) === undefined
  const blocker = !value.on
    ? undefined
    : noPush
      ? 'uplink.field.needs-push'
      : !keyGiven
        ? 'uplink.field.needs-key'
        : undefined
  return (
    <fieldset className="uplink-option" data-testid="uplink-option">
      <legend className="sr-only">{t('uplink.card.heading')}</legend>
      <label className="check">
        <input
          type="checkbox"
          checked={value.on}
          onChange={(e) => onChange({ ...value, on: e.target.checked })}
        />{' '}
        {t('uplink.field.enable')}
      </label>
      {value.on && (
        <div className="row">
          <div className="field narrow">
            <label htmlFor={`${id}-kbps`}>{t('uplink.field.bitrate')}</label>
            <input
              id={`${id}-kbps`}
              inputMode="numeric"
              list={`${id}-hints`}
              value={value.kbpsText}
              aria-invalid={invalid}
              aria-describedby={`${id}-hint${invalid ? ` ${id}-error` : ''}`}
              onChange={(e) => onChange({ ...value, kbpsText: e.target.value })}
            />
            {invalid && (
              <span id={`${id}-error`} className="field-message" role="alert">
                {t('uplink.field.invalid', { from: PLANNED_KBPS.min, to: PLANNED_KBPS.max })}
              </span>
            )}
          </div>
          <datalist id={`${id}-hints`}>
            {PLANNED_KBPS_HINTS.map((k) => (
              <option key={k} value={k} />
            ))}
          </datalist>
        </div>
      )}
      {value.on && (
        <p id={`${id}-hint`} className="muted small field-hint">
          {t('uplink.field.hint')}
        </p>
      )}
      {blocker && (
        <p className="muted small" role="note" data-testid="uplink-blocker">
          {t(blocker)}
        </p>
      )}
    </fieldset>
  )
}
