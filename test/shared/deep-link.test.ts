import { describe, expect, it } from 'vitest'
import {
  buildDeepLink,
  isDeepLinkLike,
  LINK_LANGUAGES,
  MAX_DEEP_LINK_LENGTH,
  parseDeepLink,
  pushUrlFromLink,
  signatureProblem,
  type DeepLink
} from '../../src/shared/deep-link'
import { LANGUAGES } from '../../src/shared/i18n'

const BASE = 'push-preflight://check?domain=push.example.com&app=live&stream=show1'

describe('parseDeepLink', () => {
  it('reads the three names and defaults to RTMP', () => {
    expect(parseDeepLink(BASE)).toEqual({
      ok: true,
      link: { domain: 'push.example.com', app: 'live', stream: 'show1', protocol: 'rtmp' }
    })
  })

  it('reads every option', () => {
    const r = parseDeepLink(
      BASE +
        '&protocol=rtmps&port=8443&transports=srt%2Crtmp&rtmps-port=443&srt-port=9001&push-seconds=20' +
        '&uplink=1&bitrate=4500&show-hours=2.5&auth-delta=600&lang=zh-CN'
    )
    expect(r).toEqual({
      ok: true,
      link: {
        domain: 'push.example.com',
        app: 'live',
        stream: 'show1',
        protocol: 'rtmps',
        port: 8443,
        transports: ['rtmp', 'srt'],
        rtmpsPort: 443,
        srtPort: 9001,
        pushSeconds: 20,
        uplink: true,
        bitrateKbps: 4500,
        showHours: 2.5,
        authDeltaSec: 600,
        lang: 'zh-CN'
      }
    })
  })

  it('accepts what systems do to a link: upper-case scheme, a slash after the action, spaces around', () => {
    expect(parseDeepLink('PUSH-PREFLIGHT://check/?domain=A.example.com&app=live&stream=s').ok).toBe(
      true
    )
    expect(parseDeepLink('  ' + BASE + '\n').ok).toBe(true)
    const r = parseDeepLink('push-preflight://CHECK?domain=A.Example.COM&app=live&stream=s')
    expect(r.ok && r.link.domain).toBe('a.example.com')
  })

  it.each([
    [
      'txSecret',
      BASE + '&txSecret=f85a2ab363fe4deaffef9754d79da6fe',
      'link-has-secret',
      'txSecret'
    ],
    ['txTime', BASE + '&txTime=5C271099', 'link-has-secret', 'txTime'],
    ['a key', BASE + '&key=somestring', 'link-has-secret', 'key'],
    ['an API secret', BASE + '&SecretKey=abc', 'link-has-secret', 'SecretKey'],
    [
      'a secret in a value',
      'push-preflight://check?domain=h.example.com&app=live&stream=s%3FtxSecret%3Dabc',
      'link-has-secret',
      'stream'
    ],
    ['an encoded secret name', BASE + '&tx%53ecret=abc', 'link-has-secret', 'txSecret']
  ])('refuses a link with %s', (_what, link, code, field) => {
    expect(parseDeepLink(link)).toEqual({ ok: false, code, field })
  })

  it.each([
    ['', 'link-empty'],
    ['https://check?domain=a.com&app=live&stream=s', 'link-bad-scheme'],
    ['push-preflightx://check?domain=a.com&app=live&stream=s', 'link-bad-scheme'],
    ['push-preflight://run?domain=a.com&app=live&stream=s', 'link-bad-action'],
    ['push-preflight://check/extra?domain=a.com&app=live&stream=s', 'link-bad-action'],
    [BASE + '#frag', 'link-bad-syntax'],
    [BASE + '&x', 'link-bad-syntax'],
    [BASE + ' &port=1', 'link-bad-syntax'],
    [BASE + '\u0000', 'link-bad-syntax'],
    [BASE + '&port=%zz', 'link-bad-syntax'],
    [BASE + '&colour=red', 'link-unknown-field'],
    [BASE + '&app=other', 'link-duplicate-field'],
    [BASE + '&push-seconds=' + '1'.repeat(40), 'link-value-too-long'],
    ['push-preflight://check?domain=a.com&app=live', 'link-missing-field'],
    [BASE + '&no-push=1&uplink=1', 'link-conflict'],
    ['push-preflight://check?domain=a.com&app=live&stream=a%2Fb', 'link-bad-value'],
    ['push-preflight://check?domain=127.0.0.1&app=live&stream=s', 'link-bad-value'],
    ['push-preflight://check?domain=-x.com&app=live&stream=s', 'link-bad-value'],
    ['push-preflight://check?domain=a.com&app=li%20ve&stream=s', 'link-bad-value'],
    [BASE + '&port=0', 'link-bad-value'],
    [BASE + '&port=65536', 'link-bad-value'],
    [BASE + '&push-seconds=1.5', 'link-bad-value'],
    [BASE + '&push-seconds=601', 'link-bad-value'],
    [BASE + '&no-push=true', 'link-bad-value'],
    [BASE + '&transports=rtmp,ftp', 'link-bad-value'],
    [BASE + '&transports=rtmp,rtmp', 'link-bad-value'],
    [BASE + '&lang=fr', 'link-bad-value'],
    [BASE + '&protocol=http', 'link-bad-value'],
    [BASE + '&port=', 'link-bad-value']
  ])('refuses %s with %s', (link, code) => {
    const r = parseDeepLink(link)
    expect(r.ok).toBe(false)
    expect(!r.ok && r.code).toBe(code)
  })

  it('refuses an over-long link before reading it, and anything that is not text', () => {
    const long = BASE + '&stream=' + 'a'.repeat(MAX_DEEP_LINK_LENGTH)
    expect(parseDeepLink(long)).toEqual({ ok: false, code: 'link-too-long' })
    for (const v of [undefined, null, 42, {}, ['x']])
      expect(parseDeepLink(v)).toEqual({ ok: false, code: 'link-empty' })
  })

  it('names an unknown field only with harmless characters', () => {
    const r = parseDeepLink(BASE + '&%3Cscript%3E=1')
    expect(r).toEqual({ ok: false, code: 'link-unknown-field', field: '?script?' })
  })
})

describe('buildDeepLink', () => {
  const link: DeepLink = {
    domain: 'push.example.com',
    app: 'live',
    stream: 'show1',
    protocol: 'rtmp'
  }

  it('writes the documented fields in order and parses back to the same link', () => {
    const full: DeepLink = {
      ...link,
      protocol: 'srt',
      transports: ['srt', 'rtmp'],
      pushSeconds: 15,
      noPush: true,
      showHours: 3
    }
    const b = buildDeepLink(full)
    expect(b).toEqual({
      ok: true,
      link: 'push-preflight://check?domain=push.example.com&app=live&stream=show1&protocol=srt&transports=srt%2Crtmp&push-seconds=15&no-push=1&show-hours=3'
    })
    const back = b.ok ? parseDeepLink(b.link) : undefined
    expect(back).toEqual({ ok: true, link: { ...full, transports: ['rtmp', 'srt'] } })
  })

  it('never writes a secret that comes along with the fields', () => {
    const sneaky = {
      ...link,
      txSecret: 'f85a2ab363fe4deaffef9754d79da6fe',
      txTime: '5C271099',
      key: 'k'
    } as DeepLink
    const b = buildDeepLink(sneaky)
    expect(b.ok).toBe(true)
    expect(b.ok && b.link).not.toMatch(/txSecret|txTime|5C271099|key=/)
  })

  it('refuses what the parser would refuse, naming the field', () => {
    expect(buildDeepLink({ ...link, stream: 'a b' })).toEqual({
      ok: false,
      code: 'link-bad-value',
      field: 'stream'
    })
    expect(buildDeepLink({ ...link, stream: 'x?txSecret=1' })).toEqual({
      ok: false,
      code: 'link-has-secret',
      field: 'stream'
    })
    expect(buildDeepLink({ ...link, noPush: true, uplink: true })).toEqual({
      ok: false,
      code: 'link-conflict',
      field: 'uplink'
    })
  })
})

describe('pushUrlFromLink and signatureProblem', () => {
  const link: DeepLink = {
    domain: 'push.example.com',
    app: 'live',
    stream: 'show1',
    protocol: 'rtmp'
  }
  const sig = { txSecret: 'f85a2ab363fe4deaffef9754d79da6fe', txTime: '5C271099' }

  it('builds the RTMP, RTMPS and SRT push URLs, with and without the signature', () => {
    expect(pushUrlFromLink(link)).toBe('rtmp://push.example.com/live/show1')
    expect(pushUrlFromLink(link, sig)).toBe(
      `rtmp://push.example.com/live/show1?txSecret=${sig.txSecret}&txTime=5C271099`
    )
    expect(pushUrlFromLink({ ...link, protocol: 'rtmps', port: 8443 })).toBe(
      'rtmps://push.example.com:8443/live/show1'
    )
    expect(pushUrlFromLink({ ...link, protocol: 'srt' }, sig)).toBe(
      `srt://push.example.com:9000?streamid=#!::h=push.example.com,r=live/show1,txSecret=${sig.txSecret},txTime=5C271099`
    )
  })

  it('says which signature value cannot go into a URL', () => {
    expect(signatureProblem(sig)).toBeUndefined()
    expect(signatureProblem({ ...sig, txSecret: 'ab&c' })).toBe('txSecret')
    expect(signatureProblem({ ...sig, txTime: '' })).toBe('txTime')
    expect(signatureProblem({ ...sig, txTime: '5C27 1099' })).toBe('txTime')
  })

  it('asks for exactly the languages the app ships', () => {
    expect(LINK_LANGUAGES).toEqual(LANGUAGES)
  })

  it('recognises a link among other arguments', () => {
    expect(isDeepLinkLike('Push-Preflight://check?x')).toBe(true)
    expect(isDeepLinkLike('rtmp://h/live/s')).toBe(false)
    expect(isDeepLinkLike('--push-preflight:')).toBe(false)
  })
})
