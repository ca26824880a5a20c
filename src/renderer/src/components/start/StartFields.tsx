import { useTranslation } from 'react-i18next'
import type { StartForm } from '../../hooks/useStartForm'

/**
 * Where to push: one push URL, or OBS's pair (server and stream key). `id` prefixes the ids the
 * analysis below points the fields at.
 */
export function UrlFields({
  form,
  id,
  invalid
}: {
  form: StartForm
  id: string
  invalid: boolean
}): React.JSX.Element {
  const { t } = useTranslation()
  const { fields: f, set } = form
  const text = (name: 'server' | 'streamKey'): React.JSX.Element => (
    <label className="field wide">
      <span>{t(`ui.field.${name}`)}</span>
      <input
        type="text"
        value={f[name]}
        spellCheck={false}
        aria-invalid={invalid}
        aria-describedby={`${id}-url-status`}
        placeholder={t(`ui.field.${name}.placeholder`)}
        onChange={(e) => set({ [name]: e.target.value })}
      />
    </label>
  )
  return (
    <>
      <fieldset className="mode">
        <legend className="sr-only">{t('ui.start.mode')}</legend>
        {(['url', 'obs'] as const).map((m) => (
          <label key={m}>
            <input
              type="radio"
              name={`${id}-mode`}
              checked={f.mode === m}
              onChange={() => set({ mode: m })}
            />
            {t(`ui.mode.${m}`)}
          </label>
        ))}
      </fieldset>
      {f.mode === 'url' ? (
        <label className="field wide">
          <span>{t('ui.field.url')}</span>
          <input
            type="text"
            value={f.url}
            spellCheck={false}
            autoComplete="off"
            aria-invalid={invalid}
            aria-describedby={`${id}-url-status ${id}-url-hint`}
            placeholder={t('transport.field.url.placeholder')}
            onChange={(e) => set({ url: e.target.value })}
          />
        </label>
      ) : (
        <>
          {text('server')}
          {text('streamKey')}
        </>
      )}
      <p id={`${id}-url-hint`} className="muted small field-hint">
        {t('transport.field.url.hint')}
      </p>
    </>
  )
}

/** The push keys (kept in memory unless "remember"), the planned show length, "remember". */
export function KeyFields({ form }: { form: StartForm }): React.JSX.Element {
  const { t } = useTranslation()
  const { fields: f, set } = form
  const note = {
    loaded: 'ui.keys.remembered',
    'not-saved': 'ui.keys.not-saved',
    '': 'ui.keys.hint'
  }
  return (
    <>
      <div className="row">
        <label className="field">
          <span>{t('ui.field.key')}</span>
          <input
            type="password"
            value={f.key}
            autoComplete="off"
            onChange={(e) => set({ key: e.target.value })}
          />
        </label>
        <label className="field">
          <span>{t('ui.field.backupKey')}</span>
          <input
            type="password"
            value={f.backupKey}
            autoComplete="off"
            onChange={(e) => set({ backupKey: e.target.value })}
          />
        </label>
        <label className="field narrow">
          <span>{t('ui.field.showLength')}</span>
          <input
            inputMode="decimal"
            value={f.showHours}
            onChange={(e) => set({ showHours: e.target.value })}
          />
        </label>
      </div>
      <label className="check">
        <input
          type="checkbox"
          checked={f.remember}
          onChange={(e) => form.toggleRemember(e.target.checked)}
        />{' '}
        {t('ui.keys.remember')}
      </label>
      <p className="muted small" role="status">
        {t(note[f.keysNote])}
      </p>
    </>
  )
}

/** "More options", folded: signature time offset, DNS server, push length, no push, real name. */
export function AdvancedOptions({ form }: { form: StartForm }): React.JSX.Element {
  const { t } = useTranslation()
  const { fields: f, set } = form
  return (
    <details className="advanced">
      <summary>{t('ui.start.advanced')}</summary>
      <div className="row">
        <label className="field narrow">
          <span>{t('ui.field.authDelta')}</span>
          <input
            inputMode="numeric"
            value={f.authDelta}
            onChange={(e) => set({ authDelta: e.target.value })}
          />
        </label>
        <label className="field">
          <span>{t('ui.run.dns')}</span>
          <input
            value={f.dnsServer}
            spellCheck={false}
            onChange={(e) => set({ dnsServer: e.target.value })}
          />
        </label>
        <label className="field narrow">
          <span>{t('ui.run.pushSeconds')}</span>
          <input
            inputMode="numeric"
            value={f.pushSeconds}
            onChange={(e) => set({ pushSeconds: e.target.value })}
          />
        </label>
      </div>
      <label className="check">
        <input
          type="checkbox"
          checked={f.noPush}
          onChange={(e) => set({ noPush: e.target.checked })}
        />{' '}
        {t('ui.run.noPush')}
      </label>
      {!form.keyGiven && !f.noPush && f.live !== true && (
        <label className="check">
          <input
            type="checkbox"
            checked={f.pushReal}
            onChange={(e) => set({ pushReal: e.target.checked })}
          />{' '}
          {t('ui.run.pushReal')}
        </label>
      )}
    </details>
  )
}
