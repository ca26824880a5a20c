import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { GenerateResult } from '@shared/push-url'
import { api } from '../lib/api'

/** Default validity of a generated URL: 24 h, the top of Tencent's recommended 12–24 h. */
const DEFAULT_HOURS = '24'

/** The generator's fields as typed. */
interface GenerateFields {
  domain: string
  app: string
  stream: string
  key: string
  hours: string
  algorithm: 'md5' | 'sha256'
}

const INITIAL: GenerateFields = {
  domain: '',
  app: 'live',
  stream: '',
  key: '',
  hours: DEFAULT_HOURS,
  algorithm: 'md5'
}

/** The generator's form: push domain, app, stream, key, validity and algorithm. */
function GenerateForm({
  fields,
  set,
  onGenerate
}: {
  fields: GenerateFields
  set: (patch: Partial<GenerateFields>) => void
  onGenerate: () => void
}): React.JSX.Element {
  const { t } = useTranslation()
  const text = (name: 'domain' | 'app' | 'stream'): React.JSX.Element => (
    <label className="field">
      <span>{t(`ui.gen.${name}`)}</span>
      <input
        value={fields[name]}
        spellCheck={false}
        onChange={(e) => set({ [name]: e.target.value })}
      />
    </label>
  )
  return (
    <form
      className="gen-form"
      onSubmit={(e) => {
        e.preventDefault()
        onGenerate()
      }}
    >
      {text('domain')}
      {text('app')}
      {text('stream')}
      <label className="field">
        <span>{t('ui.gen.key')}</span>
        <input
          type="password"
          value={fields.key}
          autoComplete="off"
          onChange={(e) => set({ key: e.target.value })}
        />
      </label>
      <label className="field narrow">
        <span>{t('ui.gen.hours')}</span>
        <input
          inputMode="decimal"
          value={fields.hours}
          onChange={(e) => set({ hours: e.target.value })}
        />
      </label>
      <label className="field narrow">
        <span>{t('ui.gen.algorithm')}</span>
        <select
          value={fields.algorithm}
          onChange={(e) => set({ algorithm: e.target.value === 'sha256' ? 'sha256' : 'md5' })}
        >
          <option value="md5">MD5</option>
          <option value="sha256">SHA256</option>
        </select>
      </label>
      <button type="submit" className="primary">
        {t('ui.tab.generate')}
      </button>
    </form>
  )
}

/** Push URL generator: the same signed URL Tencent's console address generator makes. */
export function GenerateScreen(): React.JSX.Element {
  const { t } = useTranslation()
  const [fields, setFields] = useState<GenerateFields>(INITIAL)
  const set = (patch: Partial<GenerateFields>): void => setFields((f) => ({ ...f, ...patch }))
  const [result, setResult] = useState<GenerateResult | undefined>()
  const [copied, setCopied] = useState(false)
  // A refused IPC call (main re-validates every field): shown, never an unhandled rejection.
  const [ipcError, setIpcError] = useState<string | undefined>()

  function failed(e: unknown): void {
    setIpcError(e instanceof Error ? e.message : String(e))
  }

  async function generate(): Promise<void> {
    const { domain, app, stream, key, hours, algorithm } = fields
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
      <GenerateForm fields={fields} set={set} onGenerate={() => void generate()} />
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
