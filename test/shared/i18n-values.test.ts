/**
 * Translated texts carry no English from the code: the words the engine puts into placeholders
 * (push stage, end kind, exit status, txTime letter case, signature details, DNS resolver) come out
 * in the UI language, and every list inside a text is joined with the language's own separator.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import i18next, { type TFunction } from 'i18next'
import { describe, expect, it } from 'vitest'
import { checkSignature, computeTxSecret } from '../../src/main/preflight/signature-check'
import { parsePushUrl } from '../../src/main/preflight/url-parse'
import {
  describeCheck,
  SIGNATURE_DETAIL_WORDS,
  type DescribeContext
} from '../../src/shared/describe'
import { dnsMessageParams, type DnsResult } from '../../src/shared/dns'
import { ffmpegMessageParams, type FfmpegInfo } from '../../src/shared/ffmpeg'
import { I18N_OPTIONS, timeWordsFor, type Language } from '../../src/shared/i18n'
import { en } from '../../src/shared/i18n/en'
import { formatList } from '../../src/shared/list-format'
import {
  PUSH_END_KINDS,
  PUSH_PHASES,
  type PushEvidence,
  type PushResult
} from '../../src/shared/push'

const TRANSLATED = ['id', 'zh-CN'] as const

async function contextFor(lang: Language): Promise<DescribeContext> {
  const i18n = i18next.createInstance()
  await i18n.init({ ...I18N_OPTIONS, lng: lang })
  const t: TFunction = i18n.t.bind(i18n)
  return { now: Date.UTC(2026, 10, 25, 12), locale: lang, words: timeWordsFor(lang), t }
}

/** Render a result the way the UI and the CLI do. */
function render(r: Parameters<typeof describeCheck>[0], ctx: DescribeContext): string {
  const d = describeCheck(r, ctx)
  const text = ctx.t(d.key, d.params)
  expect(text).not.toMatch(/\{\{|\}\}/)
  return text
}

/** The English forms of a fixed-set value: its id and the English text of its key. */
function englishForms(id: string, key: string): string[] {
  const text = (en as Record<string, string>)[key]
  expect(text, `en has ${key}`).toBeTruthy()
  return [id, text]
}

function pushResult(code: PushResult['code'], over: Partial<PushEvidence>): PushResult {
  const evidence: PushEvidence = {
    ffmpegPath: '/usr/bin/ffmpeg',
    args: [],
    output: 'rtmp://push.example.com/live/s',
    windowSec: 8,
    rwTimeoutMs: 5000,
    watchdogMs: 20000,
    timeline: [],
    publishStartSeen: false,
    accepted: false,
    sustained: false,
    mediaSec: 0,
    progress: [],
    exit: { code: 1, signal: null, atMs: 100 },
    stderrTail: [],
    ...over
  }
  return {
    id: 'test-push',
    status: 'fail',
    code,
    timing: { startedAt: 0, durationMs: 1 },
    evidence
  }
}

describe.each(TRANSLATED)('%s: values the code interpolates are translated', (lang) => {
  it('the stage a silent push stopped at ({{lastPhase}})', async () => {
    const ctx = await contextFor(lang)
    for (const phase of PUSH_PHASES.filter((p) => p !== 'ended' && p !== 'exited')) {
      const r = pushResult('push-timeout-silent', { timeline: [{ phase, atMs: 10 }] })
      const text = render(r, ctx)
      expect(text).toContain(ctx.t(`push.stage.${phase}`))
      for (const word of englishForms(phase, `push.stage.${phase}`))
        expect(text).not.toContain(word)
    }
  })

  it('how the push ended ({{endKind}}), including no end line at all', async () => {
    const ctx = await contextFor(lang)
    for (const kind of PUSH_END_KINDS) {
      const r = pushResult('push-dropped', {
        end: { kind, atMs: 50, afterMedia: true, afterAccept: true }
      })
      const text = render(r, ctx)
      expect(text).toContain(ctx.t(`push.end.${kind}`))
      for (const word of englishForms(kind, `push.end.${kind}`)) expect(text).not.toContain(word)
    }
    const none = render(pushResult('push-connect-failed', {}), ctx)
    expect(none).not.toContain('()')
    expect(none).not.toContain(en['push.end.unknown'])
  })

  it('the exit status of a crashed ffmpeg ({{exit}})', async () => {
    const ctx = await contextFor(lang)
    const byCode = render(
      pushResult('push-ffmpeg-crashed', { exit: { code: 3, signal: null, atMs: 9 } }),
      ctx
    )
    expect(byCode).toContain(ctx.t('push.exit-code', { code: 3 }))
    expect(byCode).not.toMatch(/\bcode 3\b/)
    const bySignal = render(
      pushResult('push-ffmpeg-crashed', { exit: { code: null, signal: 'SIGSEGV', atMs: 9 } }),
      ctx
    )
    expect(bySignal).toContain(ctx.t('push.exit-signal', { signal: 'SIGSEGV' }))
    expect(bySignal).not.toMatch(/\bsignal SIGSEGV\b/)
  })

  it('the txTime letter case and the other fixed signature details ({{detail}})', async () => {
    const ctx = await contextFor(lang)
    const key = 'somestring'
    const sign = (k: string, stream: string, txTime: string): string =>
      computeTxSecret(k, stream, txTime, 'md5')
    // Each URL carries a txSecret made the wrong way; the engine names the mistake and its detail.
    const cases: Array<[string, string]> = [
      ['upper', sign(key, 'test', '5C2ACACC')],
      ['key-trailing', sign(key + ' ', 'test', '5c2acacc')],
      ['stream+key+txTime', computeTxSecretOrder(key)]
    ]
    for (const [detail, secret] of cases) {
      const parsed = parsePushUrl({
        url: `rtmp://push.example.com/live/test?txSecret=${secret}&txTime=5c2acacc`
      })
      if (!parsed.ok) throw new Error(parsed.code)
      const r = checkSignature(parsed.url, { primary: key })
      expect(r.code).toBe('signature-mistake')
      expect(r.evidence.mistakeDetail).toBe(detail)
      const text = render(r, ctx)
      expect(text).toContain(ctx.t(`signature-detail.${detail}`))
      expect(text).not.toContain(en[`signature-detail.${detail}` as keyof typeof en])
      if (detail === 'upper') expect(text).not.toMatch(/\b(upper|lower)\b|\bcase\b/)
    }
  })

  it('every fixed signature detail has its own text, unlike the English one', () => {
    const texts = I18N_OPTIONS.resources?.[lang]?.translation as Record<string, string>
    for (const d of SIGNATURE_DETAIL_WORDS) {
      expect(texts[`signature-detail.${d}`]).toBeTruthy()
      expect(texts[`signature-detail.${d}`]).not.toBe(
        en[`signature-detail.${d}` as keyof typeof en]
      )
    }
  })

  it('the DNS resolver ({{resolver}})', async () => {
    const ctx = await contextFor(lang)
    const dns: DnsResult = {
      id: 'dns',
      status: 'fail',
      code: 'dns-timeout',
      timing: { startedAt: 0, durationMs: 1 },
      evidence: {
        host: 'push.example.com',
        resolver: { kind: 'system', servers: ['192.0.2.53', '192.0.2.54'], timeoutMs: 3000 },
        chain: ['push.example.com'],
        addresses: { v4: [], v6: [] },
        lookups: [],
        failedName: 'push.example.com'
      }
    }
    const text = render(dns, ctx)
    expect(text).toContain(
      ctx.t('dns.resolver.system', { servers: formatList(['192.0.2.53', '192.0.2.54'], lang) })
    )
    expect(text).not.toContain('system DNS')
  })
})

/** MD5(StreamName + key + txTime): the "wrong order" mistake. */
function computeTxSecretOrder(key: string): string {
  // computeTxSecret hashes key + stream + txTime; passing the stream as the key swaps the order.
  return computeTxSecret('test', key, '5c2acacc', 'md5')
}

describe('list separators come from the language', () => {
  it('formatList: en and id write "a, b, c", Chinese "a、b、c"', () => {
    expect(formatList(['a', 'b', 'c'], 'en')).toBe('a, b, c')
    expect(formatList(['a', 'b', 'c'], 'id')).toBe('a, b, c')
    expect(formatList(['a', 'b', 'c'], 'zh-CN')).toBe('a、b、c')
    expect(formatList(['a'], 'zh-CN')).toBe('a')
    expect(formatList([], 'zh-CN')).toBe('')
    // A malformed tag falls back to English rather than throwing.
    expect(formatList(['a', 'b'], 'not a locale!')).toBe('a, b')
  })

  it('DNS addresses and missing ffmpeg features are listed for the UI language', () => {
    const dns = {
      evidence: {
        host: 'h.example.com',
        chain: ['h.example.com'],
        addresses: { v4: ['192.0.2.1', '192.0.2.2'], v6: [] },
        lookups: []
      }
    } as unknown as DnsResult
    const t = (k: string): string => k
    expect(dnsMessageParams(dns, { locale: 'zh-CN', t }).addresses).toBe('192.0.2.1、192.0.2.2')
    expect(dnsMessageParams(dns, { locale: 'id', t }).addresses).toBe('192.0.2.1, 192.0.2.2')
    const ffmpeg: FfmpegInfo = {
      code: 'ffmpeg-missing-features',
      hasRtmp: false,
      hasLibx264: false,
      hasAac: true,
      tried: []
    }
    expect(ffmpegMessageParams(ffmpeg, { locale: 'zh-CN', t }).missing).toBe('rtmp、libx264')
  })

  it('no source file joins a list for people with a hard-coded separator', () => {
    // Lists in texts go through formatList; a literal ", " / "、" / "; " join is a separator that
    // does not follow the UI language. (Line breaks, " → " chains and a bare ',' — the syntax of
    // an SRT stream id — are not lists of words.)
    const roots = ['src/shared', 'src/renderer/src', 'src/main/cli.ts']
    const offenders: string[] = []
    const visit = (path: string): void => {
      if (statSync(path).isDirectory()) {
        for (const name of readdirSync(path)) visit(join(path, name))
      } else if (/\.(ts|tsx)$/.test(path) && !path.includes('/i18n/')) {
        const src = readFileSync(path, 'utf8')
        for (const m of src.matchAll(/\.join\(\s*(['"`])(, |、|; |，)\1\s*\)/g))
          offenders.push(`${path}: ${m[0]}`)
      }
    }
    for (const r of roots) visit(r)
    expect(offenders).toEqual([])
  })
})

describe('the ffmpeg locator’s reasons in the UI language', () => {
  it('each reason shape is worded in Indonesian and Chinese, never left in English', async () => {
    const { resources } = await import('../../src/shared/i18n')
    const info: FfmpegInfo = {
      code: 'ffmpeg-not-found',
      hasRtmp: false,
      hasLibx264: false,
      hasAac: false,
      tried: [
        { source: 'ffmpeg-static', reason: 'package not installed' },
        {
          source: 'ffmpeg-installer',
          path: '/x/ffmpeg',
          reason: '-version timed out after 5000 ms'
        },
        { source: 'path', path: '/usr/bin/ffmpeg', reason: '-protocols exited with code 1' },
        { source: 'env', path: '/y', reason: 'not-executable' }
      ]
    }
    for (const lang of ['id', 'zh-CN'] as const) {
      const texts = resources[lang].translation as Record<string, string>
      const t = (k: string, p?: Record<string, string | number>): string =>
        (texts[k] ?? k).replace(/\{\{(\w+)\}\}/g, (_m, n: string) => String(p?.[n] ?? ''))
      const tried = ffmpegMessageParams(info, { locale: lang, t }).tried
      for (const english of [
        'package not installed',
        'timed out',
        'exited with code',
        'not-executable'
      ])
        expect(tried).not.toContain(english)
      expect(tried).toContain('5000')
    }
  })
})
