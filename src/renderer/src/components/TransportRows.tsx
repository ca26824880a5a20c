import { useTranslation } from 'react-i18next'
import type { Report } from '@shared/report'
import type { CheckStatus } from '@shared/result'
import type { TransportVerdict } from '@shared/transport-text'
import { transportSideBySide } from '../lib/transports'

const VERDICT_STATUS: Record<TransportVerdict, CheckStatus> = {
  works: 'pass',
  refused: 'warn',
  blocked: 'fail',
  untested: 'skipped'
}
const VERDICT_ICON: Record<TransportVerdict, string> = {
  works: '✓',
  refused: '!',
  blocked: '✕',
  untested: '–'
}

/** A protocol's verdict on one network as a badge with its word (never colour alone); – when not tried. */
export function TransportVerdictBadge({
  verdict
}: {
  verdict?: TransportVerdict
}): React.JSX.Element {
  const { t } = useTranslation()
  const v = verdict ?? 'untested'
  return (
    <span className={`badge badge-${VERDICT_STATUS[v]}`}>
      <span aria-hidden="true">{VERDICT_ICON[v]}</span> {t(`transport.${v}`)}
    </span>
  )
}

/**
 * One row per protocol tried, for the side-by-side comparison (this network, the hotspot): what a
 * firewall must let out (TCP 1935, TCP 443, UDP 9000) and how each went on each network.
 */
export function TransportCompareRows({
  here,
  there
}: {
  here: Report
  there: Report
}): React.JSX.Element {
  const { t } = useTranslation()
  return (
    <>
      {transportSideBySide(here, there).map((row) => (
        <tr key={row.transport} data-testid={`compare-${row.transport}`}>
          <th scope="row">
            {t('transport.compare.row', {
              transport: t(`transport.name.${row.transport}`),
              open: row.open
            })}
          </th>
          <td>
            <TransportVerdictBadge verdict={row.here} />
          </td>
          <td>
            <TransportVerdictBadge verdict={row.there} />
          </td>
        </tr>
      ))}
    </>
  )
}
