/**
 * The fault matrix: the whole preflight against real misbehaving servers, a real
 * DNS server, real ffmpeg — refused, filtered, silent, garbage, reset in the handshake, cut
 * mid-push, NXDOMAIN, SERVFAIL, DNS timeout, ffmpeg missing, ffmpeg killed from outside, and a
 * cancel in each phase. Each run must end in a report within a stated bound; after each, no ffmpeg
 * child is alive (by PID, from /proc) and the run left no temp file.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { DNS_CHECK_BUDGET_MS, HANDSHAKE_TIMEOUT_MS } from '../../src/main/preflight/constants'
import {
  runPreflight,
  type PreflightControl,
  type PreflightOptions
} from '../../src/main/preflight/run-preflight'
import type { Phase, Report } from '../../src/shared/report'
import { startDnsServer, type DnsServerFixture } from '../fixtures/dns-server'
import { startIngest, type Ingest } from '../fixtures/rtmp-ingest'
import { pidAlive, signedPublishName, txTimeHex } from '../fixtures/rtmp-ingest-push'
import { makeFilteredNamespace, runInNamespace } from '../helpers/netns'
import {
  closedPort,
  standardScript,
  startScriptedRtmp,
  startTcp,
  type TestServer
} from '../main/preflight/rtmp-test-servers'
import { ffmpegChildren, usePrivateTmp, type PrivateTmp } from './fault-helpers'

const KEY = 'faultmatrixkey0123456789abcdef0'
const HOST = 'push.faults.test'
const STREAM = 'fault1'

let dns: DnsServerFixture
let tmp: PrivateTmp
beforeAll(async () => {
  tmp = usePrivateTmp('pf-faults-')
  dns = await startDnsServer({
    [HOST]: { cname: 'faults.tlivepush.com' },
    'faults.tlivepush.com': { a: ['127.0.0.1'] },
    'nx.faults.test': 'nxdomain',
    'servfail.faults.test': 'servfail',
    'silent.faults.test': 'silent'
  })
})
afterAll(async () => {
  await dns?.close()
  tmp?.restore()
})

const cleanups: Array<() => Promise<void>> = []
const seenPids: number[] = []
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c()
  // No ffmpeg left: neither the one the report names nor any other child of this process.
  for (const pid of seenPids.splice(0))
    expect(pidAlive(pid), `ffmpeg ${pid} still alive`).toBe(false)
  expect(ffmpegChildren()).toEqual([])
  expect(tmp.entries(), 'temp files left by the run').toEqual([])
})

function signedUrl(port: number, host = HOST): string {
  return `rtmp://${host}:${port}/live/${signedPublishName(STREAM, KEY, txTimeHex(Date.now() / 1000 + 86_400))}`
}

async function server(s: Promise<TestServer>): Promise<TestServer> {
  const srv = await s
  cleanups.push(() => srv.close())
  return srv
}

/**
 * Slack of the hang guards: a loaded machine (two busy cores, the whole suite) is late by seconds,
 * never by this much. What ended a run is asserted through its codes (refused, cancelled, killed
 * by the watchdog…), never through a tight wall-clock bound.
 */
const HANG_SLACK_MS = 10_000

async function ingest(opts: Parameters<typeof startIngest>[0] = {}): Promise<Ingest> {
  const i = await startIngest({ key: KEY, ...opts })
  cleanups.push(() => i.close())
  return i
}

/** Run against the fixture DNS with the key; returns the report and how long it took. */
async function run(
  url: string,
  ctl: PreflightControl = {},
  opts: Partial<PreflightOptions> = {}
): Promise<{ report: Report; ms: number }> {
  const t0 = performance.now()
  const report = await runPreflight(
    {
      url: { url },
      keys: { primary: KEY },
      dnsServer: `127.0.0.1:${dns.port}`,
      pushSeconds: 3,
      ...opts
    },
    ctl
  )
  const ms = performance.now() - t0
  const pid = report.checks.testPush?.evidence.pid
  if (pid !== undefined) seenPids.push(pid)
  const json = JSON.stringify(report)
  expect(json).not.toContain(KEY)
  expect(report.kind).toBe('push-preflight-report')
  return { report, ms }
}

describe('fault matrix: the network', () => {
  it('refused port → network, at once (the refusal ends it, no timer)', async () => {
    const { report } = await run(signedUrl(await closedPort()))
    expect(report.checks.port?.code).toBe('port-refused')
    expect(report.causes[0]?.id).toBe('network')
    expect(report.checks.testPush).toBeUndefined()
  })

  it('silent server (accepts, never answers) → network, within the handshake timeout', async () => {
    const srv = await server(startTcp(() => undefined))
    const { report, ms } = await run(signedUrl(srv.port))
    expect(report.checks.handshake?.code).toMatch(/^handshake-(silent|timeout)/)
    expect(report.causes[0]?.id).toBe('network')
    expect(ms).toBeLessThan(HANDSHAKE_TIMEOUT_MS + HANG_SLACK_MS)
  })

  it('garbage server → network (not RTMP), on the bytes themselves (no timer)', async () => {
    const srv = await server(
      startTcp((s) =>
        s.on('data', () => s.write(Buffer.from('\u0000\u00ffGARBAGE\r\n'.repeat(400), 'latin1')))
      )
    )
    const { report } = await run(signedUrl(srv.port))
    expect(report.checks.handshake?.status).toBe('fail')
    expect(report.checks.handshake?.code).not.toMatch(/silent|timeout/)
    expect(report.causes[0]?.id).toBe('network')
  })

  it('reset during the handshake → network, on the reset itself (no timer)', async () => {
    const srv = await server(startTcp((s) => s.once('data', () => s.resetAndDestroy())))
    const { report } = await run(signedUrl(srv.port))
    expect(report.checks.handshake?.status).toBe('fail')
    expect(report.checks.handshake?.code).not.toMatch(/silent|timeout/)
    expect(report.checks.publishProbe).toBeUndefined()
    expect(report.causes[0]?.id).toBe('network')
  })

  it('cut mid-push by the server → stream-dropped (a 60 s window that only the cut can end)', async () => {
    const i = await ingest({ cutAfterSec: 1 })
    const { report } = await run(signedUrl(i.port), {}, { pushSeconds: 60 })
    expect(report.checks.testPush?.code).toBe('push-dropped')
    expect(report.causes[0]?.id).toBe('stream-dropped')
  }, 30_000)

  const ns = makeFilteredNamespace(`pffault${process.pid}`)
  afterAll(() => {
    if (ns.ok) ns.remove()
  })
  it.skipIf(!ns.ok)(
    `filtered port (netns + iptables DROP) → network within the connect timeout${ns.ok ? '' : ` — skipped: ${ns.reason}`}`,
    async () => {
      if (!ns.ok) return
      const url = `rtmp://127.0.0.1:1935/live/${signedPublishName(STREAM, KEY, txTimeHex(Date.now() / 1000 + 3600))}&txHost=${HOST}`
      const script = `
      const { runPreflight } = require('./src/main/preflight/run-preflight.ts')
      const t0 = Date.now()
      runPreflight({ url: { url: process.env.PF_URL }, keys: { primary: process.env.PF_KEY }, pushSeconds: 2 })
        .then((r) => process.stdout.write(JSON.stringify({ ms: Date.now() - t0, report: r })))
    `
      // tsx keeps a transform cache in os.tmpdir(): off, so the temp-dir check sees only the run.
      const r = await runInNamespace(
        ns.name,
        script,
        { PF_URL: url, PF_KEY: KEY, TSX_DISABLE_CACHE: '1' },
        20_000
      )
      expect(r.code, r.err).toBe(0)
      const { report } = JSON.parse(r.out) as { ms: number; report: Report }
      expect(r.out).not.toContain(KEY)
      expect(report.checks.port?.code).toBe('port-filtered')
      expect(report.causes[0]?.id).toBe('network')
      // Nothing after the port: the run stopped there, whatever the clock says.
      expect(report.checks.handshake).toBeUndefined()
    },
    25_000
  )
})

describe('fault matrix: DNS', () => {
  it('NXDOMAIN → cname, nothing dialled, on the answer itself (no timer)', async () => {
    const { report } = await run(signedUrl(1935, 'nx.faults.test'))
    expect(report.checks.dns?.code).toBe('dns-nxdomain')
    expect(report.checks.port).toBeUndefined()
  })

  it('SERVFAIL → a DNS failure, nothing dialled, on the answer itself (no timer)', async () => {
    const { report } = await run(signedUrl(1935, 'servfail.faults.test'))
    expect(report.checks.dns?.code).toBe('dns-servfail')
    expect(report.checks.port).toBeUndefined()
    expect(report.verdict).toBe('not-ready')
  })

  it('DNS server that never answers → dns-timeout within the DNS budget', async () => {
    const { report, ms } = await run(signedUrl(1935, 'silent.faults.test'))
    expect(report.checks.dns?.code).toBe('dns-timeout')
    expect(report.checks.port).toBeUndefined()
    expect(ms).toBeLessThan(DNS_CHECK_BUDGET_MS + HANG_SLACK_MS)
  }, 30_000)
})

describe('fault matrix: ffmpeg', () => {
  it('ffmpeg missing (FFMPEG_PATH names no file) → ffmpeg cause via locateFfmpeg, no push', async () => {
    const i = await ingest()
    const before = process.env.FFMPEG_PATH
    process.env.FFMPEG_PATH = '/nonexistent/push-preflight/ffmpeg'
    let result: { report: Report; ms: number }
    try {
      result = await run(signedUrl(i.port))
    } finally {
      if (before === undefined) delete process.env.FFMPEG_PATH
      else process.env.FFMPEG_PATH = before
    }
    const { report } = result
    expect(report.checks.ffmpeg?.code).toBe('ffmpeg-env-path-invalid')
    expect(report.checks.testPush).toBeUndefined()
    expect(report.causes[0]?.id).toBe('ffmpeg')
  })

  it('ffmpeg killed from outside (SIGKILL mid-push) → a failed push, not a hang, not "ready"', async () => {
    const i = await ingest()
    const killed: number[] = []
    let killedAt = 0
    const { report } = await run(
      signedUrl(i.port),
      {
        onProgress: (p) => {
          if (killed.length > 0 || p.phase !== 'push' || !p.push || p.push.timeSec < 0.5) return
          // The PID comes from the OS (our ffmpeg child), as another program would find it.
          for (const pid of ffmpegChildren()) {
            process.kill(pid, 'SIGKILL')
            killed.push(pid)
          }
          killedAt = performance.now()
        }
      },
      { pushSeconds: 20 }
    )
    expect(killed).toHaveLength(1)
    expect(report.checks.testPush?.evidence.pid).toBe(killed[0])
    expect(report.checks.testPush?.evidence.exit.signal).toBe('SIGKILL')
    expect(report.checks.testPush?.status).toBe('fail')
    expect(report.cancelled).toBe(false)
    expect(report.verdict).not.toBe('ready')
    // Not waiting out the 20 s window: a hang guard, with room for a busy machine.
    expect(performance.now() - killedAt).toBeLessThan(HANG_SLACK_MS)
  }, 30_000)
})

describe('fault matrix: cancel in each phase', () => {
  /** Aborts `delayMs` after `phase` starts (or at its first progress sample for the push). */
  async function cancelIn(
    phase: Phase,
    url: string,
    delayMs: number
  ): Promise<{ report: Report; afterAbortMs: number }> {
    const ac = new AbortController()
    let abortedAt = 0
    const abort = (): void => {
      abortedAt = performance.now()
      ac.abort()
    }
    const { report } = await run(
      url,
      {
        signal: ac.signal,
        onProgress: (p) => {
          if (p.phase !== phase || p.state !== 'running' || ac.signal.aborted) return
          if (phase === 'push' && !p.push) return
          if (delayMs === 0) abort()
          else setTimeout(abort, delayMs)
        }
      },
      { pushSeconds: 20 }
    )
    expect(abortedAt, `the ${phase} phase never started`).toBeGreaterThan(0)
    expect(report.cancelled).toBe(true)
    expect(report.verdict).toBe('not-ready')
    expect(report.causes).toEqual([])
    return { report, afterAbortMs: performance.now() - abortedAt }
  }

  it('dns (server silent): cancelled at once, nothing dialled', async () => {
    const { report, afterAbortMs } = await cancelIn(
      'dns',
      signedUrl(1935, 'silent.faults.test'),
      300
    )
    expect(report.checks.port).toBeUndefined()
    expect(report.checks.dns?.code).toBe('dns-cancelled')
    expect(afterAbortMs).toBeLessThan(HANG_SLACK_MS)
  })

  it('port: cancelled as it starts, no handshake', async () => {
    const i = await ingest()
    const { report, afterAbortMs } = await cancelIn('port', signedUrl(i.port), 0)
    expect(report.checks.handshake).toBeUndefined()
    expect(i.connections.length).toBeLessThanOrEqual(1)
    expect(afterAbortMs).toBeLessThan(HANG_SLACK_MS)
  })

  it('handshake (server silent): cancelled at once, no publish', async () => {
    const srv = await server(startTcp(() => undefined))
    const { report, afterAbortMs } = await cancelIn('handshake', signedUrl(srv.port), 300)
    expect(report.checks.publishProbe).toBeUndefined()
    // Cancelled, not timed out: the code says which ended it.
    expect(report.checks.handshake?.code).toBe('handshake-cancelled')
    expect(afterAbortMs).toBeLessThan(HANG_SLACK_MS)
  })

  it('publish (server never answers publish): cancelled at once, no push', async () => {
    const srv = await server(startScriptedRtmp(standardScript(() => undefined)))
    const { report, afterAbortMs } = await cancelIn('publish', signedUrl(srv.port), 300)
    expect(report.checks.testPush).toBeUndefined()
    expect(report.checks.publishProbe?.code).toBe('publish-cancelled')
    expect(afterAbortMs).toBeLessThan(HANG_SLACK_MS)
  })

  it('push (media flowing): ffmpeg stopped within the kill grace', async () => {
    const i = await ingest()
    const { report, afterAbortMs } = await cancelIn('push', signedUrl(i.port), 0)
    expect(report.checks.testPush?.code).toBe('push-cancelled')
    expect(report.checks.testPush?.evidence.killedBy).toBe('cancel')
    expect(afterAbortMs).toBeLessThan(HANG_SLACK_MS)
  }, 20_000)
})
