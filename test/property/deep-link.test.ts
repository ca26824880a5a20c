/**
 * Property tests of the support link: a link is untrusted input (anyone can send one, the OS hands
 * it to the app). Hostile text, links built from fragments that matter to the parser, and valid
 * links with a secret slipped in: nothing throws, every refusal is a known code with a complete
 * English text, nothing accepted carries a secret, and every link the builder makes parses back.
 */
import fc from 'fast-check'
import i18next from 'i18next'
import { describe, expect, it } from 'vitest'
import {
  buildDeepLink,
  DEEP_LINK_ERROR_CODES,
  DEEP_LINK_FIELDS,
  parseDeepLink,
  type DeepLink,
  type DeepLinkResult
} from '../../src/shared/deep-link'
import { I18N_OPTIONS } from '../../src/shared/i18n'
import { anyText, RUNS } from './arbitraries'

const i18n = i18next.createInstance()
void i18n.init({ ...I18N_OPTIONS, lng: 'en', initAsync: false })

/** Pieces of links: the scheme, the action, separators, known and secret field names, values. */
const FRAGMENTS = [
  'push-preflight://check?',
  'push-preflight://',
  'PUSH-PREFLIGHT:',
  'check',
  '/',
  '?',
  '&',
  '=',
  '#',
  '%',
  '%2C',
  '%3D',
  '%26',
  '%zz',
  ',',
  ' ',
  '\u200b',
  '\u0000',
  ...DEEP_LINK_FIELDS,
  'txSecret',
  'txTime',
  'TXSECRET',
  'key',
  'SecretId',
  'api-secret-key',
  'unknown',
  'push.example.com',
  'live',
  'show1',
  '1',
  '0',
  '65535',
  '99999999999',
  'rtmp',
  'rtmps',
  'srt',
  'en',
  'zh-CN',
  'rtmp,srt',
  'a'.repeat(300),
  '-x',
  '..',
  '127.0.0.1',
  'f85a2ab363fe4deaffef9754d79da6fe'
]
const linkLike = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 40 }).map((a) => a.join(''))

/** Every result: a link with the three names, or a known code whose English text renders whole. */
function checkResult(r: DeepLinkResult): void {
  if (r.ok) {
    expect(r.link.domain.length).toBeGreaterThan(0)
    expect(r.link.app.length).toBeGreaterThan(0)
    expect(r.link.stream.length).toBeGreaterThan(0)
    expect(JSON.stringify(r.link)).not.toMatch(/tx_?secret|tx_?time/i)
    return
  }
  expect(DEEP_LINK_ERROR_CODES).toContain(r.code)
  const text = i18n.t(`link.error.${r.code}`, { field: r.field ?? '', max: 1 })
  expect(text).not.toContain('{{')
  expect(text.length).toBeGreaterThan(15)
  // A field named in a message is short and harmless (it is shown in the app and the terminal).
  if (r.field !== undefined) expect(r.field).toMatch(/^[A-Za-z0-9_.?-]{0,32}$/)
}

describe('parseDeepLink with hostile input', () => {
  it('never throws on any text, and answers with a link or a known code', () => {
    fc.assert(
      fc.property(anyText, (s) => checkResult(parseDeepLink(s))),
      RUNS
    )
  })

  it('never throws on link-shaped text, and answers with a link or a known code', () => {
    fc.assert(
      fc.property(linkLike, (s) => checkResult(parseDeepLink(s))),
      RUNS
    )
  })

  it('refuses a valid link as soon as a secret field is added, wherever it goes', () => {
    const secret = fc.tuple(
      fc.constantFrom(
        'txSecret',
        'txTime',
        'txsecret',
        'key',
        'pushKey',
        'SecretId',
        'SecretKey',
        'token',
        'signature'
      ),
      fc.stringMatching(/^[A-Za-z0-9]{0,40}$/),
      fc.nat(3)
    )
    fc.assert(
      fc.property(secret, ([name, value, at]) => {
        const pairs = ['domain=push.example.com', 'app=live', 'stream=s1']
        pairs.splice(at, 0, `${encodeURIComponent(name)}=${value}`)
        const r = parseDeepLink('push-preflight://check?' + pairs.join('&'))
        expect(r).toEqual({ ok: false, code: 'link-has-secret', field: name })
      }),
      RUNS
    )
  })
})

/** Valid links: real-looking names and any subset of the options. */
const validLink: fc.Arbitrary<DeepLink> = fc.record(
  {
    domain: fc
      .stringMatching(/^[a-z0-9]([a-z0-9-]{0,20}[a-z0-9])?(\.[a-z0-9]{1,10}){1,3}$/)
      .filter((d) => !/\.\d+$/.test(d)),
    app: fc.stringMatching(/^[A-Za-z0-9_-]{1,30}$/),
    stream: fc.stringMatching(/^[A-Za-z0-9_.-]{1,60}$/),
    protocol: fc.constantFrom('rtmp' as const, 'rtmps' as const, 'srt' as const),
    port: fc.integer({ min: 1, max: 65535 }),
    transports: fc.subarray(['rtmp' as const, 'rtmps' as const, 'srt' as const], { minLength: 1 }),
    pushSeconds: fc.integer({ min: 1, max: 600 }),
    noPush: fc.constant(true),
    showHours: fc.integer({ min: 0, max: 336 }),
    authDeltaSec: fc.integer({ min: 0, max: 31_536_000 }),
    lang: fc.constantFrom('en' as const, 'id' as const, 'zh-CN' as const)
  },
  { requiredKeys: ['domain', 'app', 'stream', 'protocol'] }
)

describe('buildDeepLink', () => {
  it('makes links that parse back to the same fields, and carries nothing else', () => {
    fc.assert(
      fc.property(
        validLink,
        fc.dictionary(fc.constantFrom('txSecret', 'txTime', 'key', 'secret'), fc.string()),
        (link, extra) => {
          const b = buildDeepLink({ ...extra, ...link })
          expect(b.ok).toBe(true)
          if (!b.ok) return
          expect(b.link).not.toMatch(/txSecret|txTime|key=|secret=/)
          expect(parseDeepLink(b.link)).toEqual({ ok: true, link })
        }
      ),
      RUNS
    )
  })
})
