import { describe, expect, it } from 'vitest'
import { checkExpiry } from '../../../src/main/preflight/expiry-check'
import { EXPIRY_SHOW_MARGIN_MS, EXPIRY_WARN_MS } from '../../../src/main/preflight/constants'
import { parsePushUrl } from '../../../src/main/preflight/url-parse'
import type { PushUrl } from '../../../src/shared/push-url'

const NOW = Date.UTC(2026, 10, 25, 17, 20) // fixed clock: 2026-11-25 17:20 UTC
const H = 3600_000

function withTx(txTime?: string): PushUrl {
  const r = parsePushUrl({
    url: `rtmp://push.example.com/live/s?txSecret=${'a'.repeat(32)}${txTime === undefined ? '' : '&txTime=' + txTime}`
  })
  if (!r.ok) throw new Error(r.code)
  return r.url
}
const hexAt = (ms: number): string =>
  Math.floor(ms / 1000)
    .toString(16)
    .toUpperCase()

describe('checkExpiry', () => {
  it('decodes hex seconds (documented vector 5C271099 = 2018-12-29 06:13:45 UTC)', () => {
    const r = checkExpiry(withTx('5C271099'), {}, NOW)
    expect(r.evidence).toMatchObject({
      txTimeSec: 0x5c271099,
      txTimeCase: 'upper',
      readAs: 'hex-seconds'
    })
    expect(r.evidence.expiresAt).toBe(Date.UTC(2018, 11, 29, 6, 13, 45))
    expect(r).toMatchObject({ id: 'expiry', status: 'fail', code: 'expiry-expired' })
    expect(r.evidence.remainingMs).toBeLessThan(0)
  })

  it('pass with 24 h, warn under 12 h, fail when past', () => {
    expect(checkExpiry(withTx(hexAt(NOW + 24 * H)), {}, NOW)).toMatchObject({
      status: 'pass',
      code: 'expiry-ok'
    })
    const short = checkExpiry(withTx(hexAt(NOW + 11 * H)), {}, NOW)
    expect(short).toMatchObject({
      status: 'warn',
      code: 'expiry-short',
      evidence: { thresholdMs: EXPIRY_WARN_MS }
    })
    expect(checkExpiry(withTx(hexAt(NOW + 12 * H + 1000)), {}, NOW).code).toBe('expiry-ok')
    expect(checkExpiry(withTx(hexAt(NOW)), {}, NOW).code).toBe('expiry-expired')
    expect(checkExpiry(withTx(hexAt(NOW - 5 * 60_000)), {}, NOW).status).toBe('fail')
  })

  it('lower case is read the same (case noted)', () => {
    const r = checkExpiry(withTx(hexAt(NOW + 20 * H).toLowerCase()), {}, NOW)
    expect(r).toMatchObject({ code: 'expiry-ok', evidence: { txTimeCase: 'lower' } })
  })

  it('AuthDelta extends the expiry', () => {
    const u = withTx(hexAt(NOW - H))
    expect(checkExpiry(u, {}, NOW).code).toBe('expiry-expired')
    const r = checkExpiry(u, { authDeltaSec: 12 * 3600 }, NOW)
    expect(r).toMatchObject({ code: 'expiry-short', evidence: { authDeltaSec: 12 * 3600 } })
    expect(r.evidence.remainingMs).toBe(11 * H)
    expect(checkExpiry(u, { authDeltaSec: 14 * 3600 }, NOW).code).toBe('expiry-ok')
    expect(checkExpiry(u, { authDeltaSec: -5 }, NOW).evidence.authDeltaSec).toBe(0)
  })

  it('show length + margin raises the threshold', () => {
    const u = withTx(hexAt(NOW + 20 * H))
    const r = checkExpiry(u, { showLengthSec: 20 * 3600 }, NOW)
    expect(r).toMatchObject({
      status: 'warn',
      code: 'expiry-shorter-than-show',
      evidence: { thresholdMs: 20 * H + EXPIRY_SHOW_MARGIN_MS }
    })
    expect(checkExpiry(u, { showLengthSec: 2 * 3600 }, NOW).code).toBe('expiry-ok')
    // a short URL and a show that outlasts it: the show is the more specific warning
    expect(checkExpiry(withTx(hexAt(NOW + 2 * H)), { showLengthSec: 3 * 3600 }, NOW).code).toBe(
      'expiry-shorter-than-show'
    )
  })

  it('decimal seconds instead of hex', () => {
    const dec = String(Math.floor((NOW + 24 * H) / 1000))
    const r = checkExpiry(withTx(dec), {}, NOW)
    expect(r).toMatchObject({
      status: 'warn',
      code: 'expiry-decimal',
      evidence: { readAs: 'decimal-seconds', reinterpretedAt: Number(dec) * 1000 }
    })
    // an all-digit value that is a plausible hex time stays hex
    expect(checkExpiry(withTx('69300000'), {}, NOW).evidence.readAs).toBe('hex-seconds')
  })

  it('milliseconds instead of seconds (decimal or hex)', () => {
    const ms = String(NOW + 24 * H)
    expect(checkExpiry(withTx(ms), {}, NOW)).toMatchObject({
      code: 'expiry-milliseconds',
      evidence: { readAs: 'decimal-milliseconds', reinterpretedAt: NOW + 24 * H }
    })
    const hexMs = (NOW + 24 * H).toString(16).toUpperCase()
    expect(checkExpiry(withTx(hexMs), {}, NOW)).toMatchObject({
      code: 'expiry-milliseconds',
      evidence: { readAs: 'hex-milliseconds' }
    })
  })

  it('missing, bad format, no URL', () => {
    expect(checkExpiry(withTx(undefined), {}, NOW)).toMatchObject({
      status: 'warn',
      code: 'expiry-missing'
    })
    expect(checkExpiry(withTx('5C27XYZ'), {}, NOW)).toMatchObject({
      status: 'fail',
      code: 'expiry-bad-format'
    })
    expect(checkExpiry(withTx('1'.repeat(17)), {}, NOW).code).toBe('expiry-bad-format')
    expect(checkExpiry(undefined, {}, NOW)).toMatchObject({
      status: 'skipped',
      code: 'expiry-skipped-no-url'
    })
  })

  it('uses the given clock, not the real one', () => {
    const r = checkExpiry(withTx(hexAt(NOW + 24 * H)), {}, NOW)
    expect(r.timing.startedAt).toBe(NOW)
    expect(r.evidence.remainingMs).toBe(24 * H - (NOW % 1000))
  })
})
