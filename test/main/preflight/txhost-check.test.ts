import { describe, expect, it } from 'vitest'
import { checkTxHost } from '../../../src/main/preflight/txhost-check'
import { parsePushUrl } from '../../../src/main/preflight/url-parse'
import type { PushUrl } from '../../../src/shared/push-url'

const NOW = Date.UTC(2026, 10, 25, 17, 20)
function u(s: string): PushUrl {
  const r = parsePushUrl({ url: s })
  if (!r.ok) throw new Error(r.code)
  return r.url
}

describe('checkTxHost', () => {
  it('a host name needs no txHost', () => {
    expect(checkTxHost(u('rtmp://push.example.com/live/s'), NOW)).toMatchObject({
      id: 'txhost',
      status: 'pass',
      code: 'txhost-not-needed',
      evidence: { hostKind: 'name' }
    })
  })
  it('a raw IPv4 or IPv6 without txHost is a warning', () => {
    expect(checkTxHost(u('rtmp://203.0.113.7/live/s?txTime=5C271099'), NOW)).toMatchObject({
      status: 'warn',
      code: 'txhost-missing',
      evidence: { host: '203.0.113.7' }
    })
    expect(checkTxHost(u('rtmp://[2001:db8::1]/live/s'), NOW)).toMatchObject({
      status: 'warn',
      code: 'txhost-missing',
      evidence: { hostKind: 'ipv6' }
    })
  })
  it('with txHost it passes; a txHost that is not a name is flagged', () => {
    expect(checkTxHost(u('rtmp://203.0.113.7/live/s?txHost=push.example.com'), NOW)).toMatchObject({
      status: 'pass',
      code: 'txhost-ok',
      evidence: { txHost: 'push.example.com' }
    })
    expect(checkTxHost(u('rtmp://203.0.113.7/live/s?txHost=203.0.113.7'), NOW).code).toBe(
      'txhost-not-a-name'
    )
    expect(checkTxHost(u('rtmp://203.0.113.7/live/s?txHost=a%20b'), NOW).code).toBe(
      'txhost-not-a-name'
    )
  })
  it('no URL: skipped', () => {
    expect(checkTxHost(undefined, NOW)).toMatchObject({
      status: 'skipped',
      code: 'txhost-skipped-no-url',
      timing: { startedAt: NOW }
    })
  })
})
