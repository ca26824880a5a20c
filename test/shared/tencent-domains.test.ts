import { describe, expect, it } from 'vitest'
import {
  TENCENT_CNAME_SUFFIXES,
  TENCENT_PUSH_HOST_SUFFIXES,
  matchTencentSuffix,
  normalizeDnsName
} from '../../src/shared/tencent-domains'

describe('Tencent suffix matcher', () => {
  it('matches a subdomain of each CNAME suffix', () => {
    for (const s of TENCENT_CNAME_SUFFIXES) {
      expect(matchTencentSuffix(`abc123.${s.suffix}`, TENCENT_CNAME_SUFFIXES)?.suffix).toBe(
        s.suffix
      )
    }
  })

  it('matches Tencent test/default push hosts, including push.tlivecloud.com', () => {
    expect(
      matchTencentSuffix('12345.livepush.myqcloud.com', TENCENT_PUSH_HOST_SUFFIXES)?.suffix
    ).toBe('livepush.myqcloud.com')
    expect(matchTencentSuffix('x.push.tlivecloud.com', TENCENT_PUSH_HOST_SUFFIXES)?.suffix).toBe(
      'push.tlivecloud.com'
    )
    // Not a push host suffix: playback names must not pass as push hosts.
    expect(
      matchTencentSuffix('x.liveplay.myqcloud.com', TENCENT_PUSH_HOST_SUFFIXES)
    ).toBeUndefined()
  })

  it('ignores case and a trailing dot', () => {
    expect(matchTencentSuffix('Edge.TLivePush.COM.', TENCENT_CNAME_SUFFIXES)?.suffix).toBe(
      'tlivepush.com'
    )
    expect(matchTencentSuffix('  a.tlivecdn.com  ', TENCENT_CNAME_SUFFIXES)?.suffix).toBe(
      'tlivecdn.com'
    )
  })

  it('does not match look-alikes that only share the trailing characters', () => {
    expect(matchTencentSuffix('eviltlivepush.com', TENCENT_CNAME_SUFFIXES)).toBeUndefined()
    expect(matchTencentSuffix('a.eviltlivepush.com', TENCENT_CNAME_SUFFIXES)).toBeUndefined()
    expect(matchTencentSuffix('xlivepush.myqcloud.com', TENCENT_CNAME_SUFFIXES)).toBeUndefined()
    expect(matchTencentSuffix('tlivepush.com.evil.example', TENCENT_CNAME_SUFFIXES)).toBeUndefined()
    expect(matchTencentSuffix('tlivepush.com-evil.example', TENCENT_CNAME_SUFFIXES)).toBeUndefined()
  })

  it('does not match the bare suffix or an empty label', () => {
    expect(matchTencentSuffix('tlivepush.com', TENCENT_CNAME_SUFFIXES)).toBeUndefined()
    expect(matchTencentSuffix('.tlivepush.com', TENCENT_CNAME_SUFFIXES)).toBeUndefined()
  })

  it('normalizes names', () => {
    expect(normalizeDnsName(' Push.Example.COM. ')).toBe('push.example.com')
  })

  it('keeps every suffix lower case without a leading dot or wildcard', () => {
    for (const s of [...TENCENT_CNAME_SUFFIXES, ...TENCENT_PUSH_HOST_SUFFIXES]) {
      expect(s.suffix).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/)
    }
  })
})
