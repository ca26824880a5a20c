/**
 * The words of a watch round, shared by the CLI's one line per round and the app's timeline:
 * alert messages, the expiry countdown, the RTT. Pure; every text comes from the i18n resources
 * (`watch.*` keys, src/shared/i18n/en/watch.ts).
 */
import { formatDate, formatDuration, type TimeWords } from './format-time'
import { formatList } from './list-format'
import type { WatchAlert, WatchRound } from './watch'

/** What the texts need: a translator, the language's duration words and a locale for times. */
export interface WatchTextContext {
  t: (key: string, params?: Record<string, string | number>) => string
  words?: TimeWords
  locale: string
  timeZone?: string
}

/** The i18n key of a network change name (shared with the hotspot panel's words). */
const CHANGE_KEYS = {
  interfaces: 'ui.hotspot.change.interfaces',
  addresses: 'ui.hotspot.change.addresses',
  gateway: 'ui.hotspot.change.gateway',
  dns: 'ui.hotspot.change.dns'
} as const

/** One alert as a sentence. */
export function watchAlertText(a: WatchAlert, ctx: WatchTextContext): string {
  const { t } = ctx
  const at = (ms: number): string => formatDate(ms, ctx.locale, ctx.timeZone)
  switch (a.code) {
    case 'network-changed':
      return t('watch.alert.network-changed', {
        changes: formatList(
          a.params.changes.map((c) => t(CHANGE_KEYS[c])),
          ctx.locale
        )
      })
    case 'ip-changed':
      return t('watch.alert.ip-changed', {
        from: formatList(a.params.from, ctx.locale),
        to: formatList(a.params.to, ctx.locale)
      })
    case 'port-closed':
      return t('watch.alert.port-closed', {
        port: a.params.port,
        reason: t(`watch.port.${a.params.portCode}`)
      })
    case 'rtt-high':
      return t('watch.alert.rtt-high', {
        ms: Math.round(a.params.rttMs),
        baseline: Math.round(a.params.baselineMs),
        factor: a.params.factor
      })
    case 'expires-before-show-end':
      return t('watch.alert.expires-before-show-end', {
        expiresAt: at(a.params.expiresAt),
        showEndAt: at(a.params.showEndAt)
      })
    case 'expires-soon':
      return t('watch.alert.expires-soon', {
        expiresAt: at(a.params.expiresAt),
        duration: formatDuration(a.params.expiresInSec * 1000, ctx.words)
      })
    case 'expired':
      return t('watch.alert.expired', { expiresAt: at(a.params.expiresAt) })
    case 'recovered':
      return t(`watch.alert.recovered.${a.params.of}`)
  }
}

/** "expires in 3 h 12 min" / "expired 5 min ago" / "no txTime". */
export function watchCountdownText(expiresInSec: number | null, ctx: WatchTextContext): string {
  if (expiresInSec === null) return ctx.t('watch.no-expiry')
  const duration = formatDuration(expiresInSec * 1000, ctx.words)
  return ctx.t(expiresInSec > 0 ? 'watch.expires-in' : 'watch.expired-ago', { duration })
}

/** "RTT 12.3 ms" or "no connection". */
export function watchRttText(rttMs: number | null, ctx: WatchTextContext): string {
  return rttMs === null
    ? ctx.t('watch.rtt-none')
    : ctx.t('watch.rtt', { ms: rttMs < 10 ? rttMs.toFixed(1) : String(Math.round(rttMs)) })
}

/** The reason a round failed, when it did: the first broken step. */
export function watchFailText(r: WatchRound, ctx: WatchTextContext): string | undefined {
  if (r.verdict !== 'fail') return undefined
  if (r.ips.length === 0) return ctx.t('watch.fail.dns', { code: r.dnsCode })
  if (!r.portOpen) return ctx.t('watch.fail.port')
  if (r.handshake !== 'handshake-ok') return ctx.t('watch.fail.handshake')
  if (r.probe !== null && r.probe !== 'publish-accepted') return ctx.t('watch.fail.probe')
  if (r.expiresInSec !== null && r.expiresInSec <= 0) return ctx.t('watch.fail.expired')
  return undefined
}

/** The round's time of day, 24-hour `HH:MM:SS`, in the given locale and time zone. */
export function watchClock(at: number, locale: string, timeZone?: string): string {
  return new Intl.DateTimeFormat(locale, {
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hour12: false,
    timeZone
  }).format(at)
}

/** The CLI's human line of one round: time, round, verdict, RTT, countdown, then any alerts. */
export function watchRoundLine(r: WatchRound, ctx: WatchTextContext): string {
  const mark = r.verdict === 'ok' ? '✓' : r.verdict === 'warn' ? '!' : '✕'
  const parts = [watchRttText(r.rttMs, ctx), watchCountdownText(r.expiresInSec, ctx)]
  const fail = watchFailText(r, ctx)
  if (fail) parts.push(fail)
  const head = `${watchClock(r.at, ctx.locale, ctx.timeZone)}  #${r.index}  ${mark} ${ctx.t(`watch.verdict.${r.verdict}`)}`
  const alerts = r.alerts
    .map((a) => `\n    ${a.code === 'recovered' ? '✓' : '!'} ${watchAlertText(a, ctx)}`)
    .join('')
  return `${head} · ${parts.join(' · ')}${alerts}`
}
