import { useTranslation } from 'react-i18next'
import type { DescribeContext } from '@shared/describe'
import { formatList } from '@shared/list-format'
import type { NetworkComparison, NetworkIdentity, Report } from '@shared/report'
import { verdictKey } from '@shared/report-text'
import { conclusionParams } from '../lib/comparison'
import { STEPS } from '../lib/steps'
import { StatusBadge } from './StatusBadge'
import { TransportCompareRows } from './TransportRows'

/** "Wi-Fi 203.0.113.7/24 via 203.0.113.1": enough to recognise a network. */
function networkLabel(n: NetworkIdentity): string {
  const first = n.interfaces[0]
  const addr = first?.addresses[0]?.replace(/\/.*$/, '')
  return [first?.name, addr, n.defaultGateway ? `→ ${n.defaultGateway}` : '']
    .filter(Boolean)
    .join(' ')
}

/** This network vs the hotspot, step by step, and what the pair means. */
export function ComparisonView({
  report,
  comparison,
  ctx
}: {
  report: Report
  comparison: NetworkComparison
  ctx: DescribeContext
}): React.JSX.Element {
  const { t } = useTranslation()
  const runs: Array<[string, Report]> = [
    [t('ui.compare.here'), report],
    [t('ui.compare.there'), comparison.other]
  ]
  const status = (r: Report): 'pass' | 'warn' | 'fail' =>
    r.verdict === 'ready' ? 'pass' : r.verdict === 'warnings' ? 'warn' : 'fail'
  return (
    <section className="card comparison" aria-labelledby="compare-title" data-testid="comparison">
      <h3 id="compare-title">{t('ui.compare.heading')}</h3>
      <p className={`conclusion conclusion-${comparison.conclusion}`} data-testid="conclusion">
        {t(
          `ui.compare.conclusion.${comparison.conclusion}`,
          conclusionParams(report, comparison.other, ctx.locale)
        )}
      </p>
      {comparison.changes.length === 0 ? (
        <p className="warn-text">{t('ui.compare.same-network')}</p>
      ) : (
        <p className="muted">
          {t('ui.hotspot.changed', {
            what: formatList(
              comparison.changes.map((c) => t(`ui.hotspot.change.${c}`)),
              ctx.locale
            )
          })}
        </p>
      )}
      <table className="side-by-side">
        <thead>
          <tr>
            <th scope="col">{t('ui.compare.step')}</th>
            {runs.map(([label]) => (
              <th scope="col" key={label}>
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">{t('ui.compare.network')}</th>
            {runs.map(([label, r]) => (
              <td key={label} className="mono">
                {networkLabel(r.environment.network) || '—'}
              </td>
            ))}
          </tr>
          <tr>
            <th scope="row">{t('ui.compare.verdict')}</th>
            {runs.map(([label, r]) => (
              <td key={label}>
                <StatusBadge status={status(r)} />{' '}
                <span className="sr-only">{t(verdictKey(r))}</span>
              </td>
            ))}
          </tr>
          {STEPS.filter((step) => step.shown(report)).map((step) => (
            <tr key={step.id}>
              <th scope="row">{t(`cause.${step.id}`, { port: report.inputs.port ?? '' })}</th>
              {runs.map(([label, r]) => {
                const v = step.explain(r, ctx)
                return (
                  <td key={label} title={v.headline}>
                    <StatusBadge status={v.status} />
                  </td>
                )
              })}
            </tr>
          ))}
          <TransportCompareRows here={report} there={comparison.other} />
        </tbody>
      </table>
    </section>
  )
}
