/**
 * Property tests of the ffmpeg-log parser: 10 000 generated lines and chunkings
 * per property. The classifier and the progress parser never throw and only produce well-formed
 * events; the line splitter loses no text, however the pipe cuts the stream, and stays bounded.
 */
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  classifyLine,
  createLineSplitter,
  parseProgressLine
} from '../../src/main/preflight/ffmpeg-log'
import { anyText, RUNS } from './arbitraries'

const EVENT_KINDS = [
  'tcp-connecting',
  'tcp-connected',
  'handshake-started',
  'handshake-answered',
  'connect-answered',
  'stream-creating',
  'publish-sent',
  'accepted',
  'progress',
  'server-error',
  'end',
  'exit-summary',
  'signal-exit'
]

/** Lines shaped like ffmpeg's own, with hostile values spliced in. */
const ffmpegLike = fc
  .tuple(
    fc.constantFrom(
      '[rtmp @ 0x55d0c0a0] Server error: ',
      '[tcp @ 0x1] Successfully connected to ',
      '[tcp @ 0xabc] Starting connection attempt to ',
      'frame=   90 fps= 30 q=-1.0 Lsize=  751kB time=',
      'size=N/A time=',
      'frame= bitrate=',
      '[rtmp @ 0x1] Handshaking...',
      'Output #0, flv, to ',
      'Exiting normally, received signal ',
      'video:1kB audio:2kB subtitle:',
      '[flv @ 0x2] ',
      'rtmp://127.0.0.1:1935/live/x: ',
      '[out#0/flv @ 0x3] ',
      'time=-00:00:01.00 speed=',
      ''
    ),
    fc.oneof(
      anyText,
      fc.constantFrom(
        '00:00:03.01 bitrate=2037.2kbits/s speed=1x',
        '99:99:99.99',
        'N/A',
        '1e308x',
        'Broken pipe',
        'Connection refused',
        '15',
        '-1'
      )
    )
  )
  .map(([a, b]) => a + b)

describe('ffmpeg log parsing on generated input', () => {
  it('classifyLine: any line → zero or more well-formed events, never a throw', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, ffmpegLike), (line) => {
        const events = classifyLine(line)
        expect(Array.isArray(events)).toBe(true)
        for (const e of events) {
          expect(EVENT_KINDS).toContain(e.kind)
          if (e.kind === 'signal-exit') expect(Number.isFinite(e.signal)).toBe(true)
        }
      }),
      RUNS
    )
  })

  it('parseProgressLine: undefined or a sample with finite, non-negative numbers', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, ffmpegLike), fc.integer({ min: 0, max: 1e9 }), (line, atMs) => {
        const s = parseProgressLine(line, atMs)
        if (s === undefined) return
        expect(s.atMs).toBe(atMs)
        expect(Number.isFinite(s.timeSec) && s.timeSec >= 0).toBe(true)
        for (const v of [s.frames, s.bytes, s.kbps, s.speed]) {
          if (v !== undefined) expect(Number.isNaN(v)).toBe(false)
        }
      }),
      RUNS
    )
  })

  it('createLineSplitter: any chunking gives the same lines as splitting the whole text', () => {
    const textAndCuts = fc
      .array(
        fc.oneof(
          fc.constantFrom('\r', '\n', '\r\n', 'frame=1', 'a', ' ', '直'),
          fc.string({ maxLength: 20 })
        ),
        { maxLength: 60 }
      )
      .map((parts) => parts.join(''))
      .chain((text) =>
        fc.tuple(
          fc.constant(text),
          fc.uniqueArray(fc.integer({ min: 0, max: text.length }), { maxLength: 20 })
        )
      )
    fc.assert(
      fc.property(textAndCuts, ([text, cuts]) => {
        const sorted = [...cuts].sort((a, b) => a - b)
        const chunks: string[] = []
        let from = 0
        for (const c of sorted) {
          chunks.push(text.slice(from, c))
          from = c
        }
        chunks.push(text.slice(from))
        const sp = createLineSplitter()
        const got = [...chunks.flatMap((c) => sp.push(c)), ...sp.flush()]
        expect(got).toEqual(text.split(/\r\n|\r|\n/).filter((l) => l.length > 0))
      }),
      RUNS
    )
  })

  it('createLineSplitter: memory stays bounded and no character is lost on huge unterminated input', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(anyText, fc.constantFrom('\n', '\r')), { maxLength: 8 }),
        fc.integer({ min: 1, max: 500 }),
        (chunks, maxBuffer) => {
          const sp = createLineSplitter(maxBuffer)
          const out: string[] = []
          for (const c of chunks) {
            const lines = sp.push(c)
            // A forced line holds at most the buffer plus the chunk that overflowed it.
            for (const l of lines) expect(l.length).toBeLessThanOrEqual(maxBuffer + c.length)
            out.push(...lines)
          }
          out.push(...sp.flush())
          expect(out.join('')).toBe(chunks.join('').replace(/[\r\n]/g, ''))
        }
      ),
      { ...RUNS, numRuns: 10_000 }
    )
  })
})
