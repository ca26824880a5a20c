import { useEffect, useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { ApiCredentialStatus } from '@shared/ipc-contract'
import { api } from '../lib/api'

/**
 * Settings: the Tencent API credentials. Saved encrypted by main (safeStorage); this panel only
 * ever learns whether some are saved and the SecretId's last 4 characters, never the SecretKey.
 */
export function ApiSettings(): React.JSX.Element {
  const { t } = useTranslation()
  const id = useId()
  const [status, setStatus] = useState<ApiCredentialStatus | undefined>()
  const [secretId, setSecretId] = useState('')
  const [secretKey, setSecretKey] = useState('')
  const [message, setMessage] = useState<string | undefined>()

  const refresh = (): void => {
    void api()
      .apiStatus()
      .then(setStatus)
      .catch(() => undefined)
  }
  useEffect(refresh, [])

  const save = async (): Promise<void> => {
    if (!secretId.trim() || !secretKey.trim()) return setMessage(t('ui.api.invalid'))
    const ok = await api()
      .apiSave({ secretId: secretId.trim(), secretKey: secretKey.trim() })
      .catch(() => false)
    // The fields are cleared either way: the secret does not stay in the page.
    setSecretKey('')
    setSecretId('')
    setMessage(ok ? undefined : t('ui.api.no-encryption'))
    refresh()
  }
  const forget = async (): Promise<void> => {
    await api()
      .apiForget()
      .catch(() => undefined)
    setMessage(undefined)
    refresh()
  }

  return (
    <details className="advanced api-settings">
      <summary>{t('ui.api.title')}</summary>
      <p className="hint">{t('ui.api.explain')}</p>
      <p role="status" data-testid="api-status">
        {status?.saved
          ? `${t('ui.api.saved')} (…${status.secretIdEnd ?? ''})`
          : t('ui.api.not-saved')}
      </p>
      <label htmlFor={`${id}-sid`}>{t('ui.api.secret-id')}</label>
      <input
        id={`${id}-sid`}
        value={secretId}
        autoComplete="off"
        spellCheck={false}
        onChange={(e) => setSecretId(e.target.value)}
      />
      <label htmlFor={`${id}-skey`}>{t('ui.api.secret-key')}</label>
      <input
        id={`${id}-skey`}
        type="password"
        value={secretKey}
        autoComplete="off"
        onChange={(e) => setSecretKey(e.target.value)}
      />
      <div className="actions">
        <button type="button" onClick={() => void save()}>
          {t('ui.api.save')}
        </button>
        {status?.saved && (
          <button type="button" onClick={() => void forget()}>
            {t('ui.api.forget')}
          </button>
        )}
      </div>
      {message && <p role="alert">{message}</p>}
    </details>
  )
}
