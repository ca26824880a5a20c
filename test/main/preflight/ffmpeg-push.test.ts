import { EventEmitter } from 'node:events'
import type { ChildProcess } from 'node:child_process'
import net from 'node:net'
import path from 'node:path'
import { PassThrough } from 'node:stream'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { PUSH_ACCEPT_HOLD_MS, PUSH_KILL_GRACE_MS } from '../../../src/main/preflight/constants'
import { ffmpegRtmpTarget } from '../../../src/main/preflight/ffmpeg-target'
import {
  buildPushArgs,
  realDeps,
  runTestPush,
  type PushDeps,
  type TestPushOptions
} from '../../../src/main/preflight/ffmpeg-push'
import type { PushResult } from '../../../src/shared/push'
import { PUSH_CODES } from '../../../src/shared/push'
import { pushMessages } from '../../../src/shared/i18n/en/push'
import { startIngest, type Ingest } from '../../fixtures/rtmp-ingest'
import { pidAlive, pushUrlFor, signedPublishName, txTimeHex } from '../../fixtures/rtmp-ingest-push'

const FFMPEG = path.resolve(__dirname, '../../../node_modules/@ffmpeg-installer/linux-x64/ffmpeg')
const KEY = 'pushtestkey0123456789abcdef01234'
const HOST = 'push.example.test'

/** Everything a test opened, closed in afterEach; every ffmpeg PID must be gone by then. */
const cleanups: Array<() => Promise<void> | void> = []
const pids: number[] = []
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c()
  for (const pid of pids.splice(0)) expect(pidAlive(pid), `ffmpeg ${pid} still running`).toBe(false)
})

async function ingest(opts: Parameters<typeof startIngest>[0]): Promise<Ingest> {
  const i = await startIngest(opts)
  cleanups.push(() => i.close())
  return i
}

/** A loopback TCP server with a per-connection behaviour; closed (and its sockets) after the test. */
async function tcpServer(onSocket: (s: net.Socket) => void): Promise<number> {
  const sockets = new Set<net.Socket>()
  const server = net.createServer((s) => {
    sockets.add(s)
    s.on('error', () => undefined)
    onSocket(s)
  })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  cleanups.push(async () => {
    for (const s of sockets) s.destroy()
    await new Promise<void>((r) => server.close(() => r()))
  })
  return (server.address() as net.AddressInfo).port
}

/** A free port with nothing listening (bound, then closed). */
async function closedPort(): Promise<number> {
  const server = net.createServer()
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
  const port = (server.address() as net.AddressInfo).port
  await new Promise<void>((r) => server.close(() => r()))
  return port
}

/** Push options for a signed (or given) publish name on 127.0.0.1:port, via ffmpegRtmpTarget. */
function target(port: number, publishName: string, seconds: number): TestPushOptions {
  const t = ffmpegRtmpTarget(pushUrlFor(HOST, port, 'live', publishName), '127.0.0.1')
  return { ffmpegPath: FFMPEG, output: t.output, extraArgs: t.args, seconds, rwTimeoutMs: 2000 }
}

const validTxTime = (): string => txTimeHex(Date.now() / 1000 + 3600)

async function push(opts: TestPushOptions, signal?: AbortSignal): Promise<PushResult> {
  const r = await runTestPush(opts, realDeps, signal)
  if (r.evidence.pid !== undefined) pids.push(r.evidence.pid)
  return r
}

describe('buildPushArgs', () => {
  it('builds the test pattern push with -rw_timeout and never -timeout', () => {
    const args = buildPushArgs(
      'rtmp://127.0.0.1:1/live/s',
      ['-rtmp_tcurl', 'rtmp://h:1/live'],
      8,
      5000
    )
    expect(args).toContain('-re')
    expect(args.slice(args.indexOf('-rw_timeout'), args.indexOf('-rw_timeout') + 2)).toEqual([
      '-rw_timeout',
      '5000000'
    ])
    expect(args).not.toContain('-timeout')
    expect(args.slice(args.indexOf('-g'), args.indexOf('-g') + 2)).toEqual(['-g', '60'])
    expect(args.slice(args.indexOf('-bf'), args.indexOf('-bf') + 2)).toEqual(['-bf', '0'])
    expect(args.slice(-3)).toEqual(['-f', 'flv', 'rtmp://127.0.0.1:1/live/s'])
    expect(args.every((a) => typeof a === 'string')).toBe(true)
  })
})

describe('pushMessages', () => {
  it('has a text for every code', () => {
    for (const code of PUSH_CODES) expect(pushMessages[code].length).toBeGreaterThan(20)
  })
})

describe('runTestPush with real ffmpeg on loopback', () => {
  it('push-ok: accepted and sustained for the window, with progress samples', async () => {
    const i = await ingest({ key: KEY })
    const phases: string[] = []
    const r = await push({
      ...target(i.port, signedPublishName('ok', KEY, validTxTime()), 2),
      onProgress: (p) => p.kind === 'phase' && phases.push(p.event.phase)
    })
    expect(r.code).toBe('push-ok')
    expect(r.status).toBe('pass')
    expect(r.evidence).toMatchObject({ accepted: true, sustained: true, publishStartSeen: true })
    expect(r.evidence.mediaSec).toBeGreaterThanOrEqual(1.5)
    expect(r.evidence.progress.length).toBeGreaterThan(1)
    expect(r.evidence.end?.kind).toBe('completed')
    expect(phases).toEqual(
      expect.arrayContaining([
        'spawned',
        'tcp-connected',
        'handshake-answered',
        'publish-sent',
        'accepted',
        'media-flowing',
        'exited'
      ])
    )
    // The timeline is in time order and the secret never appears in the evidence.
    const times = r.evidence.timeline.map((t) => t.atMs)
    expect([...times].sort((a, b) => a - b)).toEqual(times)
    const secret = /txSecret=([0-9a-f]+)/.exec(
      target(1, signedPublishName('ok', KEY, '1'), 1).output
    )
    expect(JSON.stringify(r)).not.toContain(secret?.[1])
    // The server saw the original host in the tcUrl, and real media.
    const attempt = await i.waitForAttempt((a) => a.stream === 'ok')
    expect(attempt.host).toBe(HOST)
    expect(attempt.media.videoFrames).toBeGreaterThan(30)
  })

  it('wrong signature, nms style (Publish.Start then closed at once): rejected, not ok', async () => {
    const i = await ingest({ key: KEY, style: 'nms' })
    const r = await push(
      target(i.port, `bad?txSecret=${'0'.repeat(32)}&txTime=${validTxTime()}`, 3)
    )
    expect(r.code).toBe('push-rejected-at-publish')
    expect(r.evidence.publishStartSeen).toBe(true)
    expect(r.evidence.accepted).toBe(false)
    // Ended by the server inside the accept hold (the rule that makes it a rejection); the code
    // says the 3 s window did not run out, so no wall-clock bound.
    expect(r.evidence.endAfterAcceptMs).toBeLessThan(PUSH_ACCEPT_HOLD_MS)
  })

  it('stream already publishing, nginx style: the server says why', async () => {
    const i = await ingest({ key: KEY, style: 'nginx' })
    const name = signedPublishName('busy', KEY, validTxTime())
    // The first publisher holds the stream until it is cancelled after the second push, however
    // long a busy machine takes to start the second ffmpeg.
    const ac = new AbortController()
    const first = push(target(i.port, name, 60), ac.signal)
    await i.waitForAttempt((a) => a.stream === 'busy' && a.accepted)
    const r = await push(target(i.port, name, 2))
    ac.abort()
    expect(r.code).toBe('push-server-error')
    expect(r.evidence.serverError).toBe('Already publishing')
    expect((await first).code).toBe('push-cancelled')
  })

  it('stream already publishing, nms style: rejected at publish', async () => {
    const i = await ingest({ key: KEY, style: 'nms' })
    const name = signedPublishName('busy2', KEY, validTxTime())
    const ac = new AbortController()
    const first = push(target(i.port, name, 60), ac.signal)
    await i.waitForAttempt((a) => a.stream === 'busy2' && a.accepted)
    const r = await push(target(i.port, name, 2))
    ac.abort()
    expect(r.code).toBe('push-rejected-at-publish')
    expect((await first).code).toBe('push-cancelled')
  })

  it('silent server (accepts, never writes): push-timeout-silent within rw_timeout + slack', async () => {
    const port = await tcpServer(() => undefined)
    const r = await push({ ...target(port, 'silent', 2), rwTimeoutMs: 1000 })
    expect(r.code).toBe('push-timeout-silent')
    expect(r.evidence.timeline.map((t) => t.phase)).toContain('tcp-connected')
    expect(r.evidence.timeline.map((t) => t.phase)).not.toContain('handshake-answered')
    // ffmpeg gave up by itself (its rw_timeout), not our watchdog: that is what this test is about,
    // and unlike a wall-clock bound it does not depend on how busy the machine is.
    expect(r.evidence.killedBy).toBeUndefined()
  })

  it('silent server with the watchdog shorter than rw_timeout: killed, still push-timeout-silent', async () => {
    const port = await tcpServer(() => undefined)
    const r = await push({ ...target(port, 'silent2', 2), rwTimeoutMs: 20_000, watchdogMs: 1000 })
    expect(r.code).toBe('push-timeout-silent')
    // Our watchdog ended it (ffmpeg's own 20 s rw_timeout would have said nothing here).
    expect(r.evidence.killedBy).toBe('watchdog')
  })

  it('refused port: push-connect-failed at once', async () => {
    const r = await push(target(await closedPort(), 'refused', 2))
    expect(r.code).toBe('push-connect-failed')
    // Ended by the refusal itself: no timer involved, so no wall-clock bound.
    expect(r.evidence.end?.kind).toBe('connection-refused')
  })

  it('HTTP server on the port: push-handshake-failed', async () => {
    const port = await tcpServer((s) => s.end('HTTP/1.1 400 Bad Request\r\n\r\n'))
    const r = await push(target(port, 'http', 2))
    expect(r.code).toBe('push-handshake-failed')
  })

  it('server cuts the connection 1.5 s into a 30 s push: push-dropped', async () => {
    // A long window, so only the cut can end it early on any machine.
    const i = await ingest({ key: KEY, cutAfterSec: 1.5 })
    const r = await push(target(i.port, signedPublishName('cut', KEY, validTxTime()), 30))
    expect(r.code).toBe('push-dropped')
    expect(r.evidence.accepted).toBe(true)
    expect(r.evidence.sustained).toBe(false)
    expect(r.evidence.end?.afterMedia).toBe(true)
    // Some media before the cut, far less than the window; how much depends on the machine.
    expect(r.evidence.mediaSec).toBeGreaterThan(0)
    expect(r.evidence.mediaSec).toBeLessThan(30)
  })

  it('cancel mid-push: push-cancelled, ffmpeg gone', async () => {
    const i = await ingest({ key: KEY })
    const ac = new AbortController()
    const p = push(
      {
        ...target(i.port, signedPublishName('cancel', KEY, validTxTime()), 60),
        onProgress: (e) => {
          if (e.kind === 'phase' && e.event.phase === 'media-flowing') ac.abort()
        }
      },
      ac.signal
    )
    const r = await p
    expect(r.code).toBe('push-cancelled')
    expect(r.status).toBe('skipped')
    expect(r.evidence.killedBy).toBe('cancel')
    expect(r.evidence.pid).toBeGreaterThan(0)
    // killedBy 'cancel' says the abort ended it, not the 5 s window: no wall-clock bound.
    expect(pidAlive(r.evidence.pid ?? 0)).toBe(false)
  })

  it('already-aborted signal: nothing is spawned', async () => {
    const ac = new AbortController()
    ac.abort()
    const r = await push(target(1, 'x', 2), ac.signal)
    expect(r.code).toBe('push-cancelled')
    expect(r.evidence.pid).toBeUndefined()
  })

  it('non-existent ffmpeg path: push-spawn-failed, no throw', async () => {
    const r = await push({ ...target(1, 'x', 2), ffmpegPath: '/nonexistent/ffmpeg' })
    expect(r.code).toBe('push-spawn-failed')
    expect(r.evidence.spawnError).toBe('ENOENT')
    expect(r.status).toBe('fail')
  })
})

/** A fake ffmpeg child that ignores SIGTERM; exits only on SIGKILL. */
function stubbornChild(): { child: ChildProcess; signals: string[] } {
  const ee = new EventEmitter()
  const signals: string[] = []
  const stderr = new PassThrough()
  const child = Object.assign(ee, {
    pid: 999_999,
    stderr,
    kill: (sig: string) => {
      signals.push(sig)
      if (sig === 'SIGKILL') {
        setTimeout(() => {
          ee.emit('exit', null, 'SIGKILL')
          ee.emit('close', null, 'SIGKILL')
        }, 0)
      }
      return true
    }
  })
  return { child: child as unknown as ChildProcess, signals }
}

describe('runTestPush watchdog and kill escalation (fake timers)', () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  it('watchdog → SIGTERM, then SIGKILL after the grace period; resolves only after the exit', async () => {
    vi.useFakeTimers()
    const { child, signals } = stubbornChild()
    const deps: PushDeps = { ...realDeps, spawn: () => child }
    let settled = false
    const p = runTestPush(
      { ffmpegPath: 'ffmpeg', output: 'rtmp://127.0.0.1:1/live/s', seconds: 2, watchdogMs: 10_000 },
      deps
    ).then((r) => {
      settled = true
      return r
    })
    ;(child.stderr as PassThrough).write('[tcp @ 0x1] Successfully connected to 127.0.0.1 port 1\n')
    ;(child.stderr as PassThrough).write('[rtmp @ 0x1] Handshaking...\n')
    await vi.advanceTimersByTimeAsync(9_999)
    expect(signals).toEqual([])
    await vi.advanceTimersByTimeAsync(1)
    expect(signals).toEqual(['SIGTERM'])
    await vi.advanceTimersByTimeAsync(PUSH_KILL_GRACE_MS - 1)
    expect(signals).toEqual(['SIGTERM'])
    expect(settled).toBe(false)
    await vi.advanceTimersByTimeAsync(1)
    expect(signals).toEqual(['SIGTERM', 'SIGKILL'])
    await vi.advanceTimersByTimeAsync(1)
    const r = await p
    expect(r.code).toBe('push-timeout-silent')
    expect(r.evidence).toMatchObject({ killedBy: 'watchdog', sigkillSent: true })
    expect(r.evidence.exit.signal).toBe('SIGKILL')
  })
})
