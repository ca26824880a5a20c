import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { DescribeContext } from '@shared/describe'
import type { Report } from '@shared/report'
import { shareableReport } from '@shared/share-report'
import { api } from '../lib/api'
import { reportFileName, reportJson, reportText } from '../lib/export'

/** Save as JSON / Markdown, copy as text, open the go/no-go sheet. */
export function ReportActions({
  report: full,
  ctx,
  onSheet
}: {
  report: Report
  ctx: DescribeContext
  onSheet: () => void
}): React.JSX.Element {
  const { t } = useTranslation()
  // Kept as a key + params, so the message follows a language switch.
  const [message, setMessage] = useState<
    { key: string; params?: Record<string, string> } | undefined
  >()
  // The computer's host name often names its user: out of a saved or copied report unless ticked.
  const [includeHostName, setIncludeHostName] = useState(false)
  const report = shareableReport(full, { includeHostName })

  async function save(format: 'json' | 'markdown'): Promise<void> {
    const content = format === 'json' ? reportJson(report) : reportText(report, ctx, true)
    try {
      const r = await api().reportSave({ format, content, name: reportFileName(report) })
      setMessage(r.saved ? { key: 'ui.export.saved', params: { file: r.fileName } } : undefined)
    } catch (e) {
      setMessage({
        key: 'ui.error.ipc',
        params: { message: e instanceof Error ? e.message : String(e) }
      })
    }
  }

  async function copy(): Promise<void> {
    try {
      await api().clipboardWrite(reportText(report, ctx, true))
      setMessage({ key: 'ui.export.copied' })
    } catch (e) {
      // Same as save: a refused call is said on screen, not left as an unhandled rejection.
      setMessage({
        key: 'ui.error.ipc',
        params: { message: e instanceof Error ? e.message : String(e) }
      })
    }
  }

  return (
    <section className="report-actions" aria-labelledby="export-title">
      <h3 id="export-title">{t('ui.export.heading')}</h3>
      <div className="actions">
        <button type="button" onClick={() => void save('json')}>
          {t('ui.export.json')}
        </button>
        <button type="button" onClick={() => void save('markdown')}>
          {t('ui.export.markdown')}
        </button>
        <button type="button" onClick={() => void copy()}>
          {t('ui.export.copy')}
        </button>
        <button type="button" onClick={onSheet}>
          {t('ui.sheet.open')}
        </button>
      </div>
      <label className="check">
        <input
          type="checkbox"
          checked={includeHostName}
          onChange={(e) => setIncludeHostName(e.target.checked)}
        />{' '}
        {t('ui.export.includeHostName')}
      </label>
      <p className="muted small">{t('ui.export.redacted')}</p>
      <p role="status" className="export-status">
        {message && t(message.key, message.params)}
      </p>
    </section>
  )
}
