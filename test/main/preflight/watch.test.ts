import net from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { computeTxSecret } from '../../../src/main/preflight/signature-check'
import { realNetDeps, type NetDeps } from '../../../src/main/preflight/rtmp/tcp'
import {
  realWatchDeps,
  watch,
  type WatchDeps,
  type WatchOptions
} from '../../../src/main/preflight/watch'
import { WATCH_RTT_ALERT_FACTOR } from '../../../src/main/preflight/constants'
import type { NetworkIdentity } from '../../../src/shared/report'
import type { WatchRound } from '../../../src/shared/watch'
import { startDnsServer, type DnsServerFixture } from '../../fixtures/dns-server'
import { startIngest, type Ingest } from '../../fixtures/rtmp-ingest'

const KEY = 'watch-test-key-0123456789'
const HOST = 'push.watch.test'
const TARGET = 'watch.test.tlivepush.com'

function signedUrl(host: string, port: number, stream: string, expiresAtMs: number): string {
  const txTime = Math.floor(expiresAtMs / 1000)
    .toString(16)
    .toUpperCase()
  return `rtmp://${host}:${port}/live/${stream}?txSecret=${computeTxSecret(KEY, stream, txTime, 'md5')}&txTime=${txTime}`
}

const IDENTITY: NetworkIdentity = {
  interfaces: [{ name: 'eth0', addresses: ['192.0.2.10/255.255.255.0'] }],
  defaultGateway: '192.0.2.1',
  dnsServers: ['192.0.2.1']
}

/** Deps with an instant sleep (the loop's waits are not what these tests measure). */
function fastDeps(over: Partial<WatchDeps> = {}): WatchDeps {
  return {
    ...realWatchDeps,
    readNetworkIdentity: async () => IDENTITY,
    sleep: async () => undefined,
    ...over
  }
}

async function collect(
  opts: WatchOptions,
  deps: WatchDeps,
  each?: (r: WatchRound) => Promise<void> | void
): Promise<WatchRound[]> {
  const rounds: WatchRound[] = []
  let pending: Promise<void> = Promise.resolve()
  // The loop's sleep runs between rounds: a test's change happens there, before the next round.
  const sleep: WatchDeps['sleep'] = async (ms, signal) => {
    await pending
    await deps.sleep(ms, signal)
  }
  await watch(opts, { ...deps, sleep }, undefined, (r) => {
    rounds.push(r)
    pending = Promise.resolve(each?.(r))
  })
  return rounds
}

let ingest: Ingest
let dns: DnsServerFixture
beforeAll(async () => {
  ingest = await startIngest({ key: KEY })
  dns = await startDnsServer({ [HOST]: { cname: TARGET }, [TARGET]: { a: ['127.0.0.1'] } })
})
afterAll(async () => {
  await ingest.close()
  await dns.close()
})

describe('watch against the loopback ingest and DNS server', () => {
  it('healthy rounds: ok, an RTT, the probe stream accepted, the real stream name never touched', async () => {
    const url = signedUrl(HOST, ingest.port, 'w_ok', Date.now() + 20 * 3600_000)
    const rounds = await collect(
      {
        url: { url },
        keys: { primary: KEY },
        everyMs: 1000,
        count: 2,
        dnsServer: `127.0.0.1:${dns.port}`
      },
      fastDeps()
    )
    expect(rounds.map((r) => r.index)).toEqual([1, 2])
    for (const r of rounds) {
      expect(r.verdict).toBe('ok')
      expect(r.ips).toEqual(['127.0.0.1'])
      expect(r.dnsCode).toBe('dns-tencent-cname')
      expect(r.portOpen).toBe(true)
      expect(r.handshake).toBe('handshake-ok')
      expect(r.probe).toBe('publish-accepted')
      expect(r.rttMs).toBeGreaterThanOrEqual(0)
      expect(r.alerts).toEqual([])
      expect(r.expiresInSec).toBeGreaterThan(19 * 3600)
    }
    const mine = ingest.attempts.filter((a) => a.stream.startsWith('w_ok'))
    expect(mine).toHaveLength(2)
    for (const a of mine) expect(a.stream).toMatch(/^w_ok_preflight_[0-9a-f]+$/)
    expect(ingest.attempts.some((a) => a.stream === 'w_ok')).toBe(false)
    // A round never leaks secrets: it holds codes and numbers only.
    expect(JSON.stringify(rounds)).not.toContain(KEY)
  })

  it('the resolved address changes between rounds: ip-changed with both lists', async () => {
    const host = 'ipchange.watch.test'
    dns.set(host, { a: ['127.0.0.1'] })
    const url = signedUrl(host, ingest.port, 'w_ip', Date.now() + 20 * 3600_000)
    const rounds = await collect(
      { url: { url }, everyMs: 1000, count: 2, dnsServer: `127.0.0.1:${dns.port}` },
      fastDeps(),
      () => dns.set(host, { a: ['127.0.0.2'] })
    )
    expect(rounds[0].alerts).toEqual([])
    expect(rounds[1].ips).toEqual(['127.0.0.2'])
    expect(rounds[1].alerts).toContainEqual({
      code: 'ip-changed',
      params: { from: ['127.0.0.1'], to: ['127.0.0.2'] }
    })
    expect(rounds[1].verdict).not.toBe('ok')
  })

  it('the ingest stops: port-closed and fail; a listener comes back: recovered', async () => {
    const own = await startIngest({ requireSignature: false })
    const port = own.port
    let server: net.Server | undefined
    try {
      const url = `rtmp://127.0.0.1:${port}/live/w_port`
      const rounds = await collect(
        { url: { url }, everyMs: 1000, count: 3 },
        fastDeps(),
        async (r) => {
          if (r.index === 1) await own.close()
          if (r.index === 2) {
            // Something listens again (and hangs up at once: the handshake fails, the port is open).
            server = net.createServer((s) => s.destroy())
            await new Promise<void>((resolve) => server!.listen(port, '127.0.0.1', resolve))
          }
        }
      )
      expect(rounds[0].portOpen).toBe(true)
      expect(rounds[1].portOpen).toBe(false)
      expect(rounds[1].rttMs).toBeNull()
      expect(rounds[1].handshake).toBeNull()
      expect(rounds[1].verdict).toBe('fail')
      expect(rounds[1].alerts).toContainEqual({
        code: 'port-closed',
        params: { port, portCode: 'port-refused' }
      })
      expect(rounds[2].portOpen).toBe(true)
      expect(rounds[2].alerts).toContainEqual({ code: 'recovered', params: { of: 'port-closed' } })
      expect(rounds[2].handshake).not.toBe('handshake-ok')
      expect(rounds[2].verdict).toBe('fail')
    } finally {
      await own.close()
      await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()))
    }
  })

  it('RTT three times the first round: rtt-high, then recovered (connect delay injected)', async () => {
    // INJECTED: each connect moves the samples' clock on by a chosen delay, as if the SYN/ACK had
    // taken that long; the real loopback connect adds only its own (small) time.
    const delays = [100, 1000, 100]
    let round = 0
    let offset = 0
    const slowNet: NetDeps = {
      ...realNetDeps,
      now: () => performance.now() + offset,
      connect: (ip, port) => {
        offset += delays[round]
        return net.connect({ host: ip, port })
      }
    }
    const url = signedUrl('127.0.0.1', ingest.port, 'w_rtt', Date.now() + 20 * 3600_000)
    const rounds = await collect(
      { url: { url }, everyMs: 1000, count: 3 },
      fastDeps({ net: slowNet }),
      () => {
        round++
      }
    )
    expect(rounds[0].rttMs).toBeGreaterThanOrEqual(100)
    expect(rounds[1].rttMs).toBeGreaterThanOrEqual(1000)
    const high = rounds[1].alerts.find((a) => a.code === 'rtt-high')
    expect(high).toMatchObject({
      params: { baselineMs: rounds[0].rttMs, factor: WATCH_RTT_ALERT_FACTOR }
    })
    expect(rounds[1].verdict).toBe('warn')
    expect(rounds[2].alerts).toContainEqual({ code: 'recovered', params: { of: 'rtt-high' } })
    expect(rounds[2].verdict).toBe('ok')
  })

  it('expiry countdown with an injected clock: before the show end, within the hour, expired', async () => {
    const t0 = Math.floor(Date.now() / 1000) * 1000
    let clock = t0
    const url = signedUrl('127.0.0.1', ingest.port, 'w_exp', t0 + 90 * 60_000)
    const rounds = await collect(
      { url: { url }, everyMs: 20 * 60_000, count: 6, showEndAt: t0 + 120 * 60_000 },
      fastDeps({
        now: () => clock,
        sleep: async (ms) => {
          clock += ms
        }
      })
    )
    expect(rounds.map((r) => r.expiresInSec)).toEqual([5400, 4200, 3000, 1800, 600, -600])
    expect(rounds.map((r) => r.alerts.map((a) => a.code))).toEqual([
      ['expires-before-show-end'],
      [],
      ['expires-soon'],
      [],
      [],
      ['expired']
    ])
    expect(rounds.map((r) => r.verdict)).toEqual(['warn', 'warn', 'warn', 'warn', 'warn', 'fail'])
    expect(rounds[2].alerts[0]).toEqual({
      code: 'expires-soon',
      params: { expiresAt: t0 + 90 * 60_000, expiresInSec: 3000 }
    })
  })

  it('the network changes between rounds: network-changed names what changed', async () => {
    let identity = IDENTITY
    const url = signedUrl('127.0.0.1', ingest.port, 'w_net', Date.now() + 20 * 3600_000)
    const rounds = await collect(
      { url: { url }, everyMs: 1000, count: 2 },
      fastDeps({ readNetworkIdentity: async () => identity }),
      () => {
        identity = {
          ...IDENTITY,
          interfaces: [{ name: 'wlan0', addresses: ['198.51.100.7/255.255.255.0'] }],
          defaultGateway: '198.51.100.1'
        }
      }
    )
    expect(rounds[1].alerts).toContainEqual({
      code: 'network-changed',
      params: { changes: ['interfaces', 'addresses', 'gateway'] }
    })
  })

  it('rounds never overlap, waits fill up to --every, and a stop ends the loop cleanly', async () => {
    const url = signedUrl('127.0.0.1', ingest.port, 'w_stop', Date.now() + 20 * 3600_000)
    const controller = new AbortController()
    const waits: number[] = []
    let inRound = 0
    let maxInRound = 0
    const rounds: WatchRound[] = []
    const summary = await watch(
      { url: { url }, everyMs: 60_000 },
      fastDeps({
        readNetworkIdentity: async () => {
          maxInRound = Math.max(maxInRound, ++inRound)
          return IDENTITY
        },
        sleep: async (ms) => {
          waits.push(ms)
          if (waits.length === 3) controller.abort()
        }
      }),
      controller.signal,
      (r) => {
        inRound--
        rounds.push(r)
      }
    )
    expect(summary).toEqual({ rounds: 3, stopped: true })
    expect(rounds).toHaveLength(3)
    expect(maxInRound).toBe(1)
    for (const w of waits) {
      expect(w).toBeGreaterThan(0)
      expect(w).toBeLessThanOrEqual(60_000)
    }
  })

  it('an unparsable URL runs no round', async () => {
    const rounds: WatchRound[] = []
    const summary = await watch(
      { url: { url: 'http://nope' }, everyMs: 1000, count: 3 },
      fastDeps(),
      undefined,
      (r) => rounds.push(r)
    )
    expect(summary).toEqual({ rounds: 0, stopped: false })
    expect(rounds).toEqual([])
  })
})
