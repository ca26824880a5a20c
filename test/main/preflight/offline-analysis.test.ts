import { describe, expect, it } from 'vitest'
import { analyzeOffline } from '../../../src/main/preflight/offline-analysis'

const NOW = Date.UTC(2018, 11, 28, 6, 13, 45) // 24 h before the documented vector's txTime
const K1 = 'e12c46f2612d5106e2034781ab261ca3'
const GOOD =
  'rtmp://push.example.com/live/test?txSecret=f85a2ab363fe4deaffef9754d79da6fe&txTime=5C271099'

describe('analyzeOffline', () => {
  it('a good URL with its key: everything passes', () => {
    const a = analyzeOffline({ url: { url: GOOD }, keys: { primary: K1 } }, NOW)
    expect(a.parse.ok).toBe(true)
    expect([a.expiry.code, a.signature.code, a.txHost.code]).toEqual([
      'expiry-ok',
      'signature-ok',
      'txhost-not-needed'
    ])
    expect(a.expiry.evidence.remainingMs).toBe(24 * 3600_000)
  })

  it('passes AuthDelta and show length through', () => {
    const a = analyzeOffline(
      { url: { url: GOOD }, authDeltaSec: 600, showLengthSec: 30 * 3600 },
      NOW
    )
    expect(a.expiry).toMatchObject({
      code: 'expiry-shorter-than-show',
      evidence: { authDeltaSec: 600 }
    })
  })

  it('an unusable URL: parse error, the checks are skipped', () => {
    const a = analyzeOffline({ url: { url: 'https://x.example.com/live/s.flv' } }, NOW)
    expect(a.parse).toMatchObject({ ok: false, code: 'url-bad-scheme' })
    expect([a.expiry.status, a.signature.status, a.txHost.status]).toEqual([
      'skipped',
      'skipped',
      'skipped'
    ])
  })

  it('the OBS form and a raw IP', () => {
    const a = analyzeOffline(
      {
        url: {
          server: 'rtmp://203.0.113.7/live/',
          streamKey: 'test?txSecret=f85a2ab363fe4deaffef9754d79da6fe&txTime=5C271099'
        },
        keys: { primary: K1 }
      },
      NOW
    )
    expect(a.signature.code).toBe('signature-ok')
    expect(a.txHost).toMatchObject({ status: 'warn', code: 'txhost-missing' })
  })

  it('survives structured clone / JSON and never carries the key', () => {
    const a = analyzeOffline(
      { url: { url: GOOD }, keys: { primary: K1, backup: 'zzz-backup' } },
      NOW
    )
    const json = JSON.stringify(a)
    expect(JSON.parse(json)).toEqual(a)
    expect(structuredClone(a)).toEqual(a)
    expect(json).not.toContain(K1)
    expect(json).not.toContain('zzz-backup')
  })

  // How fast one analysis is, the bench measures (bench/offline-analysis.bench.ts): a wall-clock
  // bound here would fail on a loaded machine. Here: every prefix of a URL, as typed, gives a
  // complete answer without throwing, and only the full URL parses.
  it('answers every keystroke of a URL being typed (bounded loop)', () => {
    const parsed: number[] = []
    for (let n = 20; n <= GOOD.length; n++) {
      const a = analyzeOffline({ url: { url: GOOD.slice(0, n) }, keys: { primary: K1 } }, NOW)
      expect(a.expiry.id).toBe('expiry')
      expect(a.signature.id).toBe('signature')
      if (a.parse.ok) parsed.push(n)
    }
    expect(parsed).toContain(GOOD.length)
  })
})
