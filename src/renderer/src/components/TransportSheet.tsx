import { useTranslation } from 'react-i18next'
import type { Report } from '@shared/report'
import { firewallList, transportVerdict } from '@shared/transport-text'
import { transportSideBySide } from '../lib/transports'
import { TransportVerdictBadge } from './TransportRows'

/**
 * The go/no-go sheet's part for venue IT: every protocol tried, what to allow outbound for it
 * (TCP 1935, TCP 443, UDP 9000), how it went here (and on the hotspot), and one line asking IT
 * to open what is blocked.
 */
export function TransportSheet(props: {
  report: Report
  host: string
  ips: string
}): React.JSX.Element | null {
  const { report, host, ips } = props
  const { t, i18n } = useTranslation()
  const rows = report.transports ?? []
  if (rows.length === 0) return null
  const there = report.comparison?.other
  const side = transportSideBySide(report, there)
  // Only what this network blocks: a refused stream or an untried protocol is nothing to open.
  const blocked = rows.filter((r) => transportVerdict(r) === 'blocked')
  return (
    <section
      className="sheet-transports"
      aria-labelledby="sheet-transports-title"
      data-testid="sheet-transports"
    >
      <h3 id="sheet-transports-title">{t('transport.sheet.title')}</h3>
      <table className="sheet-table">
        <thead>
          <tr>
            <th scope="col">{t('transport.col.transport')}</th>
            <th scope="col">{t('transport.sheet.open')}</th>
            <th scope="col">{t('ui.compare.here')}</th>
            {there && <th scope="col">{t('ui.compare.there')}</th>}
          </tr>
        </thead>
        <tbody>
          {side.map((row) => (
            <tr key={row.transport} data-testid={`sheet-${row.transport}`}>
              <th scope="row">{t(`transport.name.${row.transport}`)}</th>
              <td>{row.open}</td>
              <td>
                <TransportVerdictBadge verdict={row.here} />
              </td>
              {there && (
                <td>
                  <TransportVerdictBadge verdict={row.there} />
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {blocked.length > 0 && (
        <p className="sheet-ask" data-testid="sheet-transports-ask">
          {t('transport.sheet.ask', { list: firewallList(blocked, i18n.language), host, ips })}
        </p>
      )}
    </section>
  )
}
