import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import {
  pushUrlFromLink,
  signatureProblem,
  type DeepLink,
  type DeepLinkError
} from '@shared/deep-link'

/** What the start screen shows about the last support link: the link opened, or why not. */
export type LinkPanelState = { link: DeepLink } | { error: DeepLinkError }

/**
 * The notice of a support link on the start screen. For an opened link: what was filled in, and
 * two fields for the user's own txSecret and txTime, which complete the push URL field. For a
 * refused one: why, in one line.
 */
export function SupportLinkPanel({
  state,
  onUrl,
  onDismiss
}: {
  state: LinkPanelState
  /** The push URL with the signature typed so far (the URL field's new text). */
  onUrl: (url: string) => void
  onDismiss: () => void
}): React.JSX.Element {
  const { t } = useTranslation()
  const id = useId()
  const [sig, setSig] = useState({ txSecret: '', txTime: '' })
  if ('error' in state) {
    return (
      <div role="alert" className="card card-fail support-link" data-testid="support-link-refused">
        <strong>{t('link.refused.heading')}</strong>
        <p>{t(`link.error.${state.error.code}`, { field: state.error.field ?? '', max: 1024 })}</p>
        <button type="button" className="link-button" onClick={onDismiss}>
          {t('link.dismiss')}
        </button>
      </div>
    )
  }
  const { link } = state
  const bad = sig.txSecret === '' && sig.txTime === '' ? undefined : signatureProblem(sig)
  function change(field: 'txSecret' | 'txTime', value: string): void {
    const next = { ...sig, [field]: value.trim() }
    setSig(next)
    onUrl(signatureProblem(next) ? pushUrlFromLink(link) : pushUrlFromLink(link, next))
  }
  return (
    <section className="card support-link" aria-labelledby={`${id}-h`} data-testid="support-link">
      <strong id={`${id}-h`}>{t('link.opened.heading')}</strong>
      <p>{t('link.opened.body', { target: `${link.domain}/${link.app}/${link.stream}` })}</p>
      <div className="row">
        {(['txSecret', 'txTime'] as const).map((f) => (
          <label key={f} className="field">
            <span>{t(`link.field.${f}`)}</span>
            <input
              type="text"
              value={sig[f]}
              spellCheck={false}
              autoComplete="off"
              aria-invalid={bad === f}
              onChange={(e) => change(f, e.target.value)}
            />
          </label>
        ))}
      </div>
      {bad && sig[bad] !== '' && (
        <p className="muted small">{t('link.field.bad', { field: bad })}</p>
      )}
      <p className="muted small">{t('link.opened.secrets')}</p>
      <button type="button" className="link-button" onClick={onDismiss}>
        {t('link.dismiss')}
      </button>
    </section>
  )
}
