/**
 * Types of watch mode: a light check repeated over the evening (DNS, TCP connect RTT, RTMP
 * handshake and, with a key, a publish-only probe of a separate probe stream), one plain-data
 * round at a time, with alerts when something changed since the round before. Pure types and
 * small pure helpers; the loop is src/main/preflight/watch.ts.
 */
import type { HandshakeCode } from './network'
import type { NetworkChange } from './report'
import type { PublishProbeCode } from './rtmp'

/**
 * Every alert a round can carry. Messages: src/shared/i18n/en/watch.ts (`watch.alert.<code>`).
 * - `network-changed`: the interfaces, addresses, gateway or DNS servers differ from last round.
 * - `ip-changed`: the push host resolves to other addresses than last round.
 * - `port-closed`: the ingest port answered last round and does not now.
 * - `rtt-high`: the connect RTT reached WATCH_RTT_ALERT_FACTOR × the first round's.
 * - `expires-before-show-end`: the URL's expiry falls before the planned end of the show.
 * - `expires-soon`: less than WATCH_EXPIRY_SOON_MS remain before the URL expires.
 * - `expired`: the URL has expired (a reconnect now would be refused).
 * - `recovered`: a problem an earlier round reported is gone (port open again, RTT back down).
 */
export const WATCH_ALERT_CODES = [
  'network-changed',
  'ip-changed',
  'port-closed',
  'rtt-high',
  'expires-before-show-end',
  'expires-soon',
  'expired',
  'recovered'
] as const
export type WatchAlertCode = (typeof WATCH_ALERT_CODES)[number]

/** What a `recovered` note is about. */
export type WatchRecoveryOf = 'port-closed' | 'rtt-high'

/** One alert with the numbers its message needs (plain data, survives JSON and IPC). */
export type WatchAlert =
  | { code: 'network-changed'; params: { changes: NetworkChange[] } }
  | { code: 'ip-changed'; params: { from: string[]; to: string[] } }
  | { code: 'port-closed'; params: { port: number; portCode: string } }
  | { code: 'rtt-high'; params: { rttMs: number; baselineMs: number; factor: number } }
  | { code: 'expires-before-show-end'; params: { expiresAt: number; showEndAt: number } }
  | { code: 'expires-soon'; params: { expiresAt: number; expiresInSec: number } }
  | { code: 'expired'; params: { expiresAt: number } }
  | { code: 'recovered'; params: { of: WatchRecoveryOf } }

/** A round's overall verdict: `fail` = a push (or reconnect) would not work now. */
export type WatchVerdict = 'ok' | 'warn' | 'fail'

/** One round of the watch. */
export interface WatchRound {
  /** 1-based round number. */
  index: number
  /** When the round started, ms since epoch. */
  at: number
  verdict: WatchVerdict
  /** Median TCP connect time to the ingest port, ms; null when no connect succeeded. */
  rttMs: number | null
  /** Addresses the push host resolved to (or the host itself when it is an IP). */
  ips: string[]
  /** The DNS result code (`dns-raw-ip` when the host is an address). */
  dnsCode: string
  portOpen: boolean
  /** The handshake's result code; null when the port was not open. */
  handshake: HandshakeCode | null
  /** The probe stream's publish-only probe; null without a key or before a handshake. */
  probe: PublishProbeCode | null
  /** Seconds until the URL expires (negative once expired); null when the URL has no txTime. */
  expiresInSec: number | null
  alerts: WatchAlert[]
  durationMs: number
}

/** How a watch ended. */
export interface WatchSummary {
  rounds: number
  /** True when it was stopped (Ctrl-C, the switch, leaving the screen) before its count. */
  stopped: boolean
}

/** Rounds the app keeps for its timeline chart; older rounds drop off the left. */
export const WATCH_HISTORY_ROUNDS = 120

/** Shortest interval between rounds, ms (also the CLI's `--every` floor). */
export const WATCH_MIN_EVERY_MS = 1000
/** Longest interval between rounds, ms (a day). */
export const WATCH_MAX_EVERY_MS = 24 * 3600_000
/** Most rounds one watch may be asked for (a year of 5-minute rounds). */
export const WATCH_MAX_COUNT = 105_120
/** Default interval between rounds, ms: often enough to see trouble before the show does. */
export const WATCH_DEFAULT_EVERY_MS = 5 * 60_000

/** The worst of two verdicts. */
export function worseVerdict(a: WatchVerdict, b: WatchVerdict): WatchVerdict {
  const rank = { ok: 0, warn: 1, fail: 2 } as const
  return rank[a] >= rank[b] ? a : b
}

/**
 * Parse a duration like `30s`, `5m`, `1h`, `1500ms` or `90` (seconds). Returns ms, or undefined
 * when it is not a duration.
 */
export function parseDuration(text: string): number | undefined {
  const m = /^(\d+(?:\.\d+)?)(ms|s|m|h)?$/.exec(text.trim())
  if (!m) return undefined
  const n = Number(m[1])
  const unit = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[m[2] ?? 's'] ?? 1000
  const ms = Math.round(n * unit)
  return Number.isFinite(ms) ? ms : undefined
}

/**
 * The next time the wall clock shows `HH:MM` (local time) after `now`: tonight's 22:30, or
 * tomorrow's when 22:30 has passed. Undefined when the text is not a valid 24-hour time.
 */
export function nextClockTime(text: string, now: number): number | undefined {
  const m = /^([01]?\d|2[0-3]):([0-5]\d)$/.exec(text.trim())
  if (!m) return undefined
  const d = new Date(now)
  d.setHours(Number(m[1]), Number(m[2]), 0, 0)
  if (d.getTime() <= now) d.setDate(d.getDate() + 1)
  return d.getTime()
}
