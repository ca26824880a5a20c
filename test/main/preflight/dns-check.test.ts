import { createSocket } from 'node:dgram'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import {
  checkDns,
  mapDnsError,
  parseDnsServer,
  realDeps,
  type DnsDeps,
  type ResolverLike
} from '../../../src/main/preflight/dns-check'
import { DNS_LOOKUP_TIMEOUT_MS, DNS_MAX_CNAME_HOPS } from '../../../src/main/preflight/constants'
import { DNS_CODES, dnsMessageParams, type DnsResult } from '../../../src/shared/dns'
import { dnsMessages } from '../../../src/shared/i18n/en/dns'
import { startDnsServer, type DnsServerFixture, type Zone } from '../../fixtures/dns-server'

// Answer addresses are documentation ranges: strings only, the DNS check never connects to them.
const ZONE: Zone = {
  // A Tencent-style chain of three CNAME hops.
  'push.example.test': { cname: 'push.example.test.cdn-a.test' },
  'push.example.test.cdn-a.test': { cname: 'gslb.cdn-b.test', delayMs: 150 },
  'gslb.cdn-b.test': { cname: 'edge7.livepush.myqcloud.com' },
  'edge7.livepush.myqcloud.com': { a: ['192.0.2.10', '192.0.2.11'], aaaa: ['2001:db8::10'] },
  // Tencent's own test push domain: no CNAME needed.
  '12345.livepush.myqcloud.com': { a: ['192.0.2.20'] },
  'direct.example.test': { a: ['192.0.2.30'] },
  'foreign.example.test': { cname: 'cdn.other-provider.test' },
  'cdn.other-provider.test': { a: ['192.0.2.40'] },
  'lookalike.example.test': { cname: 'x.eviltlivepush.com' },
  'x.eviltlivepush.com': { a: ['192.0.2.41'] },
  'dangling.example.test': { cname: 'typo.livepush.myqcloud.com' },
  'noaddr.example.test': { cname: 'empty.tlivepush.com' },
  'empty.tlivepush.com': {},
  'loop1.example.test': { cname: 'loop2.example.test' },
  'loop2.example.test': { cname: 'loop1.example.test' },
  'broken.example.test': 'servfail',
  'quiet.example.test': 'silent',
  'play.example.test': { cname: 'abc.liveplay.myqcloud.com' },
  'abc.liveplay.myqcloud.com': { a: ['192.0.2.50'] },
  'xn--bcher-kva.example.test': { cname: 'b.tlivepush.com' },
  'b.tlivepush.com': { aaaa: ['2001:db8::60'] }
}

function render(r: DnsResult): string {
  const params = dnsMessageParams(r)
  return dnsMessages[r.code].replace(/\{\{(\w+)\}\}/g, (_, k: string) => params[k] ?? `{{${k}}}`)
}

describe('checkDns against the loopback DNS fixture', () => {
  let dns: DnsServerFixture
  let server: string
  beforeAll(async () => {
    dns = await startDnsServer(ZONE)
    server = `127.0.0.1:${dns.port}`
  })
  afterAll(async () => {
    await dns.close()
  })
  const check = (host: string, timeoutMs = 2000): Promise<DnsResult> =>
    checkDns(host, { server, timeoutMs })

  it('passes a 3-hop chain to Tencent and shows every hop, the addresses and timings', async () => {
    const r = await check('push.example.test')
    expect(r).toMatchObject({ id: 'dns', status: 'pass', code: 'dns-tencent-cname' })
    expect(r.evidence.chain).toEqual([
      'push.example.test',
      'push.example.test.cdn-a.test',
      'gslb.cdn-b.test',
      'edge7.livepush.myqcloud.com'
    ])
    expect(r.evidence.tencent).toEqual({ index: 3, suffix: 'livepush.myqcloud.com', role: 'push' })
    expect(r.evidence.addresses.v4.sort()).toEqual(['192.0.2.10', '192.0.2.11'])
    expect(r.evidence.addresses.v6).toEqual(['2001:db8::10'])
    expect(r.evidence.resolver).toEqual({ kind: 'server', servers: [server], timeoutMs: 2000 })
    expect(r.evidence.lookups.map((l) => `${l.type} ${l.name} ${l.outcome}`)).toEqual([
      'CNAME push.example.test ok',
      'CNAME push.example.test.cdn-a.test ok',
      'CNAME gslb.cdn-b.test ok',
      'CNAME edge7.livepush.myqcloud.com nodata',
      'A edge7.livepush.myqcloud.com ok',
      'AAAA edge7.livepush.myqcloud.com ok'
    ])
    // The delayed hop shows in its own timing.
    expect(r.evidence.lookups[1].durationMs).toBeGreaterThanOrEqual(140)
    expect(r.timing.durationMs).toBeGreaterThanOrEqual(140)
    // Plain data: survives JSON.
    expect(JSON.parse(JSON.stringify(r))).toEqual(r)
    expect(render(r)).toContain('push.example.test → push.example.test.cdn-a.test → gslb')
  })

  it('passes a Tencent push domain itself without a CNAME', async () => {
    const r = await check('12345.LivePush.myqcloud.com.')
    expect(r).toMatchObject({ status: 'pass', code: 'dns-tencent-host' })
    expect(r.evidence.chain).toEqual(['12345.livepush.myqcloud.com'])
    expect(r.evidence.addresses.v4).toEqual(['192.0.2.20'])
  })

  it('fails an address record without CNAME', async () => {
    const r = await check('direct.example.test')
    expect(r).toMatchObject({ status: 'fail', code: 'dns-no-cname' })
    expect(r.evidence.addresses.v4).toEqual(['192.0.2.30'])
    expect(render(r)).toContain('CNAME column')
  })

  it('fails a CNAME to somewhere else, and a look-alike of a Tencent suffix', async () => {
    const r = await check('foreign.example.test')
    expect(r).toMatchObject({ status: 'fail', code: 'dns-foreign-cname' })
    expect(r.evidence.chain).toEqual(['foreign.example.test', 'cdn.other-provider.test'])
    const l = await check('lookalike.example.test')
    expect(l.code).toBe('dns-foreign-cname')
    expect(l.evidence.tencent).toBeUndefined()
  })

  it('fails NXDOMAIN for the host, naming the spelling and the CNAME fix', async () => {
    const r = await check('nope.example.test')
    expect(r).toMatchObject({ status: 'fail', code: 'dns-nxdomain' })
    expect(r.evidence.rawCode).toBe('ENOTFOUND')
    expect(render(r)).toMatch(/spelling.*CNAME column/s)
  })

  it('fails a dangling CNAME (target does not exist)', async () => {
    const r = await check('dangling.example.test')
    expect(r).toMatchObject({ status: 'fail', code: 'dns-cname-target-nxdomain' })
    expect(r.evidence.failedName).toBe('typo.livepush.myqcloud.com')
    expect(r.evidence.chain).toEqual(['dangling.example.test', 'typo.livepush.myqcloud.com'])
  })

  it('fails a chain that ends without addresses', async () => {
    const r = await check('noaddr.example.test')
    expect(r).toMatchObject({ status: 'fail', code: 'dns-no-addresses' })
    expect(r.evidence.addresses).toEqual({ v4: [], v6: [] })
  })

  it('fails SERVFAIL', async () => {
    const r = await check('broken.example.test')
    expect(r).toMatchObject({ status: 'fail', code: 'dns-servfail' })
    expect(r.evidence.rawCode).toBe('ESERVFAIL')
  })

  it('detects a CNAME loop', async () => {
    const r = await check('loop1.example.test')
    expect(r).toMatchObject({ status: 'fail', code: 'dns-chain-loop' })
    expect(r.evidence.chain).toEqual([
      'loop1.example.test',
      'loop2.example.test',
      'loop1.example.test'
    ])
  })

  it('stops a chain longer than DNS_MAX_CNAME_HOPS', async () => {
    const n = DNS_MAX_CNAME_HOPS + 3
    for (let i = 0; i < n; i++)
      dns.set(`long${i}.example.test`, { cname: `long${i + 1}.example.test` })
    dns.set(`long${n}.example.test`, { a: ['192.0.2.70'] })
    const r = await check('long0.example.test')
    expect(r).toMatchObject({ status: 'fail', code: 'dns-chain-too-long' })
    expect(r.evidence.chain).toHaveLength(DNS_MAX_CNAME_HOPS + 2)
    expect(r.evidence.lookups.filter((l) => l.type === 'CNAME')).toHaveLength(
      DNS_MAX_CNAME_HOPS + 1
    )
    // A chain of exactly the maximum still resolves.
    dns.set(`long${DNS_MAX_CNAME_HOPS}.example.test`, { cname: 'edge7.livepush.myqcloud.com' })
    const ok = await check('long1.example.test')
    expect(ok.code).toBe('dns-tencent-cname')
    expect(ok.evidence.chain).toHaveLength(DNS_MAX_CNAME_HOPS + 1)
  })

  it('warns when only the playback CNAME leads to Tencent', async () => {
    const r = await check('play.example.test')
    expect(r).toMatchObject({ status: 'warn', code: 'dns-tencent-play-cname' })
    expect(r.evidence.tencent?.role).toBe('play')
  })

  it('resolves an IDN host in its ASCII form', async () => {
    const r = await check('Bücher.example.test')
    expect(r.code).toBe('dns-tencent-cname')
    expect(r.evidence.chain[0]).toBe('xn--bcher-kva.example.test')
    expect(r.evidence.addresses.v6).toEqual(['2001:db8::60'])
  })

  it('times out on a silent server within the timeout plus a margin', async () => {
    const timeoutMs = 400
    const t0 = Date.now()
    const r = await check('quiet.example.test', timeoutMs)
    const took = Date.now() - t0
    expect(r).toMatchObject({ status: 'fail', code: 'dns-timeout' })
    // The 400 ms asked for, not the default: timers never fire early, and the upper bound is the
    // default timeout (the alternative if the option were ignored), far above any load delay.
    expect(took).toBeGreaterThanOrEqual(timeoutMs - 20)
    expect(took).toBeLessThan(DNS_LOOKUP_TIMEOUT_MS)
    expect(r.evidence.lookups).toHaveLength(1)
    expect(render(r)).toContain('400 ms')
  })

  it('cancels a lookup in flight and returns at once', async () => {
    const ac = new AbortController()
    setTimeout(() => ac.abort(), 100)
    // A timeout far beyond the test's own: only the abort can end it in time.
    const r = await checkDns(
      'quiet.example.test',
      { server, timeoutMs: 120_000 },
      realDeps,
      ac.signal
    )
    expect(r).toMatchObject({ status: 'skipped', code: 'dns-cancelled' })
  })

  it('does not query anything when already cancelled, for a raw IP, or a bad host', async () => {
    const before = dns.queries.length
    const ac = new AbortController()
    ac.abort()
    expect((await checkDns('push.example.test', { server }, realDeps, ac.signal)).code).toBe(
      'dns-cancelled'
    )
    expect(await check('192.0.2.1')).toMatchObject({ status: 'skipped', code: 'dns-raw-ip' })
    expect((await check('[2001:db8::1]')).code).toBe('dns-raw-ip')
    expect((await check('bad host!')).code).toBe('dns-bad-host')
    expect((await check('a..b')).code).toBe('dns-bad-host')
    expect(dns.queries.length).toBe(before)
  })

  it('rejects a bad --dns server option as a result', async () => {
    const r = await checkDns('push.example.test', { server: 'dns.example.test' })
    expect(r).toMatchObject({ status: 'skipped', code: 'dns-bad-server' })
  })

  it('reports a refused / dead server port', async () => {
    // A UDP port that was just freed on loopback: the kernel answers ICMP port unreachable.
    const sock = createSocket('udp4')
    const port = await new Promise<number>((resolve) =>
      sock.bind(0, '127.0.0.1', () => resolve(sock.address().port))
    )
    await new Promise<void>((resolve) => sock.close(() => resolve()))
    const r = await checkDns('push.example.test', { server: `127.0.0.1:${port}`, timeoutMs: 1000 })
    expect(r.code).toBe('dns-refused')
    expect(r.evidence.rawCode).toBe('ECONNREFUSED')
    expect(r.status).toBe('fail')
  })
})

describe('checkDns with injected deps', () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  /** A fake resolver: answers from a table, or never settles for names in `hang`. */
  function fakeDeps(
    table: Record<string, string[] | string>,
    hang: Set<string> = new Set()
  ): DnsDeps & { made: Array<{ servers: string[]; cancelled: boolean; timeout: number }> } {
    const made: Array<{ servers: string[]; cancelled: boolean; timeout: number }> = []
    const deps = {
      made,
      now: () => Date.now(),
      createResolver: ({ timeout }: { timeout: number; tries: number }): ResolverLike => {
        const state = { servers: ['192.0.2.53'], cancelled: false, timeout }
        made.push(state)
        const answer = (key: string): Promise<string[]> => {
          if (hang.has(key)) return new Promise<string[]>(() => undefined)
          const v = table[key]
          if (Array.isArray(v)) return Promise.resolve(v)
          return Promise.reject(Object.assign(new Error(v ?? 'ENODATA'), { code: v ?? 'ENODATA' }))
        }
        return {
          setServers: (s) => void (state.servers = s),
          getServers: () => state.servers,
          resolveCname: (n) => answer(`CNAME ${n}`),
          resolve4: (n) => answer(`A ${n}`),
          resolve6: (n) => answer(`AAAA ${n}`),
          cancel: () => void (state.cancelled = true)
        }
      }
    }
    return deps
  }

  it('uses the system resolver (no setServers) by default and reports its servers', async () => {
    const deps = fakeDeps({
      'A push.example.test': ['192.0.2.1'],
      'AAAA push.example.test': 'ENODATA'
    })
    const r = await checkDns('push.example.test', {}, deps)
    expect(r.code).toBe('dns-no-cname')
    expect(r.evidence.resolver).toMatchObject({ kind: 'system', servers: ['192.0.2.53'] })
    // Per-attempt c-ares timeout is a third of the lookup budget (2 tries, doubled wait).
    expect(deps.made[0].timeout).toBe(1000)
  })

  it('keeps the addresses when only one family fails', async () => {
    const deps = fakeDeps({ 'A h.example.test': ['192.0.2.1'], 'AAAA h.example.test': 'ETIMEOUT' })
    const r = await checkDns('h.example.test', {}, deps)
    expect(r.code).toBe('dns-no-cname')
    expect(r.evidence.lookups.find((l) => l.type === 'AAAA')?.rawCode).toBe('ETIMEOUT')
  })

  it('guards a resolver that ignores its own timeout (fake timers) and cancels it', async () => {
    vi.useFakeTimers()
    const deps = fakeDeps({}, new Set(['CNAME stuck.example.test']))
    const p = checkDns('stuck.example.test', { timeoutMs: 3000 }, deps)
    await vi.advanceTimersByTimeAsync(2999)
    let done = false
    void p.then(() => (done = true))
    await Promise.resolve()
    expect(done).toBe(false)
    await vi.advanceTimersByTimeAsync(1)
    const r = await p
    expect(r.code).toBe('dns-timeout')
    expect(deps.made.at(-1)?.cancelled).toBe(true)
  })

  it('cancels a hung lookup on abort even if the resolver never settles', async () => {
    const deps = fakeDeps({}, new Set(['CNAME stuck.example.test']))
    const ac = new AbortController()
    const p = checkDns('stuck.example.test', { timeoutMs: 60_000 }, deps, ac.signal)
    ac.abort()
    const r = await p
    expect(r.code).toBe('dns-cancelled')
    expect(deps.made.at(-1)?.cancelled).toBe(true)
  })

  it('maps other resolver errors to dns-error with the raw code', async () => {
    const deps = fakeDeps({ 'CNAME h.example.test': 'EBADRESP' })
    const r = await checkDns('h.example.test', {}, deps)
    expect(r).toMatchObject({ code: 'dns-error', evidence: { rawCode: 'EBADRESP' } })
  })
})

describe('mapDnsError', () => {
  it('maps each raw Node DNS code', () => {
    const cases: Array<[string, string]> = [
      ['ENODATA', 'nodata'],
      ['ENOTFOUND', 'nxdomain'],
      ['ESERVFAIL', 'servfail'],
      ['ETIMEOUT', 'timeout'],
      ['ECONNREFUSED', 'refused'],
      ['EREFUSED', 'refused'],
      ['ECANCELLED', 'cancelled'],
      ['EBADRESP', 'error'],
      ['EFORMERR', 'error']
    ]
    for (const [code, outcome] of cases) {
      expect(mapDnsError(Object.assign(new Error(code), { code }))).toEqual({
        outcome,
        rawCode: code
      })
    }
    expect(mapDnsError('weird')).toEqual({ outcome: 'error', rawCode: 'EUNKNOWN' })
  })
})

describe('parseDnsServer', () => {
  it('accepts IPv4, IPv4:port, IPv6 and [IPv6]:port', () => {
    expect(parseDnsServer('127.0.0.1')?.address).toBe('127.0.0.1:53')
    expect(parseDnsServer(' 127.0.0.1:5353 ')?.address).toBe('127.0.0.1:5353')
    expect(parseDnsServer('::1')).toEqual({ ip: '::1', port: 53, address: '[::1]:53' })
    expect(parseDnsServer('[::1]:5353')).toEqual({ ip: '::1', port: 5353, address: '[::1]:5353' })
    expect(parseDnsServer('[::1]')?.port).toBe(53)
  })

  it('rejects names, bad ports and malformed forms', () => {
    for (const bad of [
      'dns.example.test',
      '127.0.0.1:0',
      '127.0.0.1:65536',
      '127.0.0.1:x',
      '[127.0.0.1]:53',
      '[::1]:',
      '1.2.3',
      ''
    ]) {
      expect(parseDnsServer(bad), bad).toBeUndefined()
    }
  })
})

describe('DNS messages', () => {
  it('has an English message for every code', () => {
    for (const code of DNS_CODES) expect(dnsMessages[code], code).toMatch(/\S{3}/)
  })
})
