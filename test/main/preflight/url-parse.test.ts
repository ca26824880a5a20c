import { describe, expect, it } from 'vitest'
import { isValidHostName, parsePushUrl } from '../../../src/main/preflight/url-parse'
import { MAX_PUSH_URL_LENGTH } from '../../../src/main/preflight/constants'
import type { PushUrl, UrlErrorCode, UrlParseResult } from '../../../src/shared/push-url'
import { URL_ERROR_CODES } from '../../../src/shared/push-url'

const Q = 'txSecret=f85a2ab363fe4deaffef9754d79da6fe&txTime=5C271099'
const GOOD = `rtmp://push.example.com/live/test?${Q}`

function ok(r: UrlParseResult): PushUrl {
  if (!r.ok) throw new Error(`expected ok, got ${r.code}`)
  return r.url
}
function notes(r: UrlParseResult): string[] {
  return r.ok ? r.notes.map((n) => n.code) : []
}
function code(url: string): string {
  const r = parsePushUrl({ url })
  return r.ok ? 'ok' : r.code
}

describe('parsePushUrl: good URLs', () => {
  it('splits a Tencent push URL', () => {
    const u = ok(parsePushUrl({ url: GOOD }))
    expect(u).toMatchObject({
      scheme: 'rtmp',
      host: 'push.example.com',
      hostKind: 'name',
      port: 1935,
      portExplicit: false,
      app: 'live',
      stream: 'test',
      streamRaw: 'test',
      txSecret: 'f85a2ab363fe4deaffef9754d79da6fe',
      txTime: '5C271099',
      tcUrl: 'rtmp://push.example.com/live',
      publishName: `test?${Q}`
    })
    expect(u.query).toEqual([
      ['txSecret', 'f85a2ab363fe4deaffef9754d79da6fe'],
      ['txTime', '5C271099']
    ])
  })

  it('keeps other parameters in order and pulls out txHost', () => {
    const u = ok(
      parsePushUrl({ url: `rtmp://203.0.113.7/live/s?a=1&${Q}&txHost=push.example.com&a=2` })
    )
    expect(u.hostKind).toBe('ipv4')
    expect(u.txHost).toBe('push.example.com')
    expect(u.query.map(([k]) => k)).toEqual(['a', 'txSecret', 'txTime', 'txHost', 'a'])
  })

  it('rtmps defaults to 443, an explicit port is kept in tcUrl', () => {
    expect(ok(parsePushUrl({ url: 'rtmps://h.example.com/live/s' })).port).toBe(443)
    const u = ok(parsePushUrl({ url: 'RTMP://Push.Example.com:1936/live/s' }))
    expect(u).toMatchObject({
      scheme: 'rtmp',
      host: 'push.example.com',
      port: 1936,
      portExplicit: true
    })
    expect(u.tcUrl).toBe('rtmp://push.example.com:1936/live')
  })

  it('IPv6 in brackets, with and without port', () => {
    const a = ok(parsePushUrl({ url: 'rtmp://[::1]/live/s' }))
    expect(a).toMatchObject({
      host: '::1',
      hostKind: 'ipv6',
      port: 1935,
      tcUrl: 'rtmp://[::1]/live'
    })
    const b = ok(parsePushUrl({ url: 'rtmp://[2001:DB8::1]:1940/live/s' }))
    expect(b).toMatchObject({
      host: '2001:db8::1',
      port: 1940,
      tcUrl: 'rtmp://[2001:db8::1]:1940/live'
    })
  })

  it('splits deep paths like ffmpeg (app = first two segments)', () => {
    const u = ok(parsePushUrl({ url: 'rtmp://h.example.com/a/b/c/d' }))
    expect([u.app, u.stream]).toEqual(['a/b', 'c/d'])
    const r = parsePushUrl({ url: 'rtmp://h.example.com/live/inst/s' })
    expect(ok(r).app).toBe('live/inst')
    expect(notes(r)).toContain('url-nested-app')
    // ffmpeg: a ':' in the second segment keeps a one-segment app (mp4:folder/file)
    expect(ok(parsePushUrl({ url: 'rtmp://h.example.com/vod/mp4:x/y' })).app).toBe('vod')
  })

  it('notes: trimmed, encoded name, no query, default port', () => {
    const r = parsePushUrl({ url: '  \n rtmp://h.example.com/live/my%20show\u200b \t' })
    const u = ok(r)
    expect(u.stream).toBe('my show')
    expect(u.streamRaw).toBe('my%20show')
    expect(u.publishName).toBe('my%20show')
    expect(notes(r)).toEqual([
      'url-trimmed',
      'url-encoded-name',
      'url-no-query',
      'url-default-port'
    ])
  })

  it('notes a tx parameter in the wrong case and an empty value', () => {
    const r = parsePushUrl({ url: 'rtmp://h.example.com/live/s?txsecret=abc&txTime=' })
    expect(ok(r).txSecret).toBeUndefined()
    expect(notes(r)).toEqual(expect.arrayContaining(['url-param-case', 'url-empty-query-value']))
  })
})

describe('parsePushUrl: OBS form', () => {
  it('joins server + key with any slashes', () => {
    for (const server of [
      'rtmp://h.example.com/live',
      'rtmp://h.example.com/live/',
      'rtmp://h.example.com/live//'
    ]) {
      for (const key of [`test?${Q}`, `/test?${Q}`]) {
        const r = parsePushUrl({ server, streamKey: key })
        const u = ok(r)
        expect([u.app, u.stream, u.txTime]).toEqual(['live', 'test', '5C271099'])
        expect(u.publishName).toBe(`test?${Q}`)
        expect(notes(r)).toContain('url-obs-joined')
      }
    }
  })

  it('keeps the server path as the app and notes a key that carries the AppName', () => {
    const r = parsePushUrl({ server: 'rtmp://h.example.com/live', streamKey: `live/test?${Q}` })
    expect([ok(r).app, ok(r).stream]).toEqual(['live', 'live/test'])
    expect(notes(r)).toContain('url-app-in-stream')
  })

  it('detects a server that already contains the stream (name or query)', () => {
    const a = parsePushUrl({ server: 'rtmp://h.example.com/live/test', streamKey: `test?${Q}` })
    expect(a).toMatchObject({
      ok: false,
      code: 'url-server-has-stream',
      params: { stream: 'test' }
    })
    const b = parsePushUrl({ server: `rtmp://h.example.com/live/test?${Q}`, streamKey: 'x' })
    expect(b).toMatchObject({ ok: false, code: 'url-server-has-stream' })
  })

  it('detects a key pasted twice, a URL in the key field and empty fields', () => {
    expect(
      parsePushUrl({ server: 'rtmp://h.example.com/live/', streamKey: `test?${Q}test?${Q}` })
    ).toMatchObject({ code: 'url-key-pasted-twice' })
    expect(parsePushUrl({ server: 'rtmp://h.example.com/live/', streamKey: GOOD })).toMatchObject({
      code: 'url-key-is-url'
    })
    expect(parsePushUrl({ server: ' ', streamKey: 'x' })).toMatchObject({
      code: 'url-obs-no-server'
    })
    expect(parsePushUrl({ server: 'rtmp://h.example.com/live/', streamKey: '' })).toMatchObject({
      code: 'url-obs-no-key'
    })
    expect(parsePushUrl({ server: 'rtmp://h.example.com/live/', streamKey: 'a b' })).toMatchObject({
      code: 'url-inner-spaces',
      params: { field: 'streamKey' }
    })
  })
})

describe('parsePushUrl: every error code', () => {
  const cases: Array<[UrlErrorCode, string, Record<string, string | number>?]> = [
    ['url-empty', '   '],
    [
      'url-too-long',
      'rtmp://h.example.com/live/' + 'a'.repeat(MAX_PUSH_URL_LENGTH),
      { max: MAX_PUSH_URL_LENGTH }
    ],
    ['url-control-chars', 'rtmp://h.example.com/live/a\u0007b', { index: 28, char: 'U+0007' }],
    ['url-bad-scheme', 'https://h.example.com/live/s.flv', { scheme: 'https' }],
    [
      'url-no-scheme',
      `push.example.com/live/x?${Q}`,
      { suggestion: 'rtmp://push.example.com/live/x' }
    ],
    ['url-no-host', 'rtmp:///live/s'],
    ['url-bad-host', 'rtmp://bad_host!.com/live/s', { host: 'bad_host!.com' }],
    ['url-bad-port', 'rtmp://h.example.com:70000/live/s', { port: 70000 }],
    ['url-no-app', `rtmp://h.example.com/test?${Q}`, { stream: 'test' }],
    ['url-no-stream', 'rtmp://h.example.com/live/', { app: 'live' }],
    ['url-inner-spaces', 'rtmp://h.example.com/live/my show', { index: 29 }],
    ['url-key-pasted-twice', `rtmp://h.example.com/live/abc?${Q}abc?${Q}`],
    ['url-bad-query', 'rtmp://h.example.com/live/s?txSecret=%zz'],
    ['url-bad-encoding', 'rtmp://h.example.com/live/s%zz', { stream: 's%zz' }],
    ['url-double-slash', 'rtmp://h.example.com/live//s', { index: 26 }],
    ['url-srt-no-streamid', 'srt://h.example.com:9000'],
    ['url-srt-bad-streamid', 'srt://h.example.com:9000?streamid=live/s', { part: 'live/s' }],
    ['url-srt-no-resource', 'srt://h.example.com:9000?streamid=#!::h=h.example.com']
  ]
  it.each(cases)('%s', (c, url, params) => {
    const r = parsePushUrl({ url })
    expect(r.ok).toBe(false)
    if (!r.ok) {
      expect(r.code).toBe(c)
      if (params) expect(r.params).toMatchObject(params)
    }
  })

  it('covers the whole error list (with the OBS-only ones above)', () => {
    const tested = new Set([
      ...cases.map((c) => c[0]),
      'url-server-has-stream',
      'url-obs-no-server',
      'url-obs-no-key',
      'url-key-is-url'
    ])
    expect(URL_ERROR_CODES.filter((c) => !tested.has(c))).toEqual([])
  })

  it('schemes: webrtc/http are refused with their name, rtmp:/ is a missing-scheme fix', () => {
    // srt:// is a push URL of its own now; one without r= says what is missing, not "wrong scheme".
    expect(parsePushUrl({ url: 'srt://h.example.com:9000?streamid=#!::h=x' })).toMatchObject({
      code: 'url-srt-no-resource'
    })
    expect(parsePushUrl({ url: 'webrtc://h.example.com/live/s' })).toMatchObject({
      params: { scheme: 'webrtc' }
    })
    expect(parsePushUrl({ url: 'http://h.example.com/live/a b' })).toMatchObject({
      code: 'url-bad-scheme'
    })
    expect(parsePushUrl({ url: 'rtmp:/h.example.com/live/s' })).toMatchObject({
      code: 'url-no-scheme',
      params: { suggestion: 'rtmp://h.example.com/live/s' }
    })
  })

  it('hosts: bad IPv4, unbracketed IPv6, unicode, credentials', () => {
    expect(code('rtmp://999.1.1.1/live/s')).toBe('url-bad-host')
    expect(code('rtmp://1.2.3/live/s')).toBe('url-bad-host')
    expect(code('rtmp://::1/live/s')).toBe('url-bad-host')
    expect(code('rtmp://[::1/live/s')).toBe('url-bad-host')
    expect(code('rtmp://[::1]x/live/s')).toBe('url-bad-host')
    expect(code('rtmp://bücher.example/live/s')).toBe('url-bad-host')
    const r = parsePushUrl({ url: 'rtmp://user:pw@h.example.com/live/s' })
    expect(r).toMatchObject({ code: 'url-bad-host', params: { host: 'h.example.com' } })
    expect(JSON.stringify(r)).not.toContain('pw')
    expect(code('rtmp://h.example.com:/live/s')).toBe('url-bad-port')
    expect(code('rtmp://h.example.com:0/live/s')).toBe('url-bad-port')
    expect(code('rtmp://h.example.com./live/s')).toBe('ok')
    expect(isValidHostName('a'.repeat(64) + '.com')).toBe(false)
    expect(isValidHostName('-a.com')).toBe(false)
  })

  it('a whole URL pasted twice', () => {
    expect(code(GOOD + GOOD)).toBe('url-key-pasted-twice')
    expect(code(`rtmp://h.example.com/live/s?${Q}&${Q}`)).toBe('url-key-pasted-twice')
  })

  it('the no-scheme suggestion never carries the secret', () => {
    const r = parsePushUrl({ url: `h.example.com/live/s?${Q}` })
    expect(JSON.stringify(r)).not.toContain('f85a2a')
  })
})

describe('parsePushUrl never throws', () => {
  it('on junk, huge and non-string input', () => {
    const junk: unknown[] = [
      { url: 'x'.repeat(5_000_000) },
      { url: ' '.repeat(1_000_000) + 'rtmp://h/live/s' + ' '.repeat(1_000_000) },
      { url: 'rtmp://' + '/'.repeat(3000) },
      { url: '\u0000\uffff\ud800' },
      { url: 'rtmp://h.example.com/live/😀?x=😀' },
      { url: 'rtmp://[' },
      { url: 'rtmp://h?' },
      { url: 'rtmp://h/live/s?&&=&' },
      { url: 42 },
      { server: null, streamKey: undefined },
      null,
      undefined,
      'rtmp://h/live/s'
    ]
    for (const j of junk) {
      const r = parsePushUrl(j as never)
      expect(typeof r.ok).toBe('boolean')
    }
    // Bounded: random strings, fixed seed.
    let seed = 7
    const rnd = (): number => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff
    const alphabet = 'rtmps:/?&=%[]@.-_ aZ09\u00e9\u200b\n#'
    for (let i = 0; i < 3000; i++) {
      let s = rnd() < 0.5 ? 'rtmp://' : ''
      const n = Math.floor(rnd() * 40)
      for (let k = 0; k < n; k++) s += alphabet[Math.floor(rnd() * alphabet.length)]
      expect(() => parsePushUrl({ url: s })).not.toThrow()
    }
  })

  // The speed of it is the bench's job; the code says the cap stopped it before any parsing.
  it('rejects a 5 MB paste by its length', () => {
    expect(code('rtmp://' + 'a'.repeat(5_000_000))).toBe('url-too-long')
  })
})
