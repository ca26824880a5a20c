/**
 * Clock check against a loopback HTTPS server with a self-signed certificate made here with
 * openssl (never the real host): its Date header is set per test to a chosen offset. Also the
 * pure parts (skew from a Date header, the correction rule) and the wiring into runPreflight and
 * the diagnosis: a skew over 60 s is an `expiry` warning (reason clock-skew), and the expiry check
 * then judges the URL by the corrected time.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import https from 'node:https'
import net from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { main } from '../../../src/main/cli'
import { parseCliArgs } from '../../../src/main/cli-args'
import {
  checkClock,
  knownSkewMs,
  parseClockServer,
  skewFromDate,
  type ClockDeps
} from '../../../src/main/preflight/clock-check'
import {
  CLOCK_CHECK_TIMEOUT_MS,
  CLOCK_DATE_RESOLUTION_MS,
  CLOCK_SKEW_WARN_MS
} from '../../../src/main/preflight/constants'
import { runPreflight } from '../../../src/main/preflight/run-preflight'
import { startDnsServer, type DnsServerFixture } from '../../fixtures/dns-server'
import { startIngest, type Ingest } from '../../fixtures/rtmp-ingest'
import { signedPublishName, txTimeHex } from '../../fixtures/rtmp-ingest-push'
import { memoryIo } from '../../helpers/memory-io'

const hasOpenssl = spawnSync('openssl', ['version']).status === 0
if (!hasOpenssl) console.log('[clock-check] HTTPS tests skipped: no openssl to make a certificate')

let dir = ''
let cert = ''
let server: https.Server | undefined
let port = 0
/** Offset of the server's Date header from the real time, ms; undefined = send no Date. */
let offsetMs: number | undefined = 0

beforeAll(async () => {
  if (!hasOpenssl) return
  dir = mkdtempSync(path.join(tmpdir(), 'pp-clock-'))
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '2',
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1',
      '-keyout',
      path.join(dir, 'key.pem'),
      '-out',
      path.join(dir, 'cert.pem')
    ],
    { stdio: 'ignore', timeout: 20_000 }
  )
  cert = readFileSync(path.join(dir, 'cert.pem'), 'utf8')
  server = https.createServer(
    { key: readFileSync(path.join(dir, 'key.pem')), cert },
    (_req, res) => {
      if (offsetMs === undefined) res.sendDate = false
      else res.setHeader('Date', new Date(Date.now() + offsetMs).toUTCString())
      res.end()
    }
  )
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', () => resolve()))
  port = (server.address() as net.AddressInfo).port
})
afterAll(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()))
  if (dir) rmSync(dir, { recursive: true, force: true })
})

/** The real check, trusting the test's certificate. */
const check = (srv: string, timeoutMs = 2000): ReturnType<typeof checkClock> =>
  checkClock(srv, { ca: cert, timeoutMs })

describe('pure parts', () => {
  it('parses host, host:port and [v6]:port; rejects junk', () => {
    expect(parseClockServer('live.tencentcloudapi.com')).toEqual({
      host: 'live.tencentcloudapi.com',
      port: 443
    })
    expect(parseClockServer('127.0.0.1:8443')).toEqual({ host: '127.0.0.1', port: 8443 })
    expect(parseClockServer('[::1]:8443')).toEqual({ host: '::1', port: 8443 })
    expect(parseClockServer('https://x')).toBeUndefined()
    expect(parseClockServer('x:70000')).toBeUndefined()
  })

  it('skew = server time (middle of its second) − local midpoint', () => {
    const t = Date.parse('Wed, 25 Nov 2026 10:00:00 GMT')
    expect(skewFromDate('Wed, 25 Nov 2026 10:00:00 GMT', t - 100, t + 100)).toBe(500)
    expect(skewFromDate('Wed, 25 Nov 2026 10:02:00 GMT', t, t)).toBe(120_500)
    expect(skewFromDate('not a date', t, t)).toBeUndefined()
  })

  it('corrects only beyond the measurement uncertainty, and only with a measured skew', async () => {
    const fake = (date: string | undefined): ClockDeps => {
      let now = Date.parse('Wed, 25 Nov 2026 10:00:00 GMT')
      return {
        now: () => (now += 10),
        head: async () => ({ ok: true, status: 200, date, authorized: true })
      }
    }
    const small = await checkClock('h', {}, fake('Wed, 25 Nov 2026 10:00:00 GMT'))
    expect(small.code).toBe('clock-ok')
    expect(knownSkewMs(small)).toBe(0)
    const big = await checkClock('h', {}, fake('Wed, 25 Nov 2026 10:05:00 GMT'))
    expect(big.code).toBe('clock-skewed')
    expect(big.status).toBe('warn')
    expect(big.evidence.skewSec).toBe(300)
    expect(knownSkewMs(big)).toBeGreaterThan(299_000)
  })

  it('a certificate "expired" because our clock is wrong is evidence; other TLS errors are untrusted', async () => {
    const deps = (authorizationError: string): ClockDeps => ({
      now: () => Date.now(),
      head: async () => ({
        ok: true,
        status: 200,
        date: new Date(Date.now() + 3 * 365 * 86400_000).toUTCString(),
        authorized: false,
        authorizationError
      })
    })
    const expired = await checkClock('h', {}, deps('CERT_NOT_YET_VALID'))
    expect(expired.code).toBe('clock-skewed')
    expect(expired.evidence.error).toBe('CERT_NOT_YET_VALID')
    expect((await checkClock('h', {}, deps('DEPTH_ZERO_SELF_SIGNED_CERT'))).code).toBe(
      'clock-untrusted'
    )
  })
})

/**
 * How far a measured skew may be from the true offset, whatever the machine's load: the Date header
 * has 1 s resolution (half of it after centring) and the server read its clock somewhere within
 * the round trip (half of it after taking the midpoint). Plus 1 ms for rounding.
 */
function uncertaintyMs(rttMs: number | undefined): number {
  return CLOCK_DATE_RESOLUTION_MS / 2 + (rttMs ?? 0) / 2 + 1
}

describe.skipIf(!hasOpenssl)('against a loopback HTTPS server', () => {
  it('same time: clock-ok, pass, skew under 2 s', async () => {
    offsetMs = 0
    const r = await check(`127.0.0.1:${port}`)
    expect(r.code).toBe('clock-ok')
    expect(r.status).toBe('pass')
    expect(Math.abs(r.evidence.skewMs ?? 99_999)).toBeLessThanOrEqual(
      uncertaintyMs(r.evidence.rttMs)
    )
    expect(r.evidence.httpStatus).toBe(200)
  })

  it('server 5 min ahead: clock-skewed (warn), this machine behind by ~300 s', async () => {
    offsetMs = 5 * 60_000
    const r = await check(`127.0.0.1:${port}`)
    expect(r.code).toBe('clock-skewed')
    expect(r.evidence.direction).toBe('behind')
    expect(Math.abs((r.evidence.skewMs ?? 0) - 300_000)).toBeLessThanOrEqual(
      uncertaintyMs(r.evidence.rttMs)
    )
  })

  it('server 30 s behind: under the 60 s line, clock-ok', async () => {
    offsetMs = -30_000
    const r = await check(`127.0.0.1:${port}`)
    expect(r.code).toBe('clock-ok')
    expect(r.evidence.direction).toBe('ahead')
    expect(Math.abs(r.evidence.skewMs ?? 0)).toBeLessThan(CLOCK_SKEW_WARN_MS)
  })

  it('no Date header: skipped (clock-no-date)', async () => {
    offsetMs = undefined
    const r = await check(`127.0.0.1:${port}`)
    expect(r.code).toBe('clock-no-date')
    expect(r.status).toBe('skipped')
    offsetMs = 0
  })

  it('certificate not trusted (no CA given): skipped, untrusted', async () => {
    const r = await checkClock(`127.0.0.1:${port}`, { timeoutMs: 2000 })
    expect(r.code).toBe('clock-untrusted')
    expect(r.evidence.error).toBe('DEPTH_ZERO_SELF_SIGNED_CERT')
  })

  it('refused port: skipped, never a failure', async () => {
    const closed = net.createServer()
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', () => resolve()))
    const p = (closed.address() as net.AddressInfo).port
    await new Promise<void>((resolve) => closed.close(() => resolve()))
    const r = await check(`127.0.0.1:${p}`)
    expect(r.code).toBe('clock-unreachable')
    expect(r.status).toBe('skipped')
    expect(r.evidence.error).toBe('ECONNREFUSED')
  })

  it('silent server: unreachable after the timeout, not later', async () => {
    const silent = net.createServer(() => undefined)
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', () => resolve()))
    const p = (silent.address() as net.AddressInfo).port
    const started = Date.now()
    const r = await check(`127.0.0.1:${p}`, 500)
    const took = Date.now() - started
    silent.close()
    expect(r.code).toBe('clock-unreachable')
    expect(r.evidence.error).toBe('timeout')
    // Bounded by the default timeout, the alternative if the 500 ms one were ignored: a loaded
    // machine may be late by seconds, never by the difference between the two on this bound.
    expect(took).toBeLessThan(CLOCK_CHECK_TIMEOUT_MS + 500)
  })
})

describe.skipIf(!hasOpenssl)('in the preflight', () => {
  const KEY = 'clock-test-key-0123456789'
  const HOST = 'push.clock.test'
  let ingest: Ingest
  let dns: DnsServerFixture
  beforeAll(async () => {
    ingest = await startIngest({ key: KEY })
    dns = await startDnsServer({
      [HOST]: { cname: 'clock.test.tlivepush.com' },
      'clock.test.tlivepush.com': { a: ['127.0.0.1'] }
    })
  })
  afterAll(async () => {
    await ingest?.close()
    await dns?.close()
  })
  const urlValidFor = (sec: number): string =>
    `rtmp://${HOST}:${ingest.port}/live/${signedPublishName('clk', KEY, txTimeHex(Date.now() / 1000 + sec))}`
  const deps = {
    checkClock: (s: string, signal?: AbortSignal) =>
      checkClock(s, { ca: cert, timeoutMs: 2000 }, undefined, signal)
  }

  it('skew > 60 s: an expiry warning (clock-skew), and expiry judged by the corrected time', async () => {
    offsetMs = 2 * 3600_000
    // 13 h by this machine's clock (fine), 11 h by the server's (under Tencent's 12 h advice).
    const report = await runPreflight(
      {
        url: { url: urlValidFor(13 * 3600) },
        dnsServer: `127.0.0.1:${dns.port}`,
        noPush: true,
        clockServer: `127.0.0.1:${port}`
      },
      { deps }
    )
    offsetMs = 0
    expect(report.checks.clock?.code).toBe('clock-skewed')
    expect(report.inputs.clockServer).toBe(`127.0.0.1:${port}`)
    expect(report.checks.expiry?.code).toBe('expiry-short')
    const reasons = report.causes.filter((c) => c.id === 'expiry').map((c) => c.reason)
    expect(reasons).toEqual(expect.arrayContaining(['clock-skew', 'expiry-short']))
    expect(report.timeline.some((t) => t.phase === 'clock')).toBe(true)
  })

  it('no skew: no cause; the same URL keeps its local expiry reading', async () => {
    offsetMs = 0
    const report = await runPreflight(
      {
        url: { url: urlValidFor(13 * 3600) },
        dnsServer: `127.0.0.1:${dns.port}`,
        noPush: true,
        clockServer: `127.0.0.1:${port}`
      },
      { deps }
    )
    expect(report.checks.clock?.code).toBe('clock-ok')
    expect(report.checks.expiry?.code).toBe('expiry-ok')
    expect(report.causes.filter((c) => c.id === 'expiry')).toEqual([])
  })

  it('default clock server with a loopback ingest: not asked at all (same clock), recorded as skipped', async () => {
    let asked = 0
    const report = await runPreflight(
      { url: { url: urlValidFor(13 * 3600) }, dnsServer: `127.0.0.1:${dns.port}`, noPush: true },
      {
        deps: {
          checkClock: async (s, signal) => (asked++, checkClock(s, { ca: cert }, undefined, signal))
        }
      }
    )
    expect(asked).toBe(0)
    expect(report.checks.clock?.code).toBe('clock-skipped-local-ingest')
    expect(report.timeline.some((t) => t.phase === 'clock')).toBe(false)
  })

  it('clockServer false: no clock check', async () => {
    const report = await runPreflight(
      {
        url: { url: urlValidFor(13 * 3600) },
        dnsServer: `127.0.0.1:${dns.port}`,
        noPush: true,
        clockServer: false
      },
      { deps }
    )
    expect(report.checks.clock).toBeUndefined()
  })

  it('CLI: --clock-server reaches the engine; --no-clock parses to false; both together is bad input', async () => {
    offsetMs = 5 * 60_000
    const io = memoryIo({ engine: deps })
    await main(
      [
        'check',
        urlValidFor(20 * 3600),
        '--dns',
        `127.0.0.1:${dns.port}`,
        '--no-push',
        '--clock-server',
        `127.0.0.1:${port}`,
        '--json'
      ],
      io
    )
    offsetMs = 0
    const report = JSON.parse(io.out) as import('../../../src/shared/report').Report
    expect(report.checks.clock?.code).toBe('clock-skewed')
    expect(report.causes.map((c) => c.reason)).toContain('clock-skew')
    const parsed = parseCliArgs(['check', 'rtmp://a/live/s', '--no-clock'])
    expect(parsed.ok && parsed.value.command === 'check' && parsed.value.options.clockServer).toBe(
      false
    )
    expect(parseCliArgs(['check', 'rtmp://a/live/s', '--no-clock', '--clock-server', 'x']).ok).toBe(
      false
    )
  })
})
