import { describe, expect, it } from 'vitest'
import { en } from '../../src/shared/i18n/en'
import {
  parseSrtStreamId,
  parseTencentSrtStreamId,
  redactSrtStreamId,
  SRT_HANDSHAKE_CODES,
  SRT_REJECT_REASONS,
  srtRejectReason,
  srtRejectReasonKey,
  srtRejectWireValue,
  tencentSrtStreamId
} from '../../src/shared/srt'

describe('srtRejectReason (wire value = 1000 + reason, per libsrt handshake.h)', () => {
  it.each([
    [1000, 'unknown', 0],
    [1002, 'rej-peer', 2],
    [1010, 'rej-badsecret', 10],
    [1016, 'rej-timeout', 16],
    [1500, 'unknown', 500], // libsrt: an unlisted internal value is SRT_REJ_UNKNOWN
    [2000, 'ac-fallback', 1000],
    [2400, 'ac-bad-request', 1400],
    [2401, 'ac-unauthorized', 1401],
    [2403, 'ac-forbidden', 1403],
    [2409, 'ac-conflict', 1409],
    [2418, 'ac-other', 1418],
    [3000, 'user-defined', 2000],
    [3042, 'user-defined', 2042],
    [999, 'unknown', -1]
  ])('%i → %s', (wire, id, code) => {
    expect(srtRejectReason(wire)).toMatchObject({ id, code })
  })

  it('every listed reason round-trips through its wire value', () => {
    for (const r of SRT_REJECT_REASONS.filter((x) => x.code >= 0)) {
      expect(srtRejectReason(srtRejectWireValue(r.code)).id).toBe(r.id)
    }
    expect(new Set(SRT_REJECT_REASONS.map((r) => r.id)).size).toBe(SRT_REJECT_REASONS.length)
  })

  it('every code and reason has an English text', () => {
    const keys = [
      ...SRT_HANDSHAKE_CODES,
      ...SRT_REJECT_REASONS.map((r) => srtRejectReasonKey(r.id))
    ]
    expect(keys.filter((k) => !(k in en))).toEqual([])
  })
})

describe('SRT stream ids', () => {
  it('parses the #!:: key=value syntax', () => {
    expect(parseSrtStreamId('#!::u=admin,r=bluesbrothers1_hi')).toEqual({
      ok: true,
      keys: { u: 'admin', r: 'bluesbrothers1_hi' }
    })
    expect(parseSrtStreamId('#!::r=a=b')).toEqual({ ok: true, keys: { r: 'a=b' } })
    expect(parseSrtStreamId('plain')).toEqual({ ok: false, error: 'not-keyed' })
    expect(parseSrtStreamId('#!:{r=a}')).toEqual({ ok: false, error: 'nested-unsupported' })
    expect(parseSrtStreamId('#!::')).toEqual({ ok: false, error: 'empty' })
    expect(parseSrtStreamId('#!::r=a,,h=b')).toEqual({ ok: false, error: 'bad-pair' })
    expect(parseSrtStreamId('#!::=x')).toEqual({ ok: false, error: 'bad-pair' })
    expect(parseSrtStreamId('#!::r=a,r=b')).toEqual({ ok: false, error: 'duplicate-key' })
  })

  it("reads and builds Tencent's stream id", () => {
    const value = {
      host: 'push.example.com',
      app: 'live',
      stream: 'a/b',
      txSecret: 'f85a2ab3',
      txTime: '5C271099'
    }
    const s = tencentSrtStreamId(value)
    expect(s).toBe('#!::h=push.example.com,r=live/a/b,txSecret=f85a2ab3,txTime=5C271099')
    expect(parseTencentSrtStreamId(s)).toEqual({ ok: true, value })
    expect(parseTencentSrtStreamId('#!::h=x,r=live')).toEqual({ ok: false, error: 'no-resource' })
  })

  it('redacts the txSecret', () => {
    const s = '#!::h=h,r=live/s,txSecret=f85a2ab363fe4deaffef9754d79da6fe,txTime=5C271099'
    expect(redactSrtStreamId(s)).toBe('#!::h=h,r=live/s,txSecret=f85a…,txTime=5C271099')
  })
})
