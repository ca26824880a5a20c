/**
 * A Report as text for people: the CLI's human output, and the text/Markdown export that a user
 * pastes into a chat with support. Rendered from ids through the translator, so every language
 * gets the same content. The report is already redacted; nothing here adds a secret.
 */
import { describeCheck, describeParse, type DescribeContext, type Described } from './describe'
import { formatDate } from './format-time'
import { formatList } from './list-format'
import type { Cause, Report, ReportChecks } from './report'
import type { PushUrl } from './push-url'
import type { CheckResult, CheckStatus } from './result'
import { transportLines } from './transport-text'
import { tencentApiLines } from './tencent-api-text'
import type { TencentApiResult } from './tencent-api'
import { uplinkQualityLines } from './uplink-quality-text'

/** Placeholders every diagnosis text may use, from the report's inputs. */
export function reportParams(report: Report): Record<string, string | number> {
  const i = report.inputs
  return {
    host: i.host ?? '',
    port: i.port ?? '',
    ip: i.ip ?? i.host ?? '',
    app: i.app ?? '',
    stream: i.stream ?? '',
    probeStream: i.probeStream ?? ''
  }
}

const MARK: Record<CheckStatus, string> = { pass: '✓', warn: '!', fail: '✕', skipped: '–' }

/** The check results of a report in phase order, with the key each is stored under. */
export function orderedChecks(checks: ReportChecks): Array<[string, CheckResult]> {
  const order: Array<keyof ReportChecks> = [
    'expiry',
    'clock',
    'tencentApi',
    'signature',
    'txHost',
    'ffmpeg',
    'dns',
    'port',
    'handshake',
    'publishProbe',
    'probeStreamPublish',
    'testPush',
    'uplink'
  ]
  const out: Array<[string, CheckResult]> = []
  for (const k of order) {
    const r = checks[k]
    if (r && k !== 'parse') out.push([k, r as CheckResult])
  }
  return out
}

/**
 * Describe a check of a report, knowing where it is stored: the probe stream's publish probe gets
 * its own words ("the test stream … was accepted"), since the same result on the real stream
 * name means something else.
 */
export function describeReportCheck(
  key: string,
  r: CheckResult,
  report: Report,
  ctx: DescribeContext
): Described {
  if (key === 'probeStreamPublish') {
    const outcome =
      r.code === 'publish-accepted' ? 'accepted' : r.status === 'fail' ? 'refused' : 'other'
    // What happened, in the check's own translated words (not its English code).
    const d = describeCheck(r, ctx)
    return {
      key: `probe-stream.${outcome}`,
      params: { ...reportParams(report), code: r.code, detail: ctx.t(d.key, d.params) }
    }
  }
  return describeCheck(r, ctx)
}

/** The cause's headline, evidence lines, steps and tell-apart lines, translated. */
export function describeCause(
  cause: Cause,
  report: Report,
  ctx: DescribeContext
): { title: string; headline: string; evidence: string[]; steps: string[]; tellApart: string[] } {
  const params = { ...reportParams(report), ...(cause.params ?? {}) }
  const checks = report.checks as unknown as Record<string, CheckResult | undefined>
  const evidence: string[] = []
  for (const ref of cause.evidence) {
    const r = checks[ref.check]
    if (!r || typeof r !== 'object' || !('code' in r)) continue
    const d = describeReportCheck(ref.check, r, report, ctx)
    evidence.push(ctx.t(d.key, d.params))
  }
  return {
    title: ctx.t(`cause.${cause.id}`, params),
    headline: ctx.t(`diag.${cause.reason}`, params),
    evidence,
    steps: ctx
      .t(`fix.${cause.reason}`, params)
      .split('\n')
      .filter((s) => s.trim() !== ''),
    tellApart: (cause.tellApart ?? []).map((k) => ctx.t(k, params))
  }
}

/** The verdict line's i18n key. */
export function verdictKey(report: Report): string {
  return report.cancelled ? 'verdict.cancelled' : `verdict.${report.verdict}`
}

/** "Label: value" with the language's own colon (Chinese writes a full-width "："). */
function labelled(ctx: DescribeContext, key: string, value: string): string {
  return ctx.t('report.label', { label: ctx.t(key), value })
}

/** One cause as text: its numbered, tagged heading, evidence, what to do, how to tell apart. */
function causeLines(
  cause: Cause,
  n: number,
  report: Report,
  ctx: DescribeContext,
  md: boolean
): string[] {
  const t = ctx.t
  const d = describeCause(cause, report, ctx)
  // The title with its tag, spaced and bracketed as the language does ("…（有问题，已确认）").
  const heading = t('report.cause-tag', {
    title: d.title,
    severity: t(`ui.status.${cause.severity}`),
    confidence: t(`confidence.${cause.confidence}`)
  })
  const lines = [md ? `## ${n + 1}. ${heading}` : `${n + 1}. ${heading}`, d.headline]
  for (const e of d.evidence) lines.push(`${md ? '> ' : '   '}${e}`)
  if (d.steps.length > 0) {
    lines.push(labelled(ctx, 'report.what-to-do', '').trimEnd())
    d.steps.forEach((s, i) => lines.push(`${md ? `${i + 1}.` : `  ${i + 1}.`} ${s}`))
  }
  if (d.tellApart.length > 0) {
    lines.push(labelled(ctx, 'report.tell-apart', '').trimEnd())
    for (const s of d.tellApart) lines.push(`${md ? '-' : '  -'} ${s}`)
  }
  return lines
}

/** The notes, then the uplink test's numbers and quality lines, each block after a blank line. */
function noteAndUplinkLines(report: Report, ctx: DescribeContext, md: boolean): string[] {
  const t = ctx.t
  const lines: string[] = []
  if (report.notes.length > 0) {
    lines.push('')
    // Notes name the report's streams ({{probeStream}}) like the causes do.
    const params = reportParams(report)
    for (const n of report.notes)
      lines.push(`${md ? '- ' : ''}${t(n.code, { ...params, ...(n.params ?? {}) })}`)
  }
  if (report.uplink) {
    const { plannedKbps, sustainedKbps, recommendedKbps, stalls, cpuPercent } = report.uplink
    const params = {
      plannedKbps,
      sustainedKbps,
      recommendedKbps,
      stalls,
      cpuPercent: cpuPercent ?? '–'
    }
    lines.push('', t('report.uplink', params))
    lines.push(...uplinkQualityLines(report, t).map((l) => `${md ? '- ' : '  '}${l}`))
  }
  return lines
}

/** The whole report as text (`markdown: true` adds headings and list marks for chat/email). */
export function formatReportText(
  report: Report,
  ctx: DescribeContext,
  opts: { markdown?: boolean; fullUrl?: PushUrl } = {}
): string {
  const md = opts.markdown === true
  const h = (level: number, s: string): string => (md ? `${'#'.repeat(level)} ${s}` : s)
  const lines: string[] = []
  const t = ctx.t
  const label = (key: string, value: string): string => labelled(ctx, key, value)
  // The host name only when the report carries it (a shared report leaves it out unless asked).
  const machine = report.environment.machine ? ` — ${report.environment.machine}` : ''
  lines.push(
    h(1, `${t('ui.title')} — ${formatDate(report.createdAt, ctx.locale, ctx.timeZone)}${machine}`)
  )
  lines.push('')
  lines.push(md ? `**${t(verdictKey(report))}**` : t(verdictKey(report)))
  lines.push('')
  lines.push(label('report.url', report.inputs.url))
  if (report.inputs.ip)
    lines.push(
      label('report.target', `${report.inputs.host} → ${report.inputs.ip}:${report.inputs.port}`)
    )
  if (report.inputs.probeStream) lines.push(label('report.probe-stream', report.inputs.probeStream))

  if (!report.checks.parse.ok) {
    const p = describeParse(report.checks.parse)
    lines.push('', `${MARK.fail} ${t(p.key, p.params)}`)
  }

  report.causes.forEach((cause, n) => lines.push('', ...causeLines(cause, n, report, ctx, md)))

  if (report.transports && report.transports.length > 0) {
    lines.push('', h(2, t('transport.title')))
    lines.push(...transportLines(report.transports, ctx, { markdown: md, fullUrl: opts.fullUrl }))
  }

  lines.push('', h(2, t('report.checks')))
  for (const [key, r] of orderedChecks(report.checks)) {
    const d = describeReportCheck(key, r, report, ctx)
    lines.push(`${md ? '- ' : ''}${MARK[r.status]} ${t(d.key, d.params)}`)
    if (key === 'tencentApi')
      for (const extra of tencentApiLines(r as TencentApiResult, ctx))
        lines.push(`${md ? '  ' : '   '}${extra}`)
  }
  lines.push(...noteAndUplinkLines(report, ctx, md))
  const env = report.environment
  const envParts = [`${env.os} ${env.arch}`, `Push Preflight ${env.appVersion}`]
  if (env.ffmpeg?.version) envParts.push(env.ffmpeg.version.replace(/^ffmpeg version /, 'ffmpeg '))
  lines.push('', label('report.environment', formatList(envParts, ctx.locale)))
  return lines.join('\n') + '\n'
}
