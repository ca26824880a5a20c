import { describe, expect, it } from 'vitest'
import { generatePushUrl } from '../../../src/main/preflight/url-generator'
import { parsePushUrl } from '../../../src/main/preflight/url-parse'
import { checkSignature } from '../../../src/main/preflight/signature-check'
import { checkExpiry } from '../../../src/main/preflight/expiry-check'
import type { GenerateErrorCode, GenerateInput } from '../../../src/shared/push-url'
import { GENERATE_ERROR_CODES } from '../../../src/shared/push-url'

const NOW = Date.UTC(2026, 10, 25, 17, 20)
const H = 3600_000
const K1 = 'e12c46f2612d5106e2034781ab261ca3'
const base: GenerateInput = {
  domain: 'push.example.com',
  app: 'live',
  stream: 'test',
  key: K1,
  expiresAt: NOW + 24 * H,
  algorithm: 'md5'
}

describe('generatePushUrl', () => {
  it('reproduces the documented vector exactly (upper-case txTime, lower-case md5)', () => {
    const r = generatePushUrl({ ...base, expiresAt: 0x5c271099 * 1000 }, 0x5c271099 * 1000 - 24 * H)
    expect(r).toEqual({
      ok: true,
      url: 'rtmp://push.example.com/live/test?txSecret=f85a2ab363fe4deaffef9754d79da6fe&txTime=5C271099',
      txTime: '5C271099',
      txSecret: 'f85a2ab363fe4deaffef9754d79da6fe',
      warnShort: false
    })
  })

  it('round trip: generate → parse → signature ok → expiry ok, md5 and sha256, primary and backup', () => {
    for (const algorithm of ['md5', 'sha256'] as const) {
      const g = generatePushUrl({ ...base, algorithm, stream: 'show_2026-11.a' }, NOW)
      if (!g.ok) throw new Error(g.code)
      const p = parsePushUrl({ url: g.url })
      if (!p.ok) throw new Error(p.code)
      expect(p.url.stream).toBe('show_2026-11.a')
      expect(checkSignature(p.url, { primary: K1 }, NOW)).toMatchObject({
        code: 'signature-ok',
        evidence: { matched: { algorithm } }
      })
      expect(checkSignature(p.url, { primary: 'new', backup: K1 }, NOW).code).toBe(
        'signature-ok-backup'
      )
      expect(checkExpiry(p.url, {}, NOW).code).toBe('expiry-ok')
      expect(g.txSecret).toHaveLength(algorithm === 'md5' ? 32 : 64)
      expect(g.txTime).toMatch(/^[0-9A-F]+$/)
    }
  })

  it('AuthDelta: txTime is worked back from the chosen expiry', () => {
    const g = generatePushUrl({ ...base, authDeltaSec: 3600 }, NOW)
    if (!g.ok) throw new Error(g.code)
    expect(parseInt(g.txTime, 16)).toBe((NOW + 23 * H) / 1000)
    const p = parsePushUrl({ url: g.url })
    if (!p.ok) throw new Error(p.code)
    expect(checkExpiry(p.url, { authDeltaSec: 3600 }, NOW).evidence.expiresAt).toBe(NOW + 24 * H)
  })

  it('warnShort under 12 h', () => {
    expect(generatePushUrl({ ...base, expiresAt: NOW + 11 * H }, NOW)).toMatchObject({
      ok: true,
      warnShort: true
    })
    expect(generatePushUrl({ ...base, expiresAt: NOW + 12 * H }, NOW)).toMatchObject({
      ok: true,
      warnShort: false
    })
  })

  it('trims fields and lower-cases the domain', () => {
    const g = generatePushUrl({ ...base, domain: ' Push.Example.com ', key: ` ${K1} ` }, NOW)
    expect(g.ok && g.url.startsWith('rtmp://push.example.com/live/test?')).toBe(true)
  })

  const bad: Array<[GenerateErrorCode, Partial<GenerateInput>]> = [
    ['gen-no-domain', { domain: ' ' }],
    ['gen-bad-domain', { domain: 'rtmp://push.example.com/live' }],
    ['gen-no-app', { app: '' }],
    ['gen-bad-app', { app: 'li ve' }],
    ['gen-no-stream', { stream: '' }],
    ['gen-bad-stream', { stream: 'my show' }],
    ['gen-no-key', { key: '  ' }],
    ['gen-bad-key', { key: 'ab cd' }],
    ['gen-bad-expiry', { expiresAt: Number.NaN }],
    ['gen-expiry-past', { expiresAt: NOW - 1 }]
  ]
  it.each(bad)('%s', (c, patch) => {
    expect(generatePushUrl({ ...base, ...patch }, NOW)).toEqual({ ok: false, code: c })
  })
  it('every generator error code is tested', () => {
    expect(GENERATE_ERROR_CODES.filter((c) => !bad.some((b) => b[0] === c))).toEqual([])
    expect(generatePushUrl({ ...base, domain: '203.0.113.7' }, NOW)).toEqual({
      ok: false,
      code: 'gen-bad-domain'
    })
  })
})
