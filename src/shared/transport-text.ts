/**
 * "Ways to push from here" in words: each row of the transport ladder described through the
 * translator, for the CLI's text, the text/Markdown export and the wizard's table alike.
 */
import type { DescribeContext } from './describe'
import { formatList } from './list-format'
import type { PushUrl } from './push-url'
import { transportUrl, type ObsSettings, type TransportEntry } from './transport'

/** The verdict word of a row. */
export type TransportVerdict = 'works' | 'refused' | 'blocked' | 'untested'

/** One row, ready to show. */
export interface DescribedTransport {
  name: string
  address: string
  protocol: string
  verdict: TransportVerdict
  /** How long the row took, in the language's words and number format ("3.4 s", "3,4 dtk"). */
  time: string
  evidence: string
  media: string
  url: string
  obs: ObsSettings
}

/** The verdict word of a row: works, reaches the server but refused, blocked, or not tried. */
export function transportVerdict(e: TransportEntry): TransportVerdict {
  if (e.ok) return 'works'
  if (
    e.code === 'transport-publish-refused' ||
    e.code === 'srt-rejected' ||
    e.code === 'transport-reachable'
  )
    return 'refused'
  if (
    e.code === 'transport-not-tested' ||
    e.code === 'transport-cancelled' ||
    e.code === 'transport-error'
  )
    return 'untested'
  return 'blocked'
}

/**
 * Describe a row. With `fullUrl` (the user's own parsed input, on screen only) the URL and OBS
 * fields are rebuilt whole; otherwise the row's own, redacted ones are shown.
 */
export function describeTransport(
  e: TransportEntry,
  ctx: DescribeContext,
  fullUrl?: PushUrl
): DescribedTransport {
  const t = ctx.t
  const reason = typeof e.params.reason === 'string' ? t(`srt.reject.${e.params.reason}`) : ''
  const whole = fullUrl ? transportUrl(fullUrl, e.transport, e.port) : undefined
  const host = e.host.includes(':') ? `[${e.host}]` : e.host
  return {
    name: t(`transport.name.${e.transport}`),
    address: `${host}:${e.port}`,
    protocol: e.protocol.toUpperCase(),
    verdict: transportVerdict(e),
    time: t('transport.seconds', {
      seconds: new Intl.NumberFormat(ctx.locale, {
        minimumFractionDigits: 1,
        maximumFractionDigits: 1
      }).format(e.durationMs / 1000)
    }),
    evidence: t(`transport.${e.code}`, { ...e.params, reason }),
    media: t(`transport.media.${e.media}`),
    url: whole?.url ?? e.url,
    obs: whole?.obs ?? e.obs
  }
}

/** What venue IT must allow outbound for every transport tried: "TCP 1935, TCP 443, UDP 9000". */
export function firewallList(rows: readonly TransportEntry[], locale: string): string {
  return formatList([...new Set(rows.map((r) => `${r.protocol.toUpperCase()} ${r.port}`))], locale)
}

/**
 * What the rows add up to when none works: every tried way is blocked on this network
 * ('none-works'), or at least one reaches the server, which refused the stream itself
 * ('reached-refused': a cause of the server's, not the network's). Undefined when one works.
 */
export function ladderSummary(
  rows: readonly TransportEntry[]
): 'none-works' | 'reached-refused' | undefined {
  const verdicts = rows.map(transportVerdict)
  if (verdicts.includes('works')) return undefined
  if (verdicts.includes('refused')) return 'reached-refused'
  return verdicts.includes('blocked') ? 'none-works' : undefined
}

/** The rows as text lines (CLI and export). */
export function transportLines(
  rows: readonly TransportEntry[],
  ctx: DescribeContext,
  opts: { markdown: boolean; fullUrl?: PushUrl }
): string[] {
  const t = ctx.t
  const lines: string[] = []
  const ind = opts.markdown ? '  ' : '     '
  for (const row of rows) {
    const d = describeTransport(row, ctx, opts.fullUrl)
    const mark =
      d.verdict === 'works'
        ? '✓'
        : d.verdict === 'blocked'
          ? '✕'
          : d.verdict === 'refused'
            ? '!'
            : '–'
    lines.push(
      `${opts.markdown ? '- ' : '  '}${mark} ${d.name} · ${d.address} · ${d.protocol} · ${t(`transport.${d.verdict}`)} · ${d.time}`
    )
    lines.push(`${ind}${d.evidence}`)
    if (row.code !== 'transport-not-tested' && row.code !== 'transport-cancelled')
      lines.push(`${ind}${d.media}`)
    if (d.verdict === 'works') {
      lines.push(`${ind}${t('transport.url')}: ${d.url}`)
      const key = row.transport === 'srt' ? t('transport.obs.srt-key') : d.obs.streamKey
      lines.push(
        `${ind}${t('transport.obs')}: ${t('transport.obs.server')} ${d.obs.server} · ${t('transport.obs.key')} ${key}`
      )
    }
  }
  const summary = ladderSummary(rows)
  if (summary) lines.push(`${opts.markdown ? '' : '  '}${t(`transport.${summary}`)}`)
  if (rows.length > 0)
    lines.push(
      `${opts.markdown ? '' : '  '}${t('transport.firewall', { list: firewallList(rows, ctx.locale) })}`
    )
  return lines
}
