import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { GenerateResult } from '@shared/push-url'
import { api } from '../lib/api'

/** Default validity of a generated URL: 24 h, the top of Tencent's recommended 12–24 h. */
const DEFAULT_HOURS = '24'

/** Push URL generator: the same signed URL Tencent's console address generator makes. */
export function GenerateScreen(): React.JSX.Element {
  const { t } = useTranslation()
  const [domain, setDomain] = useState('')
  const [app, setApp] = useState('live')
  const [stream, setStream] = useState('')
  const [key, setKey] = useState('')
  const [hours, setHours] = useState(DEFAULT_HOURS)
  const [algorithm, setAlgorithm] = useState<'md5' | 'sha256'>('md5')
  const [result, setResult] = useState<GenerateResult | undefined>()
  const [copied, setCopied] = useState(false)
  // A refused IPC call (main re-validates every field): shown, never an unhandled rejection.
  const [ipcError, setIpcError] = useState<string | undefined>()

  function failed(e: unknown): void {
    setIpcError(e instanceof Error ? e.message : String(e))
  }

  async function generate(): Promise<void> {
    const h = Number(hours)
    const expiresAt = Date.now() + (Number.isFinite(h) ? h : 0) * 3600_000
    setCopied(false)
    setIpcError(undefined)
    try {
      setResult(await api().urlGenerate({ domain, app, stream, key, expiresAt, algorithm }))
    } catch (e) {
      setResult(undefined)
      failed(e)
    }
  }

  async function copy(text: string): Promise<void> {
    try {
      await api().clipboardWrite(text)
      setCopied(true)
    } catch (e) {
      failed(e)
    }
  }

  return (
    <div className="screen generate-screen">
      <form
        className="gen-form"
        onSubmit={(e) => {
          e.preventDefault()
          void generate()
        }}
      >
        <label className="field">
          <span>{t('ui.gen.domain')}</span>
          <input value={domain} spellCheck={false} onChange={(e) => setDomain(e.target.value)} />
        </label>
        <label className="field">
          <span>{t('ui.gen.app')}</span>
          <input value={app} spellCheck={false} onChange={(e) => setApp(e.target.value)} />
        </label>
        <label className="field">
          <span>{t('ui.gen.stream')}</span>
          <input value={stream} spellCheck={false} onChange={(e) => setStream(e.target.value)} />
        </label>
        <label className="field">
          <span>{t('ui.gen.key')}</span>
          <input type="password" value={key} autoComplete="off" onChange={(e) => setKey(e.target.value)} />
        </label>
        <label className="field narrow">
          <span>{t('ui.gen.hours')}</span>
          <input inputMode="decimal" value={hours} onChange={(e) => setHours(e.target.value)} />
        </label>
        <label className="field narrow">
          <span>{t('ui.gen.algorithm')}</span>
          <select value={algorithm} onChange={(e) => setAlgorithm(e.target.value === 'sha256' ? 'sha256' : 'md5')}>
            <option value="md5">MD5</option>
            <option value="sha256">SHA256</option>
          </select>
        </label>
        <button type="submit" className="primary">
          {t('ui.tab.generate')}
        </button>
      </form>
      {ipcError && (
        <p role="alert" className="card card-fail">
          {t('ui.error.ipc', { message: ipcError })}
        </p>
      )}
      {result && !result.ok && (
        <p role="alert" className="card card-fail">
          {t(result.code)}
        </p>
      )}
      {result && result.ok && (
        <section className="card card-pass" aria-label={t('ui.gen.result')}>
          <h3>{t('ui.gen.result')}</h3>
          <output className="generated-url" data-testid="generated-url">
            {result.url}
          </output>
          <button type="button" onClick={() => void copy(result.url)}>
            {copied ? t('ui.gen.copied') : t('ui.gen.copy')}
          </button>
          {result.warnShort && <p className="card card-warn">{t('ui.gen.short')}</p>}
        </section>
      )}
    </div>
  )
}
