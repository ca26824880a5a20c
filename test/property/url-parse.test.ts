/**
 * Property tests of the push-URL parser: 10 000 generated inputs per property in
 * both input forms. Nothing escapes as an exception, every rejection is a known code whose English
 * text renders completely, an accepted URL can never smuggle an option or a space into ffmpeg's
 * arguments, and a rejection never echoes a full txSecret.
 */
import fc from 'fast-check'
import i18next from 'i18next'
import { describe, expect, it } from 'vitest'
import { ffmpegRtmpTarget } from '../../src/main/preflight/ffmpeg-target'
import { parsePushUrl } from '../../src/main/preflight/url-parse'
import { describeParse } from '../../src/shared/describe'
import { I18N_OPTIONS } from '../../src/shared/i18n'
import { en } from '../../src/shared/i18n/en'
import { URL_ERROR_CODES, URL_NOTE_CODES, type UrlParseResult } from '../../src/shared/push-url'
import { anyText, plausibleUrl, RUNS, txSecret, urlLike } from './arbitraries'

const i18n = i18next.createInstance()
void i18n.init({ ...I18N_OPTIONS, lng: 'en', initAsync: false })
const enKeys = new Set(Object.keys(en))

/** The rejection as the user reads it (English), or undefined for an accepted URL. */
function message(r: UrlParseResult): string | undefined {
  if (r.ok) return undefined
  const d = describeParse(r)
  return i18n.t(d.key, d.params)
}

/** What every result must satisfy, accepted or not. */
function checkResult(r: UrlParseResult): void {
  if (!r.ok) {
    expect(URL_ERROR_CODES).toContain(r.code)
    // A code with an English text: the text exists, renders every placeholder, is not the key.
    expect(enKeys.has(r.code), `no English text for ${r.code}`).toBe(true)
    const text = message(r) ?? ''
    expect(text.length).toBeGreaterThan(10)
    expect(text).not.toBe(r.code)
    // Every placeholder of the template gets a value (echoed input may itself contain "{{").
    const template = String((en as Record<string, unknown>)[r.code])
    for (const [, name] of template.matchAll(/\{\{\s*(\w+)/g))
      expect(r.params ?? {}).toHaveProperty(name)
    for (const v of Object.values(r.params ?? {})) {
      expect(['string', 'number']).toContain(typeof v)
      // Params echo parts of the input: bounded so a megabyte paste is not echoed back.
      expect(String(v).length).toBeLessThanOrEqual(2100)
    }
    return
  }
  const u = r.url
  for (const n of r.notes) expect(URL_NOTE_CODES).toContain(n.code)
  expect(u.port).toBeGreaterThanOrEqual(1)
  expect(u.port).toBeLessThanOrEqual(65535)
  expect(u.app.length).toBeGreaterThan(0)
  expect(u.stream.length).toBeGreaterThan(0)
  // Nothing that reaches ffmpeg's argument array can contain whitespace or a control character,
  // so a pasted "… -f null /tmp/x" can never become extra options; the output is a URL, not a flag.
  const t = ffmpegRtmpTarget(u, '127.0.0.1')
  for (const a of [t.output, ...t.args.filter((_, i) => i % 2 === 1), u.publishName, u.tcUrl]) {
    // eslint-disable-next-line no-control-regex -- control characters are what must not appear
    expect(a).not.toMatch(/[\s\u0000-\u001f\u007f-\u009f\u200b-\u200d\u2028\u2029\u2060\ufeff]/)
  }
  expect(t.output).toMatch(/^rtmps?:\/\//)
}

describe('parsePushUrl on generated input', () => {
  it('one full URL: any text → a result (never a throw), a known code with an English text', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, urlLike, plausibleUrl), (url) => {
        checkResult(parsePushUrl({ url }))
      }),
      RUNS
    )
  })

  it('the OBS form: any server and stream key → a result with a known code', () => {
    fc.assert(
      fc.property(
        fc.oneof(anyText, urlLike, plausibleUrl),
        fc.oneof(anyText, urlLike),
        (server, streamKey) => {
          checkResult(parsePushUrl({ server, streamKey }))
        }
      ),
      RUNS
    )
  })

  it('input that is not even the right shape (over IPC) → a result, never a throw', () => {
    fc.assert(
      fc.property(fc.anything(), (v) => {
        checkResult(parsePushUrl(v as never))
        checkResult(parsePushUrl({ url: v } as never))
        checkResult(parsePushUrl({ server: v, streamKey: v } as never))
      }),
      { ...RUNS, numRuns: 3_000 }
    )
  })

  it('the URL generator reaches the accepted branch (so the checks above are exercised)', () => {
    const sample = fc.sample(plausibleUrl, { numRuns: 1_000, seed: RUNS.seed })
    const accepted = sample.filter((url) => parsePushUrl({ url }).ok).length
    expect(accepted).toBeGreaterThan(150)
  })

  it('an injection after a URL is refused for its spaces, whatever comes after', () => {
    fc.assert(
      fc.property(
        plausibleUrl,
        fc.constantFrom(' -f null /tmp/x', '\t-y out.flv', ' ; rm -rf ~', '\n-i x'),
        (url, tail) => {
          const r = parsePushUrl({ url: url + tail })
          expect(r.ok).toBe(false)
          if (!r.ok) expect(['url-inner-spaces', 'url-control-chars']).toContain(r.code)
        }
      ),
      RUNS
    )
  })

  it('a rejection never shows a full txSecret from the input', () => {
    fc.assert(
      fc.property(
        fc.oneof(anyText, urlLike),
        plausibleUrl,
        txSecret,
        fc.oneof(anyText, urlLike),
        (pre, url, secret, post) => {
          const input = `${pre}${url}${url.includes('?') ? '&' : '?'}txSecret=${secret}${post}`
          const r = parsePushUrl({ url: input })
          const text = message(r)
          if (text !== undefined) expect(text.toLowerCase()).not.toContain(secret.toLowerCase())
        }
      ),
      RUNS
    )
  })

  // Speed itself is measured by bench/offline-analysis.bench.ts (a wall-clock bound here would
  // depend on the machine's load); what makes it fast is checked here: the length cap comes first.
  it('caps huge input before parsing it: 200 pastes of 100 000 characters are url-too-long', () => {
    for (let i = 0; i < 200; i++) {
      const r = parsePushUrl({ url: ' '.repeat(50_000) + 'rtmp://h/live/' + 'a/'.repeat(25_000) })
      expect(r.ok ? 'ok' : r.code).toBe('url-too-long')
    }
  })
})
