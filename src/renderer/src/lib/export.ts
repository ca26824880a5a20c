/**
 * A report as files and clipboard text. The report is redacted by the engine; the text comes from
 * the shared formatReportText (same as the CLI) plus the hotspot comparison when there is one.
 */
import type { DescribeContext } from '@shared/describe'
import { formatList } from '@shared/list-format'
import { formatReportText, verdictKey } from '@shared/report-text'
import type { Report } from '@shared/report'
import { conclusionParams } from './comparison'

/** A file name from the report's time: `push-preflight-2026-11-25-1742`. */
export function reportFileName(report: Report): string {
  const d = new Date(report.createdAt)
  const p = (n: number): string => String(n).padStart(2, '0')
  return `push-preflight-${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}-${p(d.getHours())}${p(d.getMinutes())}`
}

/** The report as text or Markdown, with the comparison (this network vs hotspot) appended. */
export function reportText(report: Report, ctx: DescribeContext, markdown: boolean): string {
  let text = formatReportText(report, ctx, { markdown })
  const c = report.comparison
  if (c) {
    const { t } = ctx
    text += [
      '',
      markdown ? `## ${t('ui.compare.heading')}` : t('ui.compare.heading'),
      t(`ui.compare.conclusion.${c.conclusion}`, conclusionParams(report, c.other, ctx.locale)),
      `${markdown ? '- ' : ''}${t('ui.compare.here')}: ${t(verdictKey(report))}`,
      `${markdown ? '- ' : ''}${t('ui.compare.there')}: ${t(verdictKey(c.other))}`,
      c.changes.length === 0
        ? t('ui.compare.same-network')
        : t('ui.hotspot.changed', {
            what: formatList(
              c.changes.map((x) => t(`ui.hotspot.change.${x}`)),
              ctx.locale
            )
          }),
      ''
    ].join('\n')
  }
  return text
}

/** The report as a JSON file (re-opened by "Open a saved report"). */
export function reportJson(report: Report): string {
  return JSON.stringify(report, null, 2)
}
