/**
 * Property tests of the redaction module: 10 000 generated reports and texts per
 * property, with the run's key and txSecret spliced in anywhere (as a value, in URLs, in query
 * strings, URL-encoded, upper-cased, next to unicode and control characters). Nothing throws, and
 * neither a key nor a full txSecret ever gets through.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { redactDeep, redactText } from '../../src/shared/redact'
import { anyText, pushKey, RUNS, txSecret } from './arbitraries'

/** A string leaf that may hold the key or the txSecret, in the forms they take in real output. */
function leaf(key: string, secret: string): fc.Arbitrary<string> {
  const planted = fc.constantFrom(
    key,
    secret,
    secret.toUpperCase(),
    secret.toLowerCase(),
    `rtmp://h/live/s?txSecret=${secret}&txTime=5C271099`,
    `rtmp://h:1935/live/s?txTime=5C271099&txSecret=${secret}`,
    `txSecret%3D${secret}`,
    `Sending publish command for 's?txSecret=${secret}'`,
    `signed with ${key}`,
    `key=${key}&x=1`,
    `rtmp://${key}:${key}@h/live/s`,
    `"${secret}"`,
    `${key}${secret}`
  )
  return fc
    .tuple(
      fc.oneof(anyText, fc.constant('')),
      fc.option(planted, { freq: 2 }),
      fc.oneof(anyText, fc.constant(''))
    )
    .map(([a, p, b]) => `${a}${p ?? ''}${b}`)
}

/** A report-like JSON tree (objects, arrays, numbers, booleans, null) with planted secrets. */
function reportTree(key: string, secret: string): fc.Arbitrary<unknown> {
  const { tree } = fc.letrec<{ tree: unknown; node: unknown }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      leaf(key, secret),
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
      tie('tree')
    ),
    tree: fc.oneof(
      { depthSize: 'small' },
      fc.dictionary(
        fc.constantFrom(
          'inputs',
          'url',
          'checks',
          'evidence',
          'stderrTail',
          'detail',
          'args',
          'output',
          'publishName',
          'notes'
        ),
        tie('node'),
        { maxKeys: 5 }
      ),
      fc.array(tie('node'), { maxLength: 5 })
    )
  }))
  return tree
}

const secrets = fc.tuple(pushKey, txSecret)

describe('redaction on generated reports', () => {
  it('redactDeep: no key and no full txSecret anywhere in the redacted report; shape kept', () => {
    fc.assert(
      fc.property(
        secrets.chain(([k, s]) => fc.tuple(fc.constant(k), fc.constant(s), reportTree(k, s))),
        ([key, secret, report]) => {
          const out = redactDeep(report, { keys: [key], txSecrets: [secret] })
          const json = JSON.stringify(out) ?? ''
          expect(json).not.toContain(key)
          expect(json.toLowerCase()).not.toContain(secret.toLowerCase())
          // Only strings change: the same keys, the same array lengths, numbers untouched.
          expect(JSON.stringify(out, (_k, v: unknown) => (typeof v === 'string' ? '' : v))).toBe(
            JSON.stringify(report, (_k, v: unknown) => (typeof v === 'string' ? '' : v))
          )
        }
      ),
      RUNS
    )
  })

  it('redactText: a txSecret parameter is masked even when the run did not know the secret', () => {
    fc.assert(
      fc.property(
        anyText,
        fc.constantFrom('?', '&', ' ', '', "'", '"'),
        txSecret,
        fc.constantFrom('', '&txTime=5C271099', "'", ' next'),
        (before, sep, secret, after) => {
          // '' stands for the start of the text: the parameter needs a separator or the start.
          const text =
            sep === '' ? `txSecret=${secret}${after}` : `${before} ${sep}txSecret=${secret}${after}`
          const out = redactText(text)
          expect(out).toContain(`txSecret=${secret.slice(0, 4)}…`)
          expect(out.toLowerCase()).not.toContain(secret.toLowerCase())
        }
      ),
      RUNS
    )
  })

  it('redactText with longTokens (ffmpeg stderr): any MD5/SHA hex run standing alone is masked', () => {
    fc.assert(
      fc.property(
        anyText,
        txSecret,
        fc.constantFrom(' ', '/', "'", '=', ':', '\t'),
        (text, secret, sep) => {
          const out = redactText(`${text}${sep}${secret}${sep}${text}`, {}, { longTokens: true })
          expect(out.toLowerCase()).not.toContain(secret.toLowerCase())
        }
      ),
      RUNS
    )
  })

  it('never throws on any text or any secrets, and known keys vanish whatever surrounds them', () => {
    fc.assert(
      fc.property(
        anyText,
        fc.array(fc.oneof(pushKey, anyText), { maxLength: 3 }),
        fc.boolean(),
        (text, keys, longTokens) => {
          const out = redactText(text, { keys, txSecrets: keys }, { longTokens })
          expect(typeof out).toBe('string')
          for (const k of keys) if (/^[A-Za-z0-9]{8,}$/.test(k)) expect(out).not.toContain(k)
        }
      ),
      RUNS
    )
  })

  it('a huge known secret is still redacted (it once made `new RegExp` throw "too large")', () => {
    const secret = 'ab'.repeat(60_000)
    const out = redactText(`x ${secret.toUpperCase()} y`, { keys: [secret], txSecrets: [secret] })
    expect(out).toBe('x abab… y')
  })
})
