import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { api } from '../lib/api'

/** A button that copies `text` through main's clipboard and says "Copied" (or why it could not). */
export function CopyButton({ text, label }: { text: string; label: string }): React.JSX.Element {
  const { t } = useTranslation()
  const [state, setState] = useState<{ done: true } | { error: string } | undefined>()
  async function copy(): Promise<void> {
    try {
      await api().clipboardWrite(text)
      setState({ done: true })
    } catch (e) {
      setState({ error: e instanceof Error ? e.message : String(e) })
    }
  }
  return (
    <span className="copy">
      <button type="button" className="copy-button" onClick={() => void copy()}>
        {label}
      </button>
      <span role="status" className="copy-status">
        {state &&
          ('done' in state ? t('transport.copied') : t('ui.error.ipc', { message: state.error }))}
      </span>
    </span>
  )
}
