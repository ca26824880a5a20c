/**
 * Property tests of the signature checker: 10 000 generated URLs and keys per
 * property. Never a throw, always a known code; the right key is always recognised; and the
 * result (which goes into reports) never carries the key or the full txSecret.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { checkSignature, computeTxSecret } from '../../src/main/preflight/signature-check'
import { parsePushUrl } from '../../src/main/preflight/url-parse'
import { SIGNATURE_CODES, type PushUrl } from '../../src/shared/push-url'
import { anyText, pushKey, RUNS } from './arbitraries'

/** A parsed URL for `stream` and `txTime` with this txSecret (stream and txTime URL-encoded). */
function urlWith(stream: string, txTime: string, secret: string): PushUrl | undefined {
  // encodeURIComponent throws on a lone surrogate: such a name cannot be put in a URL at all.
  const enc = (s: string): string | undefined => {
    try {
      return encodeURIComponent(s)
    } catch {
      return undefined
    }
  }
  const [s, t, x] = [enc(stream), enc(txTime), enc(secret)]
  if (s === undefined || t === undefined || x === undefined) return undefined
  const r = parsePushUrl({ url: `rtmp://push.example.test/live/${s}?txSecret=${x}&txTime=${t}` })
  return r.ok ? r.url : undefined
}

/** Stream names and txTimes as people paste them: plain, unicode, odd punctuation, huge. */
const streamName = fc.oneof(
  fc.stringMatching(/^[A-Za-z0-9_-]{1,40}$/),
  fc.string({ minLength: 1, maxLength: 60 }),
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 20 })
)
const txTime = fc.oneof(
  fc.stringMatching(/^[0-9A-Fa-f]{8}$/),
  fc.stringMatching(/^\d{10,13}$/),
  fc.string({ minLength: 1, maxLength: 20 })
)

describe('checkSignature on generated input', () => {
  it('any URL and any keys → a known code, never a throw; key and full txSecret never in the result', () => {
    fc.assert(
      fc.property(
        streamName,
        txTime,
        fc.oneof(fc.stringMatching(/^[0-9a-f]{32}$/), anyText),
        fc.option(pushKey),
        fc.option(pushKey),
        (stream, tx, secret, primary, backup) => {
          const url = urlWith(stream, tx, secret)
          const r = checkSignature(url, {
            primary: primary ?? undefined,
            backup: backup ?? undefined
          })
          expect(SIGNATURE_CODES).toContain(r.code)
          expect(['pass', 'warn', 'fail', 'skipped']).toContain(r.status)
          const json = JSON.stringify(r)
          for (const k of [primary, backup]) {
            // A key that is itself part of the stream name or txTime may show up through them.
            if (k && !stream.includes(k) && !tx.includes(k)) expect(json).not.toContain(k)
          }
          const full = url?.txSecret
          if (full && full.length > 4 && !stream.includes(full) && !tx.includes(full)) {
            // Compared in JSON form: a secret ending in '"' must not match the JSON's own quote.
            expect(json).not.toContain(JSON.stringify(full).slice(1, -1))
          }
        }
      ),
      RUNS
    )
  })

  it('the right key is always recognised (MD5 and SHA256, primary or backup)', () => {
    fc.assert(
      fc.property(
        streamName,
        txTime,
        pushKey,
        fc.constantFrom('md5', 'sha256') as fc.Arbitrary<'md5' | 'sha256'>,
        fc.boolean(),
        (stream, tx, key, alg, asBackup) => {
          const url = urlWith(stream, tx, 'x')
          fc.pre(url !== undefined)
          if (!url) return
          // Signed over the stream name as the parser decoded it, as Tencent's server does.
          const secret = computeTxSecret(key, url.stream, url.txTime ?? '', alg)
          const signed = { ...url, txSecret: secret }
          const r = checkSignature(
            signed,
            asBackup ? { primary: 'not-the-key-0000', backup: key } : { primary: key }
          )
          expect(r.code).toBe(asBackup ? 'signature-ok-backup' : 'signature-ok')
          expect(r.evidence.matched).toEqual({
            key: asBackup ? 'backup' : 'primary',
            algorithm: alg
          })
        }
      ),
      RUNS
    )
  })

  it('garbage in place of the keys (not strings, over IPC) → a result, never a throw', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (primary, backup) => {
        const url = urlWith('test', '5C271099', 'f85a2ab363fe4deaffef9754d79da6fe')
        const r = checkSignature(url, { primary, backup } as never)
        expect(SIGNATURE_CODES).toContain(r.code)
      }),
      { ...RUNS, numRuns: 2_000 }
    )
  })
})
