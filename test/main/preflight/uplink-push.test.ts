/**
 * The uplink push on the ffmpeg runner, with a fake ffmpeg and a clock driven by the test: the
 * measured window ends in a requested stop (SIGTERM) read as a measurement, the watchdog as a
 * failed push, a cancel as cancelled, and an ffmpeg that exits early as a failed push with its
 * stderr tail. Nothing here depends on the machine's speed.
 */
import { EventEmitter } from 'node:events'
import type { ChildProcess } from 'node:child_process'
import { PassThrough } from 'node:stream'
import { describe, expect, it } from 'vitest'
import {
  checkUplink,
  realUplinkDeps,
  type UplinkDeps
} from '../../../src/main/preflight/uplink-check'

/** A fake ffmpeg: stdout/stderr streams, records kill signals, exits on SIGTERM unless stubborn. */
function fakeChild(): ChildProcess & {
  signals: string[]
  exit: (code: number | null) => void
  out: PassThrough
  err: PassThrough
} {
  const child = new EventEmitter() as ChildProcess & {
    signals: string[]
    exit: (code: number | null) => void
    out: PassThrough
    err: PassThrough
  }
  const stdout = new PassThrough()
  const stderr = new PassThrough()
  let exited = false
  Object.assign(child, {
    stdout,
    stderr,
    out: stdout,
    err: stderr,
    stdin: null,
    pid: 4242,
    signals: []
  })
  child.exit = (code) => {
    if (exited) return
    exited = true
    const sig = code === null ? 'SIGTERM' : null
    child.emit('exit', code, sig)
    stdout.end()
    stderr.end()
    setImmediate(() => child.emit('close', code, sig))
  }
  child.kill = (signal?: NodeJS.Signals | number): boolean => {
    child.signals.push(String(signal))
    child.exit(null)
    return true
  }
  return child
}

/** Deps with the fake child, a test clock, fixed readers and no timers firing on their own. */
function fakeDeps(child: ReturnType<typeof fakeChild>): {
  deps: UplinkDeps
  clock: { now: number }
  timers: Array<() => void>
} {
  const clock = { now: 0 }
  const timers: Array<() => void> = []
  const deps: UplinkDeps = {
    ...realUplinkDeps,
    spawn: () => child,
    now: () => clock.now,
    setTimeout: (fn) => timers.push(fn),
    clearTimeout: () => undefined,
    platform: 'linux',
    cpuTimeMs: () => clock.now / 10,
    sendQueueBytes: () => 1000,
    tcpRetransmits: async () => ({ dataSegsOut: 100, retransSegs: 0, sockets: 1 }),
    encodeClip: async () => 'clip-encode-failed'
  }
  return { deps, clock, timers }
}

const input = { ffmpegPath: 'ffmpeg', output: 'rtmp://127.0.0.1:9/live/s', plannedKbps: 1000 }
const live = { source: 'live' as const, warmupMs: 1000, measureMs: 2000 }
const tick = (): Promise<void> => new Promise((r) => setImmediate(r))

/** Writes one -progress block per 100 ms of test time at `kbps`, from 0 to `untilMs`. */
async function progress(
  child: ReturnType<typeof fakeChild>,
  clock: { now: number },
  kbps: number,
  untilMs: number
): Promise<void> {
  for (let at = 100; at <= untilMs && child.signals.length === 0; at += 100) {
    clock.now = at
    const bytes = Math.round((kbps * at) / 8)
    child.out.write(`total_size=${bytes}\nout_time_us=${at * 1000}\nprogress=continue\n`)
    await tick()
  }
}

describe('uplink push on the runner (fake ffmpeg)', () => {
  it('a complete window: requested stop (SIGTERM), measured rate, pid and verdict', async () => {
    const child = fakeChild()
    const { deps, clock } = fakeDeps(child)
    const pending = checkUplink(input, live, deps)
    await tick()
    await progress(child, clock, 2000, 5000)
    const r = await pending
    expect(child.signals).toEqual(['SIGTERM'])
    expect(r.code, JSON.stringify(r.evidence)).toBe('uplink-ok')
    expect(r.evidence.sustainedKbps).toBe(2000)
    expect(r.evidence.pid).toBe(4242)
    expect(r.evidence.cpuPercent).toBe(10)
    expect(r.evidence.sendQueueBytes).toBe(1000)
  })

  it('the watchdog: push failed, not measured', async () => {
    const child = fakeChild()
    const { deps, clock, timers } = fakeDeps(child)
    const pending = checkUplink(input, live, deps)
    await tick()
    await progress(child, clock, 2000, 500)
    timers[0]() // the runner's watchdog, the only timer armed so far
    const r = await pending
    expect(child.signals).toEqual(['SIGTERM'])
    expect(r.code).toBe('uplink-push-failed')
    expect(r.evidence.sustainedKbps).toBeUndefined()
  })

  it('a cancel mid-push: cancelled', async () => {
    const child = fakeChild()
    const { deps, clock } = fakeDeps(child)
    const controller = new AbortController()
    const pending = checkUplink(input, live, deps, controller.signal)
    await tick()
    await progress(child, clock, 2000, 500)
    controller.abort()
    const r = await pending
    expect(child.signals).toEqual(['SIGTERM'])
    expect(r.code).toBe('uplink-cancelled')
  })

  it('ffmpeg exits on its own early: push failed with its stderr tail, nothing killed', async () => {
    const child = fakeChild()
    const { deps, clock } = fakeDeps(child)
    const pending = checkUplink(input, live, deps)
    await tick()
    await progress(child, clock, 2000, 300)
    child.err.write('Connection refused\n')
    await tick()
    child.exit(1)
    const r = await pending
    expect(child.signals).toEqual([])
    expect(r.code).toBe('uplink-push-failed')
    expect(r.evidence.exitCode).toBe(1)
    expect(r.evidence.stderrTail).toEqual(['Connection refused'])
  })
})
