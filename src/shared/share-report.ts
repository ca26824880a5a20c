/**
 * Privacy of a shared report: what leaves the machine in a saved file, a copied text or the CLI's
 * output carries no user name. Paths under the home folder are written `~/…` (the folder's name
 * is usually the user's), and the computer's host name stays out unless the user asks for it.
 * Pure: the home folder is passed in (main knows it; the renderer never needs it).
 */
import { mapStringsDeep } from './redact'
import type { Report } from './report'

/** `text` with every occurrence of the home folder as a path prefix written `~`. */
export function tildeHomeInText(text: string, homeDir: string): string {
  // A root or empty home would turn every path into `~`: leave those alone.
  const home = homeDir.replace(/[\\/]+$/, '')
  if (home.length < 2) return text
  let out = ''
  let from = 0
  for (let i = text.indexOf(home); i >= 0; i = text.indexOf(home, from)) {
    const next = text[i + home.length]
    // Only a whole folder name: `/home/ann` in `/home/ann/x`, not in `/home/anna`.
    const whole =
      next === undefined || next === '/' || next === '\\' || next === '"' || next === ' '
    out += text.slice(from, i) + (whole ? '~' : home)
    from = i + home.length
  }
  return out + text.slice(from)
}

/** The report with the home folder written `~` in every string (ffmpeg's path and its tries). */
export function tildeHomeInReport(report: Report, homeDir: string): Report {
  return mapStringsDeep(report, (s) => tildeHomeInText(s, homeDir))
}

/** The report as shared: without the host name unless `includeHostName` (the user's tick). */
export function shareableReport(report: Report, opts: { includeHostName: boolean }): Report {
  if (opts.includeHostName) return report
  return { ...report, environment: { ...report.environment, machine: '' } }
}
