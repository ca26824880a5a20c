import { useTranslation } from 'react-i18next'
import type { DescribeContext } from '@shared/describe'
import type { PushUrl } from '@shared/push-url'
import type { Report } from '@shared/report'
import type { TransportEntry } from '@shared/transport'
import {
  describeTransport,
  firewallList,
  ladderSummary,
  type DescribedTransport
} from '@shared/transport-text'
import { CopyButton } from './CopyButton'
import { TransportVerdictBadge } from './TransportRows'

/** Seconds with one decimal in the UI language's number format. */
/** A way that works: its push URL and OBS's fields, each copyable when shown in full. */
function ReadyWay(props: {
  entry: TransportEntry
  d: DescribedTransport
  full: boolean
}): React.JSX.Element {
  const { entry, d, full } = props
  const { t } = useTranslation()
  const srt = entry.transport === 'srt'
  return (
    <div className="ready-way" data-testid={`ready-${entry.transport}`}>
      <h4>{t('transport.ready', { transport: d.name })}</h4>
      <p className="ready-url">
        <span className="label">{t('transport.url')}: </span>
        <code className="mono" data-testid={`url-${entry.transport}`}>
          {d.url}
        </code>{' '}
        {full && (
          <CopyButton text={d.url} label={t('transport.copy.named', { transport: d.name })} />
        )}
      </p>
      <p className="obs-heading">{t('transport.obs')}</p>
      <dl className="obs-fields">
        <dt>{t('transport.obs.service')}</dt>
        <dd>{t('transport.obs.custom')}</dd>
        <dt>{t('transport.obs.server')}</dt>
        <dd>
          <code className="mono" data-testid={`obs-server-${entry.transport}`}>
            {d.obs.server}
          </code>{' '}
          {full && (
            <CopyButton
              text={d.obs.server}
              label={t('transport.copy.server', { transport: d.name })}
            />
          )}
        </dd>
        <dt>{t('transport.obs.key')}</dt>
        <dd data-testid={`obs-key-${entry.transport}`}>
          {srt ? (
            <span className="muted">{t('transport.obs.srt-key')}</span>
          ) : (
            <>
              <code className="mono">{d.obs.streamKey}</code>{' '}
              {full && (
                <CopyButton
                  text={d.obs.streamKey}
                  label={t('transport.copy.key', { transport: d.name })}
                />
              )}
            </>
          )}
        </dd>
      </dl>
    </div>
  )
}

/**
 * "Ways to push from here": one row per protocol tried (host:port, TCP/UDP, verdict, time, what
 * was seen), then each way that works with its push URL and OBS's fields. With the user's own
 * parsed URL (`fullUrl`) those are whole and copyable; otherwise (a saved report) they stay redacted.
 */
export function TransportTable(props: {
  report: Report
  ctx: DescribeContext
  fullUrl?: PushUrl
}): React.JSX.Element | null {
  const { report, ctx, fullUrl } = props
  const { t } = useTranslation()
  const rows = report.transports ?? []
  if (rows.length === 0) return null
  const described = rows.map((e) => ({ e, d: describeTransport(e, ctx, fullUrl) }))
  const working = described.filter(({ e }) => e.ok)
  const summary = ladderSummary(rows)
  return (
    <section
      className="card transports"
      aria-labelledby="transports-title"
      data-testid="transports"
    >
      <h3 id="transports-title">{t('transport.title')}</h3>
      <div className="table-scroll">
        <table className="transport-table">
          <thead>
            <tr>
              {(['transport', 'address', 'protocol', 'verdict', 'time', 'evidence'] as const).map(
                (c) => (
                  <th scope="col" key={c}>
                    {t(`transport.col.${c}`)}
                  </th>
                )
              )}
            </tr>
          </thead>
          <tbody>
            {described.map(({ e, d }) => (
              <tr
                key={e.transport}
                data-testid={`transport-${e.transport}`}
                data-verdict={d.verdict}
              >
                <th scope="row">{d.name}</th>
                <td className="mono">{d.address}</td>
                <td>{d.protocol}</td>
                <td>
                  <TransportVerdictBadge verdict={d.verdict} />
                </td>
                <td className="num">{d.time}</td>
                <td>
                  {d.evidence}
                  {d.verdict !== 'untested' && (
                    <span className="muted small media-line">{d.media}</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {summary && (
        <p className="warn-text" data-testid="transports-summary">
          {t(`transport.${summary}`)}
        </p>
      )}
      {working.map(({ e, d }) => (
        <ReadyWay key={e.transport} entry={e} d={d} full={fullUrl !== undefined} />
      ))}
      {working.length > 0 && !fullUrl && (
        <p className="muted small" data-testid="transports-redacted">
          {t('transport.redacted')}
        </p>
      )}
      <p className="muted">{t('transport.firewall', { list: firewallList(rows, ctx.locale) })}</p>
    </section>
  )
}
