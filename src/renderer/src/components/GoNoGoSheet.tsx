import { useTranslation } from 'react-i18next'
import { formatDate } from '@shared/format-time'
import type { Report } from '@shared/report'
import { verdictKey } from '@shared/report-text'
import { conclusionParams, networkFailed } from '../lib/comparison'
import { TransportSheet } from './TransportSheet'

/**
 * The one-page go/no-go sheet for venue IT: host, addresses, port, protocol, verdict, time. Print
 * CSS hides the rest of the app, so `window.print()` prints only this.
 */
export function GoNoGoSheet({
  report,
  onClose
}: {
  report: Report
  onClose: () => void
}): React.JSX.Element {
  const { t, i18n } = useTranslation()
  const params = conclusionParams(report, report.comparison?.other, i18n.language)
  const go = report.verdict !== 'not-ready' && !report.cancelled
  const decision = !go ? 'nogo' : report.verdict === 'warnings' ? 'go-warn' : 'go'
  const rows: Array<[string, string]> = [
    [t('ui.sheet.host'), String(params.host || '—')],
    [t('ui.sheet.ips'), String(params.ips || '—')],
    [t('ui.sheet.port'), String(params.port)],
    [t('ui.sheet.protocol'), t('ui.sheet.protocol.value')],
    [t('ui.sheet.verdict'), t(verdictKey(report))],
    [t('ui.sheet.time'), formatDate(report.createdAt, i18n.language)],
    [t('ui.sheet.machine'), report.environment.machine]
  ]
  if (report.comparison) {
    rows.push([t('ui.compare.there'), t(verdictKey(report.comparison.other))])
  }
  return (
    <section className="print-sheet" aria-labelledby="sheet-title" data-testid="sheet">
      <h2 id="sheet-title">{t('ui.sheet.title')}</h2>
      <p className={`sheet-decision sheet-${decision}`} data-testid="sheet-decision">
        {t(`ui.sheet.${decision}`)}
      </p>
      <table className="sheet-table">
        <tbody>
          {rows.map(([k, v]) => (
            <tr key={k}>
              <th scope="row">{k}</th>
              <td>{v}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <TransportSheet
        report={report}
        host={String(params.host || '—')}
        ips={String(params.ips || '—')}
      />
      {/* With the protocols' table above, its own line asks for what is blocked. */}
      {!report.transports?.length &&
        (networkFailed(report) || report.comparison?.conclusion === 'network-blocks') && (
          <p className="sheet-ask">{t('ui.sheet.ask', params)}</p>
        )}
      <div className="actions no-print">
        <button type="button" className="primary" onClick={() => window.print()}>
          {t('ui.sheet.print')}
        </button>
        <button type="button" onClick={onClose}>
          {t('ui.sheet.close')}
        </button>
      </div>
    </section>
  )
}
