import i18next from 'i18next'
import { describe, expect, it } from 'vitest'
import * as dns from '../../src/shared/dns'
import * as ffmpeg from '../../src/shared/ffmpeg'
import { formatExpiry } from '../../src/shared/format-time'
import {
  I18N_OPTIONS,
  LANGUAGES,
  pickLanguage,
  resources,
  timeWordsFor
} from '../../src/shared/i18n'
import { en } from '../../src/shared/i18n/en'
import * as network from '../../src/shared/network'
import * as push from '../../src/shared/push'
import * as pushUrl from '../../src/shared/push-url'
import { CAUSE_IDS, PHASES } from '../../src/shared/report'
import * as rtmp from '../../src/shared/rtmp'

const texts: Record<string, Record<string, string>> = Object.fromEntries(
  LANGUAGES.map((lang) => [lang, resources[lang].translation as Record<string, string>])
)
const enKeys = Object.keys(en).sort()

/** The set of `{{name}}` placeholders of a text, sorted. */
function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(/\{\{\s*([\w.-]+)\s*\}\}/g)].map((m) => m[1]))].sort()
}

describe('resources', () => {
  it('ships English, Indonesian and Simplified Chinese', () => {
    expect([...LANGUAGES]).toEqual(['en', 'id', 'zh-CN'])
  })

  it.each(LANGUAGES)('%s has exactly the keys of en', (lang) => {
    const keys = Object.keys(texts[lang]).sort()
    expect(keys.filter((k) => !(k in en))).toEqual([]) // no stale keys
    expect(enKeys.filter((k) => !(k in texts[lang]))).toEqual([]) // no missing keys
    expect(keys).toEqual(enKeys)
  })

  it.each(LANGUAGES)('%s has no empty or whitespace-only text', (lang) => {
    const empty = Object.entries(texts[lang]).filter(([, v]) => typeof v !== 'string' || !v.trim())
    expect(empty.map(([k]) => k)).toEqual([])
  })

  it('every key has the same placeholders in every language', () => {
    const mismatches: string[] = []
    for (const key of enKeys) {
      const want = placeholders(en[key as keyof typeof en]).join(',')
      for (const lang of LANGUAGES) {
        const got = placeholders(texts[lang][key] ?? '').join(',')
        if (got !== want) mismatches.push(`${lang} ${key}: [${got}] vs en [${want}]`)
      }
    }
    expect(mismatches).toEqual([])
  })

  it('no broken placeholder braces (a typo would print literally)', () => {
    const broken: string[] = []
    for (const lang of LANGUAGES) {
      for (const [key, text] of Object.entries(texts[lang])) {
        const stripped = text.replace(/\{\{\s*[\w.-]+\s*\}\}/g, '')
        if (/\{\{|\}\}/.test(stripped)) broken.push(`${lang} ${key}`)
      }
    }
    expect(broken).toEqual([])
  })

  it('fix steps keep one step per line in every language', () => {
    const diff: string[] = []
    for (const key of enKeys) {
      const want = en[key as keyof typeof en].split('\n').length
      for (const lang of LANGUAGES) {
        const got = (texts[lang][key] ?? '').split('\n').length
        if (got !== want) diff.push(`${lang} ${key}: ${got} lines vs en ${want}`)
      }
    }
    expect(diff).toEqual([])
  })

  it.each(['id', 'zh-CN'] as const)('%s is translated, not a copy of en', (lang) => {
    // Some texts are legitimately identical (product names, "DNS", "ffmpeg", URL placeholders).
    const same = enKeys.filter((k) => texts[lang][k] === en[k as keyof typeof en])
    expect(same.length).toBeLessThan(enKeys.length * 0.06)
  })
})

describe('every code has an English text', () => {
  /** Every exported `*_CODES` array of the shared modules, found by name so new ones count. */
  const codeArrays = Object.entries({ ...pushUrl, ...dns, ...ffmpeg, ...network, ...rtmp, ...push })
    .filter(([name, v]) => name.endsWith('_CODES') && Array.isArray(v))
    .map(([name, v]) => [name, v as readonly string[]] as const)

  it('finds the code arrays the brief names', () => {
    const names = codeArrays.map(([n]) => n)
    for (const n of [
      'URL_ERROR_CODES',
      'URL_NOTE_CODES',
      'EXPIRY_CODES',
      'SIGNATURE_CODES',
      'TXHOST_CODES',
      'GENERATE_ERROR_CODES',
      'DNS_CODES',
      'FFMPEG_CODES',
      'PORT_CODES',
      'HANDSHAKE_CODES',
      'PUBLISH_PROBE_CODES',
      'PUSH_CODES'
    ]) {
      expect(names).toContain(n)
    }
  })

  it('each *_CODES code, cause and phase has a text in en', () => {
    const keys = [
      ...codeArrays.flatMap(([, codes]) => codes),
      ...pushUrl.SIGNATURE_MISTAKES.map((m) => `signature-mistake-${m}`),
      ...CAUSE_IDS.map((c) => `cause.${c}`),
      ...PHASES.map((p) => `phase.${p}`)
    ]
    expect(keys.length).toBeGreaterThan(100)
    expect(keys.filter((k) => !(k in en))).toEqual([])
  })
})

describe('pickLanguage', () => {
  it.each([
    ['en-US', 'en'],
    ['en', 'en'],
    ['de-DE', 'en'],
    ['', 'en'],
    [undefined, 'en'],
    ['idiot', 'en'], // a prefix is not a language
    ['id', 'id'],
    ['id-ID', 'id'],
    ['ID-id', 'id'],
    ['id_ID.UTF-8', 'id'],
    ['in-ID', 'id'], // legacy Java/Android code for Indonesian
    ['zh', 'zh-CN'],
    ['zh-CN', 'zh-CN'],
    ['zh-cn', 'zh-CN'],
    ['zh-Hans', 'zh-CN'],
    ['zh-Hans-CN', 'zh-CN'],
    ['zh-Hans-SG', 'zh-CN'],
    ['zh-SG', 'zh-CN'],
    ['zh_CN.UTF-8', 'zh-CN'],
    // Traditional Chinese: Simplified rather than English (see pickLanguage's doc).
    ['zh-TW', 'zh-CN'],
    ['zh-HK', 'zh-CN'],
    ['zh-Hant-TW', 'zh-CN']
  ])('%s → %s', (locale, want) => {
    expect(pickLanguage(locale)).toBe(want)
  })
})

describe('i18next renders each language', () => {
  const params = { ip: '192.0.2.10', port: 1935, connectMs: 42 }
  const want: Record<(typeof LANGUAGES)[number], RegExp> = {
    en: /^TCP port 1935 on 192\.0\.2\.10 is open \(connected in 42 ms\)\.$/,
    id: /^Port TCP 1935 di 192\.0\.2\.10 terbuka .*42 ms/,
    'zh-CN': /^192\.0\.2\.10 的 TCP 端口 1935 已开放.*42 毫秒/
  }

  it.each(LANGUAGES)('%s: an interpolated message', async (lang) => {
    const i18n = i18next.createInstance()
    await i18n.init({ ...I18N_OPTIONS, lng: lang })
    expect(i18n.language).toBe(lang)
    const text = i18n.t('port-open', params)
    expect(text).toMatch(want[lang])
    expect(text).not.toContain('{{')
    // A nested multi-line fix keeps its lines.
    const fix = i18n.t('fix.port-filtered', {
      port: 1935,
      host: 'push.example.com',
      ip: '192.0.2.10'
    })
    expect(fix.split('\n')).toHaveLength(2)
    expect(fix).toContain('push.example.com')
  })

  it('a missing key falls back to English, not to the key', async () => {
    const i18n = i18next.createInstance()
    await i18n.init({
      ...I18N_OPTIONS,
      lng: 'id',
      resources: { ...I18N_OPTIONS.resources, id: { translation: {} } }
    })
    expect(i18n.t('ui.gen.copy')).toBe(en['ui.gen.copy'])
  })
})

describe('timeWordsFor', () => {
  const NOW = Date.UTC(2026, 10, 25, 17, 20)
  const later = NOW + (9 * 60 + 40) * 60_000
  const earlier = NOW - (2 * 60 + 5) * 60_000

  it('en is the default English words', () => {
    expect(formatExpiry(later, NOW, 'en-GB', 'UTC', timeWordsFor('en'))).toBe(
      'Thu 26 Nov 03:00 (in 9 h 40 min)'
    )
  })
  it('id reads "dalam 9 j 40 mnt"', () => {
    expect(formatExpiry(later, NOW, 'id-ID', 'UTC', timeWordsFor('id'))).toMatch(
      /\(dalam 9 j 40 mnt\)$/
    )
    expect(formatExpiry(earlier, NOW, 'id-ID', 'UTC', timeWordsFor('id'))).toBe(
      'kedaluwarsa 2 j 5 mnt yang lalu'
    )
  })
  it('zh-CN reads "9 小时 40 分钟后"', () => {
    expect(formatExpiry(later, NOW, 'zh-CN', 'UTC', timeWordsFor('zh-CN'))).toMatch(
      /（9 小时 40 分钟后）$/
    )
    expect(formatExpiry(earlier, NOW, 'zh-CN', 'UTC', timeWordsFor('zh-CN'))).toBe(
      '已过期 2 小时 5 分钟'
    )
  })
})
