import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { MAX_CA_PEM_LENGTH } from '@shared/ca-pem'
import { TRANSPORT_DEFAULT_PORTS, TRANSPORTS, type Transport } from '@shared/transport'
import type { ProtocolChoice, ProtocolErrors } from '../lib/protocol-options'

/** One field's message line (linked to the field by id), or nothing. */
function FieldMessage({ id, code }: { id: string; code?: string }): React.JSX.Element | null {
  const { t } = useTranslation()
  if (!code) return null
  return (
    <span id={id} className="field-message" role="alert">
      {t(`transport.form.${code}`, { max: MAX_CA_PEM_LENGTH / 1024 })}
    </span>
  )
}

/** A blob's text through FileReader (works wherever the page runs, unlike Blob.text in older DOMs). */
function readText(blob: Blob): Promise<string> {
  return new Promise((resolve) => {
    const reader = new FileReader()
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '')
    // An unreadable file reads as empty text: the field then says it holds no certificate.
    reader.onerror = () => resolve('')
    reader.readAsText(blob)
  })
}

/** What the pieces of the section get: ids' prefix, the choice, its errors, a way to change it. */
interface SectionProps {
  id: string
  value: ProtocolChoice
  errors: ProtocolErrors
  set: (patch: Partial<ProtocolChoice>) => void
}

/** The RTMPS and SRT ports, each with its default as placeholder and its message. */
function PortFields({ id, value, errors, set }: SectionProps): React.JSX.Element {
  const { t } = useTranslation()
  return (
    <div className="row">
      {(['rtmpsPort', 'srtPort'] as const).map((field) => (
        // The message sits outside the label, so it never becomes part of the field's name.
        <div key={field} className="field narrow">
          <label htmlFor={`${id}-${field}-input`}>{t(`transport.form.${field}`)}</label>
          <input
            id={`${id}-${field}-input`}
            inputMode="numeric"
            value={value[field]}
            placeholder={String(TRANSPORT_DEFAULT_PORTS[field === 'rtmpsPort' ? 'rtmps' : 'srt'])}
            aria-invalid={errors[field] !== undefined}
            aria-describedby={errors[field] ? `${id}-${field}` : undefined}
            onChange={(e) => set({ [field]: e.target.value })}
          />
          <FieldMessage id={`${id}-${field}`} code={errors[field]} />
        </div>
      ))}
    </div>
  )
}

/** The extra trusted CA: pasted, or read from a file here in the page; and a way to clear it. */
function CaField({ id, value, errors, set }: SectionProps): React.JSX.Element {
  const { t } = useTranslation()
  async function pickFile(file: File | undefined): Promise<void> {
    if (!file) return
    // One character past the limit is enough for the field to say "too large": a huge file is
    // never read whole.
    set({ caPem: await readText(file.slice(0, MAX_CA_PEM_LENGTH + 1)) })
  }
  return (
    <>
      <div className="field wide">
        <label htmlFor={`${id}-ca-input`}>{t('transport.form.ca')}</label>
        <textarea
          id={`${id}-ca-input`}
          className="mono"
          rows={4}
          spellCheck={false}
          value={value.caPem}
          placeholder="-----BEGIN CERTIFICATE-----"
          aria-invalid={errors.caPem !== undefined}
          aria-describedby={errors.caPem ? `${id}-ca` : `${id}-ca-hint`}
          onChange={(e) => set({ caPem: e.target.value })}
        />
        <FieldMessage id={`${id}-ca`} code={errors.caPem} />
      </div>
      <p id={`${id}-ca-hint`} className="muted small">
        {t('transport.form.ca.hint')}
      </p>
      <div className="actions">
        <label className="file-pick">
          <span>{t('transport.form.ca.file')}</span>
          <input
            type="file"
            accept=".pem,.crt,.cer,text/plain"
            onChange={(e) => void pickFile(e.target.files?.[0])}
          />
        </label>
        {value.caPem !== '' && (
          <button type="button" className="link-button" onClick={() => set({ caPem: '' })}>
            {t('transport.form.ca.clear')}
          </button>
        )}
      </div>
    </>
  )
}

/**
 * The start form's "Protocols" section, folded by default: RTMP / RTMPS / SRT boxes, the RTMPS and
 * SRT ports, an extra trusted CA (pasted, or read from a file here in the page).
 */
export function ProtocolOptions({
  value,
  errors,
  onChange
}: {
  value: ProtocolChoice
  errors: ProtocolErrors
  onChange: (next: ProtocolChoice) => void
}): React.JSX.Element {
  const { t } = useTranslation()
  const id = useId()
  const set = (patch: Partial<ProtocolChoice>): void => onChange({ ...value, ...patch })

  function toggle(transport: Transport, on: boolean): void {
    const rest = value.transports.filter((x) => x !== transport)
    set({ transports: on ? TRANSPORTS.filter((x) => x === transport || rest.includes(x)) : rest })
  }

  return (
    <details className="protocols">
      <summary>{t('transport.form.heading')}</summary>
      <p className="muted small">{t('transport.form.intro')}</p>
      <fieldset
        className="transports"
        aria-describedby={errors.transports ? `${id}-transports` : undefined}
      >
        <legend className="sr-only">{t('transport.form.heading')}</legend>
        {TRANSPORTS.map((x) => (
          <label key={x} className="check">
            <input
              type="checkbox"
              checked={value.transports.includes(x)}
              onChange={(e) => toggle(x, e.target.checked)}
            />{' '}
            {t(`transport.form.${x}`)}
          </label>
        ))}
        <FieldMessage id={`${id}-transports`} code={errors.transports} />
      </fieldset>
      <PortFields id={id} value={value} errors={errors} set={set} />
      <CaField id={id} value={value} errors={errors} set={set} />
    </details>
  )
}
