/**
 * The uplink test's clip: the cache logic with a fake encoder (exact sizes, failures, no half
 * clip left behind), checkUplink's clip phase with that fake, and the real fluent-ffmpeg encoder
 * against the real ffmpeg — a clip is made; a cancel (before or after ffmpeg starts) and a
 * timeout end it — with no encoder process left when it resolves (checked on /proc by the
 * output's unique path).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, beforeAll, describe, expect, it } from 'vitest'
import { UPLINK_CLIP_SECONDS } from '../../../src/main/preflight/constants'
import { locateFfmpeg } from '../../../src/main/preflight/ffmpeg-locate'
import { checkUplink, realUplinkDeps } from '../../../src/main/preflight/uplink-check'
import {
  encodeClipWithFluent,
  ensureClip,
  splitInputs,
  type ClipEncodeCode,
  type ClipEncodeSpec,
  type EncodeClip
} from '../../../src/main/preflight/uplink-clip'

/** A generous hang guard for the real encodes (not a timing assertion). */
const REAL_TIMEOUT_MS = 60_000

const dirs: string[] = []
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true })
})
function tempDir(): string {
  const d = mkdtempSync(path.join(tmpdir(), 'uplink-clip-test-'))
  dirs.push(d)
  return d
}

/** A fake encoder: writes `bytes` to the output (when asked) and answers `code`. */
function fakeEncoder(
  code: ClipEncodeCode,
  bytes?: number
): EncodeClip & { calls: ClipEncodeSpec[] } {
  const calls: ClipEncodeSpec[] = []
  const encode = async (spec: ClipEncodeSpec): Promise<ClipEncodeCode> => {
    calls.push(spec)
    if (bytes !== undefined) writeFileSync(spec.output, Buffer.alloc(bytes))
    return code
  }
  return Object.assign(encode, { calls })
}

describe('clip cache (fake encoder)', () => {
  it('encodes once, names the clip by rate, measures size over length; reuses the cache', async () => {
    const cacheDir = tempDir()
    const bytes = 2_000_000
    const encodeClip = fakeEncoder('clip-encoded', bytes)
    const spec = { ffmpegPath: 'ffmpeg', kbps: 3300.4, cacheDir, timeoutMs: 1000 }
    const deps = { encodeClip, now: () => 42 }
    const first = await ensureClip(spec, deps)
    expect(first?.path).toBe(path.join(cacheDir, `clip-v1-3300k-${UPLINK_CLIP_SECONDS}s.flv`))
    expect(first?.kbps).toBeCloseTo((bytes * 8) / UPLINK_CLIP_SECONDS / 1000, 6)
    expect(encodeClip.calls).toHaveLength(1)
    expect(encodeClip.calls[0]).toMatchObject({ kbps: 3300.4, seconds: UPLINK_CLIP_SECONDS })
    expect(encodeClip.calls[0].output.endsWith('.part')).toBe(true)
    const second = await ensureClip(spec, deps)
    expect(second).toEqual(first)
    expect(encodeClip.calls).toHaveLength(1)
    expect(readdirSync(cacheDir)).toEqual([path.basename(first?.path ?? '')])
  })

  it('a failed, timed-out or cancelled encode leaves no clip and no partial file', async () => {
    for (const code of [
      'clip-encode-failed',
      'clip-encode-timeout',
      'clip-encode-cancelled'
    ] as const) {
      const cacheDir = tempDir()
      const r = await ensureClip(
        { ffmpegPath: 'ffmpeg', kbps: 1000, cacheDir, timeoutMs: 1000 },
        { encodeClip: fakeEncoder(code, 1234), now: () => 1 }
      )
      expect(r, code).toBeUndefined()
      expect(readdirSync(cacheDir), code).toEqual([])
    }
  })

  it('checkUplink: a clip that cannot be made is uplink-clip-failed; a cancel during it, cancelled', async () => {
    const input = { ffmpegPath: 'ffmpeg', output: 'rtmp://127.0.0.1:9/live/s', plannedKbps: 3000 }
    const failed = await checkUplink(
      input,
      { cacheDir: tempDir() },
      { ...realUplinkDeps, encodeClip: fakeEncoder('clip-encode-failed') }
    )
    expect(failed.code).toBe('uplink-clip-failed')
    const controller = new AbortController()
    const cancelling: EncodeClip = async () => {
      controller.abort()
      return 'clip-encode-cancelled'
    }
    const cancelled = await checkUplink(
      input,
      { cacheDir: tempDir() },
      { ...realUplinkDeps, encodeClip: cancelling },
      controller.signal
    )
    expect(cancelled.code).toBe('uplink-cancelled')
  })

  it('splits an input argument list into fluent-ffmpeg inputs', () => {
    expect(splitInputs(['-f', 'lavfi', '-re', '-i', 'a', '-i', 'b', '-f', 'x', '-i', 'c'])).toEqual(
      [
        { source: 'a', options: ['-f', 'lavfi', '-re'] },
        { source: 'b', options: [] },
        { source: 'c', options: ['-f', 'x'] }
      ]
    )
  })
})

/** Linux: processes whose command line names `needle` (the unique output path). */
function processesNaming(needle: string): number[] {
  const found: number[] = []
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    try {
      if (readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes(needle)) found.push(Number(entry))
    } catch {
      // the process left while we looked
    }
  }
  return found
}

describe('real encoder (fluent-ffmpeg, real ffmpeg)', () => {
  let ffmpegPath = ''
  beforeAll(async () => {
    const info = await locateFfmpeg()
    if (info.code !== 'ffmpeg-ok' || !info.path) throw new Error(`no usable ffmpeg: ${info.code}`)
    ffmpegPath = info.path
  })
  const spec = (output: string, seconds: number, timeoutMs = REAL_TIMEOUT_MS): ClipEncodeSpec => ({
    ffmpegPath,
    kbps: 1000,
    seconds,
    output,
    timeoutMs
  })
  const expectGone = (output: string): void => {
    if (process.platform === 'linux') expect(processesNaming(output)).toEqual([])
  }

  it(
    'encodes a clip of about the asked rate',
    async () => {
      const output = path.join(tempDir(), 'clip.flv')
      const code = await encodeClipWithFluent(spec(output, 4))
      expect(code).toBe('clip-encoded')
      const kbps = (statSync(output).size * 8) / 4 / 1000
      // CBR with padding: near the asked 1000 kbit/s (the container adds a little).
      expect(kbps).toBeGreaterThan(800)
      expect(kbps).toBeLessThan(1300)
      expectGone(output)
    },
    REAL_TIMEOUT_MS
  )

  it(
    'a cancel before ffmpeg starts: cancelled, and ffmpeg never stays',
    async () => {
      const output = path.join(tempDir(), 'early.flv')
      const controller = new AbortController()
      const pending = encodeClipWithFluent(spec(output, 3600), controller.signal)
      // Synchronously after run(): fluent-ffmpeg is still listing capabilities, no 'start' yet.
      controller.abort()
      expect(await pending).toBe('clip-encode-cancelled')
      expectGone(output)
    },
    REAL_TIMEOUT_MS
  )

  it(
    'a cancel while encoding: cancelled, process gone when it resolves',
    async () => {
      const output = path.join(tempDir(), 'mid.flv')
      const controller = new AbortController()
      const pending = encodeClipWithFluent(spec(output, 3600), controller.signal)
      // Whether this lands before or after 'start', the outcome must be the same.
      setTimeout(() => controller.abort(), 1500)
      expect(await pending).toBe('clip-encode-cancelled')
      expectGone(output)
    },
    REAL_TIMEOUT_MS
  )

  it(
    'the timeout stops a long encode: timeout, process gone',
    async () => {
      const output = path.join(tempDir(), 'slow.flv')
      expect(await encodeClipWithFluent(spec(output, 3600, 1500))).toBe('clip-encode-timeout')
      expectGone(output)
    },
    REAL_TIMEOUT_MS
  )

  it(
    'a binary that does not exist: failed, nothing started',
    async () => {
      const output = path.join(tempDir(), 'none.flv')
      const code = await encodeClipWithFluent({
        ...spec(output, 1),
        ffmpegPath: '/nonexistent/ffmpeg'
      })
      expect(code).toBe('clip-encode-failed')
      expectGone(output)
    },
    REAL_TIMEOUT_MS
  )
})
