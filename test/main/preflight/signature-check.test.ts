import { describe, expect, it } from 'vitest'
import { checkSignature, computeTxSecret } from '../../../src/main/preflight/signature-check'
import { parsePushUrl } from '../../../src/main/preflight/url-parse'
import type { PushUrl, SignatureMistake } from '../../../src/shared/push-url'
import { SIGNATURE_MISTAKES } from '../../../src/shared/push-url'
import { createHash, createHmac } from 'node:crypto'

const NOW = Date.UTC(2026, 10, 25, 17, 20)
const K1 = 'e12c46f2612d5106e2034781ab261ca3'

function url(
  stream: string,
  secret: string | undefined,
  txTime: string | undefined,
  app = 'live'
): PushUrl {
  const q: string[] = []
  if (secret !== undefined) q.push(`txSecret=${secret}`)
  if (txTime !== undefined) q.push(`txTime=${txTime}`)
  const r = parsePushUrl({
    url: `rtmp://push.example.com/${app}/${stream}${q.length ? '?' + q.join('&') : ''}`
  })
  if (!r.ok) throw new Error(r.code)
  return r.url
}

describe('computeTxSecret: the documented test vectors', () => {
  it.each([
    [K1, 'test', '5C271099', 'f85a2ab363fe4deaffef9754d79da6fe'],
    ['somestring', 'test', '5c2acacc', 'b77e812107e1d8b8f247885a46e1bd34'],
    ['somestring', 'test_900', '5c2acacc', '4beae959b16c77da6a65c7edda1dfefe']
  ])('md5(%s + %s + %s) = %s', (key, stream, tx, want) => {
    expect(computeTxSecret(key, stream, tx, 'md5')).toBe(want)
    const r = checkSignature(url(stream, want, tx), { primary: key }, NOW)
    expect(r).toMatchObject({ id: 'signature', status: 'pass', code: 'signature-ok' })
    expect(r.evidence.matched).toEqual({ key: 'primary', algorithm: 'md5' })
  })

  it('sha256 is the same string hashed with SHA256', () => {
    const want = createHash('sha256')
      .update(K1 + 'test5C271099')
      .digest('hex')
    expect(computeTxSecret(K1, 'test', '5C271099', 'sha256')).toBe(want)
    const r = checkSignature(url('test', want, '5C271099'), { primary: K1 }, NOW)
    expect(r.code).toBe('signature-ok')
    expect(r.evidence).toMatchObject({ form: 'sha256', matched: { algorithm: 'sha256' } })
  })
})

describe('checkSignature', () => {
  const good = url('test', 'f85a2ab363fe4deaffef9754d79da6fe', '5C271099')

  it('without a key: form only', () => {
    expect(checkSignature(good, undefined, NOW)).toMatchObject({
      status: 'pass',
      code: 'signature-form-ok',
      evidence: { form: 'md5', keyGiven: false }
    })
    expect(checkSignature(good, { primary: '  ' }, NOW).code).toBe('signature-form-ok')
    expect(checkSignature(url('test', 'a'.repeat(64), '5C271099'), {}, NOW).evidence.form).toBe(
      'sha256'
    )
    expect(checkSignature(url('test', 'xyz', '5C271099'), {}, NOW)).toMatchObject({
      status: 'fail',
      code: 'signature-bad-form',
      evidence: { form: 'unknown' }
    })
    expect(checkSignature(url('test', 'abc', '5C271099'), {}, NOW).evidence.form).toBe('unknown') // 3 hex
    expect(checkSignature(url('test', undefined, '5C271099'), {}, NOW)).toMatchObject({
      status: 'warn',
      code: 'signature-missing'
    })
    expect(checkSignature(undefined, {}, NOW)).toMatchObject({
      status: 'skipped',
      code: 'signature-skipped-no-url'
    })
  })

  it('upper-case hex is noted, still matches', () => {
    const r = checkSignature(
      url('test', 'F85A2AB363FE4DEAFFEF9754D79DA6FE', '5C271099'),
      { primary: K1 },
      NOW
    )
    expect(r.code).toBe('signature-ok')
    expect(r.evidence.secretUpperCase).toBe(true)
  })

  it('backup key, trimmed keys, wrong key', () => {
    const r = checkSignature(good, { primary: 'other', backup: ` ${K1}\n` }, NOW)
    expect(r).toMatchObject({
      status: 'pass',
      code: 'signature-ok-backup',
      evidence: { matched: { key: 'backup' } }
    })
    const w = checkSignature(good, { primary: 'other' }, NOW)
    expect(w).toMatchObject({
      status: 'fail',
      code: 'signature-wrong',
      evidence: { keyGiven: true, signedString: '<key>test5C271099' }
    })
  })

  it('never puts the key or the whole txSecret in the result', () => {
    for (const keys of [{ primary: K1 }, { primary: 'wrongkey123' }, { backup: K1 }]) {
      const s = JSON.stringify(checkSignature(good, keys, NOW))
      expect(s).not.toContain(K1)
      expect(s).not.toContain('wrongkey123')
      expect(s).not.toContain('f85a2ab363')
      expect(s).toContain('"txSecretPrefix":"f85a"')
    }
  })

  // Each usual mistake: build the secret the wrong way, check it is named.
  const md5 = (s: string): string => createHash('md5').update(s).digest('hex')
  const mistakes: Array<[SignatureMistake, string, PushUrl, string?]> = [
    ['app-in-stream', 'live/test', url('test', md5(K1 + 'live/test' + '5C271099'), '5C271099')],
    [
      'app-in-stream',
      'test',
      (() => {
        const r = parsePushUrl({
          server: 'rtmp://push.example.com/live',
          streamKey: `live/test?txSecret=${md5(K1 + 'test5C271099')}&txTime=5C271099`
        })
        if (!r.ok) throw new Error(r.code)
        return r.url
      })()
    ],
    ['txtime-case', 'upper', url('test', md5(K1 + 'test5C271099'), '5c271099')],
    ['txtime-case', 'lower', url('test', md5(K1 + 'test5c271099'), '5C271099')],
    [
      'txtime-decimal',
      String(0x5c271099),
      url('test', md5(K1 + 'test' + String(0x5c271099)), '5C271099')
    ],
    ['txtime-decimal', '5C271099', url('test', md5(K1 + 'test5C271099'), String(0x5c271099))],
    ['trailing-space', 'key-trailing', url('test', md5(K1 + ' test5C271099'), '5C271099')],
    ['trailing-space', 'key-leading', url('test', md5(' ' + K1 + 'test5C271099'), '5C271099')],
    ['trailing-space', 'stream-trailing', url('test', md5(K1 + 'test 5C271099'), '5C271099')],
    ['url-encoded-name', 'my%20show', url('my%20show', md5(K1 + 'my%20show5C271099'), '5C271099')],
    ['decoded-name', 'a b', url('a+b', md5(K1 + 'a b5C271099'), '5C271099')],
    [
      'wrong-algorithm',
      'sha1',
      url(
        'test',
        createHash('sha1')
          .update(K1 + 'test5C271099')
          .digest('hex'),
        '5C271099'
      )
    ],
    [
      'wrong-algorithm',
      'hmac-md5',
      url('test', createHmac('md5', K1).update('test5C271099').digest('hex'), '5C271099')
    ],
    ['wrong-order', 'stream+key+txTime', url('test', md5('test' + K1 + '5C271099'), '5C271099')]
  ]
  it.each(mistakes)('names the mistake %s (%s)', (mistake, detail, u) => {
    const r = checkSignature(u, { primary: K1 }, NOW)
    expect(r).toMatchObject({
      status: 'fail',
      code: 'signature-mistake',
      evidence: { mistake, mistakeDetail: detail }
    })
    expect(JSON.stringify(r)).not.toContain(K1)
  })

  it('every listed mistake has a test', () => {
    const tested = new Set(mistakes.map((m) => m[0]))
    expect(SIGNATURE_MISTAKES.filter((m) => !tested.has(m))).toEqual([])
  })

  it('the mistake search also runs with the backup key', () => {
    const u = url('test', md5(K1 + 'live/test5C271099'), '5C271099')
    expect(checkSignature(u, { primary: 'x', backup: K1 }, NOW).evidence.mistake).toBe(
      'app-in-stream'
    )
  })
})
