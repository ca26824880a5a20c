import { describe, expect, it } from 'vitest'
import { parsePushUrl } from '../../src/main/preflight/url-parse'
import type { PushUrl, UrlParseResult } from '../../src/shared/push-url'
import { asRtmpUrl, srtStreamId, transportPort, transportUrl } from '../../src/shared/transport'

const SECRET = 'f85a2ab363fe4deaffef9754d79da6fe'
const RTMP = `rtmp://push.example.com/live/test?txSecret=${SECRET}&txTime=5C271099`
const SRT = `srt://push.example.com:9000?streamid=#!::h=push.example.com,r=live/test,txSecret=${SECRET},txTime=5C271099`

function ok(r: UrlParseResult): PushUrl {
  if (!r.ok) throw new Error(`expected ok, got ${r.code}`)
  return r.url
}
function code(url: string): string {
  const r = parsePushUrl({ url })
  return r.ok ? 'ok' : r.code
}

describe('srt:// push URLs', () => {
  it('reads Tencent’s SRT form into the same parts as the RTMP URL', () => {
    const s = ok(parsePushUrl({ url: SRT }))
    const r = ok(parsePushUrl({ url: RTMP }))
    expect(s).toMatchObject({
      scheme: 'srt',
      host: 'push.example.com',
      port: 9000,
      portExplicit: true,
      app: 'live',
      stream: 'test'
    })
    expect(s.txSecret).toBe(r.txSecret)
    expect(s.txTime).toBe(r.txTime)
    expect(s.publishName).toBe(r.publishName)
  })

  it('reads a percent-encoded stream id and the default port', () => {
    const enc = `srt://push.example.com?streamid=${encodeURIComponent(`#!::h=push.example.com,r=live/test,txSecret=${SECRET},txTime=5C271099`)}`
    const s = ok(parsePushUrl({ url: enc }))
    expect(s).toMatchObject({ port: 9000, portExplicit: false, stream: 'test', txTime: '5C271099' })
  })

  it('takes h= as txHost when the URL dials an IP address', () => {
    const s = ok(
      parsePushUrl({
        url: `srt://127.0.0.1:9000?streamid=#!::h=push.example.com,r=live/test,txSecret=${SECRET},txTime=5C271099`
      })
    )
    expect(s.txHost).toBe('push.example.com')
  })

  it('notes an h= that names another host', () => {
    const r = parsePushUrl({
      url: `srt://a.example.com:9000?streamid=#!::h=b.example.com,r=live/x,txTime=5C271099`
    })
    expect(r.ok && r.notes.map((n) => n.code)).toContain('url-srt-host-differs')
  })

  it('names each malformed SRT URL in one code', () => {
    expect(code('srt://push.example.com:9000')).toBe('url-srt-no-streamid')
    expect(code('srt://push.example.com:9000?latency=200')).toBe('url-srt-no-streamid')
    expect(code('srt://push.example.com:9000?streamid=live/test')).toBe('url-srt-bad-streamid')
    expect(code('srt://push.example.com:9000?streamid=#!::h=x,garbage')).toBe(
      'url-srt-bad-streamid'
    )
    expect(code('srt://push.example.com:9000?streamid=%E0%A4%A')).toBe('url-srt-bad-streamid')
    expect(
      code('srt://push.example.com:9000?streamid=#!::h=push.example.com,txTime=5C271099')
    ).toBe('url-srt-no-resource')
    expect(code('srt://push.example.com:9000?streamid=#!::r=test')).toBe('url-no-app')
    expect(code('srt://push.example.com:0?streamid=#!::r=live/test')).toBe('url-bad-port')
    expect(code('srt://push.example.com:9000/live/test')).toBe('url-srt-no-streamid')
  })

  it('rejects an rtmps:// URL with port 0', () => {
    expect(code(`rtmps://push.example.com:0/live/test?txSecret=${SECRET}&txTime=5C271099`)).toBe(
      'url-bad-port'
    )
  })

  it('takes an SRT URL in OBS’s Server field with an empty Stream Key', () => {
    const s = ok(parsePushUrl({ server: SRT, streamKey: '' }))
    expect(s.scheme).toBe('srt')
  })
})

describe('transport URLs', () => {
  const url = ok(parsePushUrl({ url: RTMP }))

  it('derives the RTMPS URL and OBS fields with the default port left out', () => {
    const r = transportUrl(url, 'rtmps', 443)
    expect(r.url).toBe(`rtmps://push.example.com/live/test?txSecret=${SECRET}&txTime=5C271099`)
    expect(r.obs).toEqual({
      server: 'rtmps://push.example.com/live/',
      streamKey: `test?txSecret=${SECRET}&txTime=5C271099`
    })
    expect(transportUrl(url, 'rtmps', 8443).obs.server).toBe('rtmps://push.example.com:8443/live/')
  })

  it('derives Tencent’s SRT URL, as one URL for OBS', () => {
    const r = transportUrl(url, 'srt', 9000)
    expect(r.url).toBe(SRT)
    expect(r.obs).toEqual({ server: SRT, streamKey: '' })
  })

  it('puts txHost into h= for a URL that dials an IP', () => {
    const ipUrl = ok(
      parsePushUrl({
        url: `rtmp://127.0.0.1/live/test?txSecret=${SECRET}&txTime=5C271099&txHost=push.example.com`
      })
    )
    expect(srtStreamId(ipUrl)).toBe(
      `#!::h=push.example.com,r=live/test,txSecret=${SECRET},txTime=5C271099`
    )
  })

  it('round-trips: the derived SRT URL parses back to the same push', () => {
    const back = ok(parsePushUrl({ url: transportUrl(url, 'srt', 9000).url }))
    expect([back.app, back.stream, back.txSecret, back.txTime]).toEqual([
      url.app,
      url.stream,
      url.txSecret,
      url.txTime
    ])
  })

  it('keeps the typed port for its own scheme and uses defaults or overrides for the others', () => {
    const s = ok(parsePushUrl({ url: SRT.replace(':9000', ':9001') }))
    expect(transportPort(s, 'srt')).toBe(9001)
    expect(transportPort(s, 'rtmps')).toBe(443)
    expect(transportPort(s, 'rtmps', 8443)).toBe(8443)
    expect(transportPort(s, 'rtmp')).toBe(1935)
  })

  it('turns an srt:// or rtmps:// URL into the RTMP form for the main path', () => {
    const s = ok(parsePushUrl({ url: SRT }))
    const r = asRtmpUrl(s, 'rtmp', 1935)
    expect(r).toMatchObject({
      scheme: 'rtmp',
      port: 1935,
      portExplicit: false,
      tcUrl: 'rtmp://push.example.com/live'
    })
    expect(r.publishName).toBe(`test?txSecret=${SECRET}&txTime=5C271099`)
    const t = asRtmpUrl(r, 'rtmps', 8443)
    expect(t).toMatchObject({
      scheme: 'rtmps',
      port: 8443,
      tcUrl: 'rtmps://push.example.com:8443/live'
    })
  })
})

describe('transport texts', () => {
  it('has a row text and a media text for every code, in every language', async () => {
    const { resources } = await import('../../src/shared/i18n')
    const { TRANSPORT_CODES, TRANSPORT_MEDIA } = await import('../../src/shared/transport')
    for (const lang of Object.keys(resources) as Array<keyof typeof resources>) {
      const texts = resources[lang].translation as Record<string, string>
      for (const c of TRANSPORT_CODES)
        expect(texts[`transport.${c}`], `${lang} transport.${c}`).toBeTruthy()
      for (const m of TRANSPORT_MEDIA)
        expect(texts[`transport.media.${m}`], `${lang} media ${m}`).toBeTruthy()
    }
  })
})
