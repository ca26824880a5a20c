/**
 * Tencent step 3 (`expiry`): decode txTime (hex Unix seconds), apply the key's AuthDelta, and say
 * whether a reconnect during the show will still be accepted. Pure and synchronous (no clock
 * unless `now` is left out), cheap enough for every keystroke.
 */
import type { ExpiryEvidence, ExpiryResult, PushUrl } from '../../shared/push-url'
import {
  EXPIRY_SHOW_MARGIN_MS,
  EXPIRY_WARN_MS,
  TXTIME_MAX_LENGTH,
  TXTIME_PLAUSIBLE_MAX_SEC,
  TXTIME_PLAUSIBLE_MIN_SEC
} from './constants'

/** Options of the expiry check. */
export interface ExpiryOptions {
  /** The key's AuthDelta (extra validity after txTime), seconds; default 0. */
  authDeltaSec?: number
  /** Planned show length, seconds: warn when less than this + EXPIRY_SHOW_MARGIN_MS remains. */
  showLengthSec?: number
}

/** Largest Unix-seconds value a JS Date can hold (±8.64e15 ms). */
const MAX_DATE_SEC = 8.64e12

function plausible(sec: number): boolean {
  return sec >= TXTIME_PLAUSIBLE_MIN_SEC && sec <= TXTIME_PLAUSIBLE_MAX_SEC
}

function letterCase(s: string): ExpiryEvidence['txTimeCase'] {
  const upper = /[A-F]/.test(s)
  const lower = /[a-f]/.test(s)
  if (upper && lower) return 'mixed'
  if (upper) return 'upper'
  if (lower) return 'lower'
  return 'none'
}

function nonNegative(v: number | undefined): number {
  return typeof v === 'number' && Number.isFinite(v) && v > 0 ? v : 0
}

/**
 * Check txTime of a parsed push URL. `fail` when expired; `warn` when under 12 h remain, under the
 * show length + margin, when txTime is missing, or when it looks like decimal seconds /
 * milliseconds (Tencent reads it as hex seconds); `pass` otherwise.
 */
export function checkExpiry(
  url: PushUrl | undefined,
  opts: ExpiryOptions = {},
  now: number = Date.now()
): ExpiryResult {
  const t0 = performance.now()
  const authDeltaSec = nonNegative(opts.authDeltaSec)
  const showMs = nonNegative(opts.showLengthSec) * 1000
  const evidence: ExpiryEvidence = { authDeltaSec, thresholdMs: EXPIRY_WARN_MS }
  const done = (status: ExpiryResult['status'], code: ExpiryResult['code']): ExpiryResult => ({
    id: 'expiry',
    status,
    code,
    timing: { startedAt: now, durationMs: performance.now() - t0 },
    evidence
  })
  if (!url) return done('skipped', 'expiry-skipped-no-url')
  const tx = url.txTime
  // No txTime: rejected (error 500) unless push authentication is switched off for the domain.
  if (tx === undefined || tx === '') return done('warn', 'expiry-missing')
  evidence.txTime = tx
  evidence.txTimeCase = letterCase(tx)
  if (tx.length > TXTIME_MAX_LENGTH || !/^[0-9a-fA-F]+$/.test(tx)) {
    return done('fail', 'expiry-bad-format')
  }
  // Tencent's reading: hex seconds. Everything else is a guess at what the author meant.
  const hexSec = parseInt(tx, 16)
  evidence.txTimeSec = hexSec
  evidence.readAs = 'hex-seconds'
  let mistake: 'expiry-decimal' | 'expiry-milliseconds' | undefined
  if (!plausible(hexSec)) {
    const digitsOnly = /^\d+$/.test(tx)
    const dec = digitsOnly ? Number(tx) : NaN
    if (digitsOnly && plausible(dec)) {
      mistake = 'expiry-decimal'
      evidence.readAs = 'decimal-seconds'
      evidence.reinterpretedAt = dec * 1000
    } else if (digitsOnly && plausible(Math.floor(dec / 1000))) {
      mistake = 'expiry-milliseconds'
      evidence.readAs = 'decimal-milliseconds'
      evidence.reinterpretedAt = dec
    } else if (plausible(Math.floor(hexSec / 1000))) {
      mistake = 'expiry-milliseconds'
      evidence.readAs = 'hex-milliseconds'
      evidence.reinterpretedAt = hexSec
    }
  }
  if (hexSec + authDeltaSec <= MAX_DATE_SEC) {
    evidence.expiresAt = (hexSec + authDeltaSec) * 1000
    evidence.remainingMs = evidence.expiresAt - now
  }
  // Decimal / millisecond values always read as a far-future hex time, so "expired" cannot apply:
  // the finding is the format itself (Tencent may reject it, and the signature covers it).
  if (mistake) return done('warn', mistake)
  const remaining = evidence.remainingMs ?? Number.POSITIVE_INFINITY
  if (remaining <= 0) return done('fail', 'expiry-expired')
  const showThreshold = showMs > 0 ? showMs + EXPIRY_SHOW_MARGIN_MS : 0
  if (showThreshold > 0 && remaining < showThreshold) {
    evidence.thresholdMs = showThreshold
    return done('warn', 'expiry-shorter-than-show')
  }
  if (remaining < EXPIRY_WARN_MS) return done('warn', 'expiry-short')
  if (showThreshold > EXPIRY_WARN_MS) evidence.thresholdMs = showThreshold
  return done('pass', 'expiry-ok')
}
