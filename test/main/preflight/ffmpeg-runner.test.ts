import { EventEmitter } from 'node:events'
import type { ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { PassThrough, Writable } from 'node:stream'
import { afterEach, describe, expect, it } from 'vitest'
import { FFMPEG_STOP_GRACE_MS } from '../../../src/main/preflight/constants'
import {
  realRunnerDeps,
  runFfmpeg,
  startFfmpeg,
  type FfmpegRunnerDeps,
  type FfmpegRunResult,
  type SpawnStdio
} from '../../../src/main/preflight/ffmpeg-runner'
import { testPatternInputArgs } from '../../../src/main/preflight/test-pattern'
import { pidAlive } from '../../fixtures/rtmp-ingest-push'

/** Timers and a clock driven by the test alone: nothing here touches the global timers. */
function fakeClock(): {
  deps: Pick<FfmpegRunnerDeps, 'now' | 'setTimeout' | 'clearTimeout'>
  advance: (ms: number) => Promise<void>
  pending: () => number
} {
  let now = 0
  let nextId = 1
  const timers = new Map<number, { at: number; fn: () => void }>()
  const settle = async (): Promise<void> => {
    for (let i = 0; i < 10; i++) await Promise.resolve()
  }
  return {
    deps: {
      now: () => now,
      setTimeout: (fn, ms) => {
        const id = nextId++
        timers.set(id, { at: now + ms, fn })
        return id
      },
      clearTimeout: (h) => void timers.delete(h as number)
    },
    advance: async (ms) => {
      const until = now + ms
      for (;;) {
        const due = [...timers.entries()]
          .filter(([, t]) => t.at <= until)
          .sort((a, b) => a[1].at - b[1].at)[0]
        if (!due) break
        timers.delete(due[0])
        now = due[1].at
        due[1].fn()
        await settle()
      }
      now = until
      await settle()
    },
    pending: () => timers.size
  }
}

type Behaviour = 'obeys-sigterm' | 'stubborn'

/** A fake ffmpeg child: records signals and stdin; exits on SIGKILL, and on SIGTERM if it obeys. */
function fakeChild(behaviour: Behaviour = 'stubborn'): {
  child: ChildProcess
  signals: string[]
  stdinText: () => string
  exit: (code: number | null, signal: NodeJS.Signals | null) => void
  stderr: PassThrough
} {
  const ee = new EventEmitter()
  const signals: string[] = []
  const stderr = new PassThrough()
  const stdout = new PassThrough()
  let written = ''
  const stdin = new Writable({
    write(chunk: Buffer, _enc, cb): void {
      written += chunk.toString()
      cb()
    }
  })
  let gone = false
  const exit = (code: number | null, signal: NodeJS.Signals | null): void => {
    if (gone) return
    gone = true
    // As Node does: 'exit', then 'close' once the pipes are drained (here: next microtask).
    ee.emit('exit', code, signal)
    queueMicrotask(() => ee.emit('close', code, signal))
  }
  const child = Object.assign(ee, {
    pid: 424_242,
    stderr,
    stdout,
    stdin,
    kill: (sig: NodeJS.Signals = 'SIGTERM') => {
      signals.push(sig)
      if (sig === 'SIGKILL') queueMicrotask(() => exit(null, 'SIGKILL'))
      if (sig === 'SIGTERM' && behaviour === 'obeys-sigterm') queueMicrotask(() => exit(255, null))
      return true
    }
  })
  return {
    child: child as unknown as ChildProcess,
    signals,
    stdinText: () => written,
    exit,
    stderr
  }
}

/** Runner deps around one fake child, with the fake clock; records what spawn was asked. */
function depsFor(
  child: ChildProcess,
  clock: ReturnType<typeof fakeClock>,
  platform: NodeJS.Platform = 'linux'
): { deps: FfmpegRunnerDeps; calls: Array<{ args: string[]; stdio: SpawnStdio }> } {
  const calls: Array<{ args: string[]; stdio: SpawnStdio }> = []
  const deps: FfmpegRunnerDeps = {
    ...clock.deps,
    platform,
    spawn: (_file, args, stdio) => {
      calls.push({ args, stdio })
      return child
    }
  }
  return { deps, calls }
}

/** Track when a promise settles, without awaiting it. */
function track(p: Promise<FfmpegRunResult>): { settled: () => boolean } {
  let settled = false
  void p.then(() => (settled = true))
  return { settled: () => settled }
}

describe('ffmpeg runner with a fake child and injected timers', () => {
  it('watchdog: SIGTERM, then SIGKILL after the grace; settles only after the exit', async () => {
    const clock = fakeClock()
    const f = fakeChild('stubborn')
    const { deps } = depsFor(f.child, clock)
    const stops: string[] = []
    const run = startFfmpeg(
      { ffmpegPath: 'ffmpeg', args: ['-i', 'x'], timeoutMs: 10_000, onStop: (r) => stops.push(r) },
      deps
    )
    const t = track(run.done)
    await clock.advance(9_999)
    expect(f.signals).toEqual([])
    await clock.advance(1)
    expect(f.signals).toEqual(['SIGTERM'])
    expect(stops).toEqual(['timeout'])
    await clock.advance(FFMPEG_STOP_GRACE_MS - 1)
    expect(f.signals).toEqual(['SIGTERM'])
    expect(t.settled()).toBe(false)
    await clock.advance(1)
    expect(f.signals).toEqual(['SIGTERM', 'SIGKILL'])
    const r = await run.done
    expect(r).toMatchObject({
      code: 'run-stopped',
      stopReason: 'timeout',
      forceKilled: true,
      signal: 'SIGKILL',
      exitCode: null,
      pid: 424_242,
      exitAtMs: 10_000 + FFMPEG_STOP_GRACE_MS
    })
    expect(clock.pending()).toBe(0)
  })

  it('a child that obeys SIGTERM is not killed, and the grace timer is cleared', async () => {
    const clock = fakeClock()
    const f = fakeChild('obeys-sigterm')
    const { deps } = depsFor(f.child, clock)
    const run = startFfmpeg({ ffmpegPath: 'ffmpeg', args: [], graceMs: 5_000 }, deps)
    run.stop()
    run.stop('timeout') // idempotent: the first reason stands, no second signal
    const r = await run.done
    expect(f.signals).toEqual(['SIGTERM'])
    expect(r).toMatchObject({ code: 'run-stopped', stopReason: 'requested', forceKilled: false })
    expect(r.exitCode).toBe(255)
    expect(clock.pending()).toBe(0)
  })

  it('abort before start: nothing is spawned', async () => {
    const clock = fakeClock()
    const f = fakeChild()
    const { deps, calls } = depsFor(f.child, clock)
    const ac = new AbortController()
    ac.abort()
    const run = startFfmpeg({ ffmpegPath: 'ffmpeg', args: [] }, deps, ac.signal)
    expect(run.pid).toBeUndefined()
    const r = await run.done
    expect(r.code).toBe('run-not-started')
    expect(r.stopReason).toBe('cancel')
    expect(calls).toHaveLength(0)
  })

  it('abort during the run: SIGTERM, reason cancel, then SIGKILL if it lingers', async () => {
    const clock = fakeClock()
    const f = fakeChild('stubborn')
    const { deps } = depsFor(f.child, clock)
    const ac = new AbortController()
    const run = startFfmpeg({ ffmpegPath: 'ffmpeg', args: [], graceMs: 1_000 }, deps, ac.signal)
    await clock.advance(500)
    expect(f.signals).toEqual([])
    ac.abort()
    expect(f.signals).toEqual(['SIGTERM'])
    await clock.advance(1_000)
    const r = await run.done
    expect(r).toMatchObject({ code: 'run-stopped', stopReason: 'cancel', forceKilled: true })
    expect(f.signals).toEqual(['SIGTERM', 'SIGKILL'])
  })

  it('grace 0 kills at once', async () => {
    const clock = fakeClock()
    const f = fakeChild('stubborn')
    const { deps } = depsFor(f.child, clock)
    const run = startFfmpeg({ ffmpegPath: 'ffmpeg', args: [], timeoutMs: 100, graceMs: 0 }, deps)
    await clock.advance(100)
    const r = await run.done
    expect(f.signals).toEqual(['SIGKILL'])
    expect(r).toMatchObject({ stopReason: 'timeout', forceKilled: true })
  })

  it('bounds the stderr tail: last N lines, each capped, redacted; every line reaches onLine', async () => {
    const clock = fakeClock()
    const f = fakeChild()
    const { deps } = depsFor(f.child, clock)
    const seen: string[] = []
    const run = startFfmpeg(
      {
        ffmpegPath: 'ffmpeg',
        args: [],
        tailLines: 5,
        lineMaxChars: 50,
        onLine: (l) => seen.push(l)
      },
      deps
    )
    for (let i = 0; i < 200; i++) f.stderr.write(`line ${i} ${'x'.repeat(i % 3 === 0 ? 300 : 5)}\n`)
    // Progress lines end in \r; the last line has no end at all until the flush.
    f.stderr.write('frame=1 time=00:00:01.00\rframe=2 time=00:00:02.00\r')
    f.stderr.write('to rtmp://h/l/s?txSecret=0123456789abcdef0123')
    await new Promise((r) => setImmediate(r))
    f.exit(0, null)
    const r = await run.done
    expect(seen).toHaveLength(203)
    expect(seen.slice(200, 202)).toEqual(['frame=1 time=00:00:01.00', 'frame=2 time=00:00:02.00'])
    expect(r.stderrTail).toHaveLength(5)
    for (const line of r.stderrTail) expect(line.length).toBeLessThanOrEqual(51)
    // The secret sits inside the length cap: only redaction can hide it.
    expect(r.stderrTail[4]).toMatch(/^to rtmp:\/\/h\/l\/s\?txSecret=0123/)
    expect(r.stderrTail[4]).not.toContain('456789abcdef')
    expect(r.code).toBe('run-exited-ok')
  })

  it('exit codes: 0 ok, non-zero and foreign signals are errors', async () => {
    for (const [code, signal, want] of [
      [0, null, 'run-exited-ok'],
      [1, null, 'run-exited-error'],
      [null, 'SIGSEGV', 'run-exited-error']
    ] as const) {
      const clock = fakeClock()
      const f = fakeChild()
      const { deps } = depsFor(f.child, clock)
      const exits: Array<[number | null, string | null]> = []
      const run = startFfmpeg(
        { ffmpegPath: 'ffmpeg', args: [], onExit: (c, s) => exits.push([c, s]) },
        deps
      )
      await clock.advance(1234)
      f.exit(code, signal)
      const r = await run.done
      expect(r).toMatchObject({ code: want, exitCode: code, signal, exitAtMs: 1234 })
      expect(r.stopReason).toBeUndefined()
      expect(exits).toEqual([[code, signal]])
    }
  })

  it('a binary that cannot start: run-spawn-failed with the errno code, no throw', async () => {
    const clock = fakeClock()
    const ee = new EventEmitter()
    const child = Object.assign(ee, {
      pid: undefined,
      stderr: new PassThrough(),
      kill: () => false
    })
    const { deps } = depsFor(child as unknown as ChildProcess, clock)
    const run = startFfmpeg({ ffmpegPath: '/nope', args: [] }, deps)
    const err = Object.assign(new Error('spawn /nope ENOENT'), { code: 'ENOENT' })
    queueMicrotask(() => ee.emit('error', err))
    expect(await run.done).toMatchObject({ code: 'run-spawn-failed', spawnError: 'ENOENT' })

    const throwing: FfmpegRunnerDeps = {
      ...deps,
      spawn: () => {
        throw Object.assign(new TypeError('bad path'), { code: 'ERR_INVALID_ARG_VALUE' })
      }
    }
    const r = await runFfmpeg({ ffmpegPath: 'a\0b', args: [] }, throwing)
    expect(r).toMatchObject({ code: 'run-spawn-failed', spawnError: 'ERR_INVALID_ARG_VALUE' })
  })

  it('opens stdout only for a caller that reads it, and hands it the text', async () => {
    const clock = fakeClock()
    const f = fakeChild()
    const { deps, calls } = depsFor(f.child, clock)
    let out = ''
    const run = startFfmpeg({ ffmpegPath: 'ffmpeg', args: [], onStdout: (c) => (out += c) }, deps)
    ;(f.child.stdout as PassThrough).write('progress=continue\n')
    await new Promise((r) => setImmediate(r))
    f.exit(0, null)
    await run.done
    expect(out).toBe('progress=continue\n')
    expect(calls[0].stdio).toEqual({ stdin: 'ignore', stdout: 'pipe' })
    const g = fakeChild()
    const second = depsFor(g.child, clock)
    const run2 = startFfmpeg({ ffmpegPath: 'ffmpeg', args: ['-nostdin'] }, second.deps)
    g.exit(0, null)
    await run2.done
    expect(second.calls[0]).toEqual({
      args: ['-nostdin'],
      stdio: { stdin: 'ignore', stdout: 'ignore' }
    })
  })

  it("Windows: stops with 'q' on stdin (no -nostdin), then TerminateProcess after the grace", async () => {
    const clock = fakeClock()
    const f = fakeChild('stubborn')
    const { deps, calls } = depsFor(f.child, clock, 'win32')
    const ac = new AbortController()
    const run = startFfmpeg(
      { ffmpegPath: 'ffmpeg.exe', args: ['-hide_banner', '-nostdin', '-i', 'x'], graceMs: 2_000 },
      deps,
      ac.signal
    )
    expect(calls[0]).toEqual({
      args: ['-hide_banner', '-i', 'x'],
      stdio: { stdin: 'pipe', stdout: 'ignore' }
    })
    ac.abort()
    await clock.advance(0)
    expect(f.stdinText()).toBe('q')
    // No kill() yet: on Windows any kill() is TerminateProcess, which would skip the trailer.
    expect(f.signals).toEqual([])
    await clock.advance(2_000)
    expect(f.signals).toEqual(['SIGKILL'])
    expect(await run.done).toMatchObject({ stopReason: 'cancel', forceKilled: true })
  })
})

const FFMPEG = path.resolve(__dirname, '../../../node_modules/@ffmpeg-installer/linux-x64/ffmpeg')
const haveFfmpeg = existsSync(FFMPEG)
if (!haveFfmpeg) console.log(`skipping real-ffmpeg runner tests: no binary at ${FFMPEG}`)

describe.skipIf(!haveFfmpeg)('ffmpeg runner with the real ffmpeg', () => {
  const pids: number[] = []
  afterEach(() => {
    for (const pid of pids.splice(0)) {
      const alive = pidAlive(pid)
      if (alive) process.kill(pid, 'SIGKILL')
      expect(alive, `ffmpeg ${pid} outlived its run`).toBe(false)
    }
  })

  it('stops a live-paced encode on abort; the process is gone when the run settles', async () => {
    const ac = new AbortController()
    const lines: string[] = []
    const run = startFfmpeg(
      {
        ffmpegPath: FFMPEG,
        args: [
          ...['-hide_banner', '-nostdin', '-loglevel', 'info', '-stats'],
          ...testPatternInputArgs({ size: '160x90', realtime: true }),
          ...['-t', '120', '-f', 'null', '-']
        ],
        // A hang guard only: the abort below ends the run long before.
        timeoutMs: 60_000,
        onLine: (line) => {
          lines.push(line)
          // The first progress line: ffmpeg is encoding, so the stop hits a running process.
          if (/time=/.test(line)) ac.abort()
        }
      },
      realRunnerDeps,
      ac.signal
    )
    expect(run.pid).toBeGreaterThan(0)
    pids.push(run.pid ?? 0)
    const r = await run.done
    expect(r.code).toBe('run-stopped')
    expect(r.stopReason).toBe('cancel')
    expect(pidAlive(run.pid ?? 0)).toBe(false)
    expect(lines.some((l) => /time=/.test(l))).toBe(true)
  })

  it('reports a failing ffmpeg with its exit code and the tail of what it said', async () => {
    const r = await runFfmpeg({
      ffmpegPath: FFMPEG,
      args: ['-hide_banner', '-nostdin', '-i', '/nonexistent/input.flv', '-f', 'null', '-'],
      timeoutMs: 60_000
    })
    if (r.pid !== undefined) pids.push(r.pid)
    expect(r.code).toBe('run-exited-error')
    expect(r.exitCode).not.toBe(0)
    expect(r.stderrTail.join('\n')).toMatch(/No such file or directory/)
  })

  it('a missing binary is a result, not a throw', async () => {
    const r = await runFfmpeg({ ffmpegPath: '/nonexistent/ffmpeg', args: ['-version'] })
    expect(r).toMatchObject({ code: 'run-spawn-failed', spawnError: 'ENOENT' })
  })
})
