import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  classifyLine,
  createLineSplitter,
  createStderrTail,
  parseProgressLine,
  redactLine
} from '../../../src/main/preflight/ffmpeg-log'
import { analyzePushLog } from '../../../src/main/preflight/ffmpeg-push'
import { PUSH_STDERR_TAIL_LINES } from '../../../src/main/preflight/constants'

const LOGS = path.resolve(__dirname, '../../fixtures/ffmpeg-logs')
const read = (name: string): string => readFileSync(path.join(LOGS, `${name}.log`), 'utf8')

/** Split a whole log the way a live run would, in one chunk. */
function linesOf(text: string): string[] {
  const s = createLineSplitter()
  return [...s.push(text), ...s.flush()]
}

describe('createLineSplitter', () => {
  it('gives the same lines whatever the chunk boundaries (1-byte and 7-byte chunks)', () => {
    const text = read('cut')
    const whole = linesOf(text)
    for (const size of [1, 7, 4096]) {
      const s = createLineSplitter()
      const got: string[] = []
      for (let i = 0; i < text.length; i += size) got.push(...s.push(text.slice(i, i + size)))
      got.push(...s.flush())
      expect(got).toEqual(whole)
    }
  })

  it('splits \\r progress lines from the debug lines written after them', () => {
    const s = createLineSplitter()
    expect(
      s.push('frame=  1 time=00:00:00.03 bitrate=1kbits/s speed=1x    \r[rtmp @ 0x1] Del')
    ).toEqual(['frame=  1 time=00:00:00.03 bitrate=1kbits/s speed=1x    '])
    expect(s.push('eting stream...\r')).toEqual(['[rtmp @ 0x1] Deleting stream...'])
    // \r\n split across two chunks makes no empty line.
    expect(s.push('\nlast')).toEqual([])
    expect(s.flush()).toEqual(['last'])
    expect(s.flush()).toEqual([])
  })

  it('bounds a runaway partial line', () => {
    const s = createLineSplitter(10)
    expect(s.push('x'.repeat(25))).toEqual(['x'.repeat(25)])
    expect(s.flush()).toEqual([])
  })
})

describe('redactLine', () => {
  it('keeps the first 4 characters of txSecret', () => {
    expect(
      redactLine("Sending publish command for 'a?txSecret=5f2b9a7c1d3e4f60&txTime=6B0869D7'")
    ).toBe("Sending publish command for 'a?txSecret=5f2b…&txTime=6B0869D7'")
  })

  it('masks other key-like values, URL user info and bare hex keys', () => {
    expect(redactLine('rtmp://u:pw@h/live/s?key=abcdefgh&token=zz')).toBe(
      'rtmp://…@h/live/s?key=abcd…&token=…'
    )
    expect(redactLine('key e12c46f2612d5106e2034781ab261ca3 here')).toBe('key e12c… here')
    // ffmpeg's pointers and readable stream names stay.
    expect(redactLine('[rtmp @ 0x55d0c0a0f040] live/test_preflight_ab12')).toBe(
      '[rtmp @ 0x55d0c0a0f040] live/test_preflight_ab12'
    )
  })

  it.each([
    'accepted',
    'rejected-nms',
    'already-publishing',
    'cut',
    'refused',
    'push-ok',
    'push-silent'
  ])('leaves no full txSecret in the stored tail or evidence of %s.log', (name) => {
    const text = read(name)
    const secrets = [...text.matchAll(/txSecret=([0-9a-f]{8,})/g)].map((m) => m[1])
    expect(secrets.length).toBeGreaterThan(0)
    const { evidence } = analyzePushLog(text, { code: 1, signal: null }, 3)
    const all = linesOf(text).map(redactLine).join('\n') + JSON.stringify(evidence)
    for (const secret of secrets) expect(all).not.toContain(secret)
  })
})

describe('parseProgressLine', () => {
  it('parses frames, bytes, time, bitrate and speed', () => {
    expect(
      parseProgressLine(
        'frame=   90 fps= 30 q=-1.0 Lsize=     751kB time=00:00:03.01 bitrate=2037.2kbits/s speed=   1x    ',
        42
      )
    ).toEqual({ atMs: 42, frames: 90, bytes: 751 * 1024, timeSec: 3.01, kbps: 2037.2, speed: 1 })
  })

  it('reads ffmpeg 6+ KiB sizes and N/A values', () => {
    expect(
      parseProgressLine(
        'frame=  12 fps=0.0 q=21.0 size=     1KiB time=00:01:02.50 bitrate=N/A speed=0.5x'
      )
    ).toEqual({ atMs: 0, frames: 12, bytes: 1024, timeSec: 62.5, speed: 0.5 })
    expect(parseProgressLine('size=N/A time=N/A bitrate=N/A speed=N/A')).toBeUndefined()
  })

  it("ignores libx264's own per-frame debug lines", () => {
    expect(
      parseProgressLine('[libx264 @ 0x39c76040] frame=   0 QP=20.00 NAL=3 Slice:I size=15680 bytes')
    ).toBeUndefined()
  })
})

describe('classifyLine', () => {
  it('reads the RTMP phases', () => {
    expect(classifyLine('[tcp @ 0x1] Successfully connected to 127.0.0.1 port 1935')).toEqual([
      { kind: 'tcp-connected', address: '127.0.0.1 port 1935' }
    ])
    expect(classifyLine('[rtmp @ 0x1] Type answer 3')[0].kind).toBe('handshake-answered')
    // Older builds say "Server bandwidth", newer "Window acknowledgement size".
    expect(classifyLine('[rtmp @ 0x1] Server bandwidth = 2500000')[0].kind).toBe('connect-answered')
    expect(classifyLine("[rtmp @ 0x1] Sending publish command for 'x'")[0].kind).toBe(
      'publish-sent'
    )
    expect(classifyLine("Output #0, flv, to 'rtmp://127.0.0.1/live/x':")[0].kind).toBe('accepted')
  })

  it('reads the server error and the end kinds', () => {
    expect(classifyLine('[rtmp @ 0x2afd6f40] Server error: Already publishing')).toEqual([
      { kind: 'server-error', text: 'Already publishing' },
      { kind: 'end', end: 'server-error' }
    ])
    expect(classifyLine('av_interleaved_write_frame(): Broken pipe')).toEqual([
      { kind: 'end', end: 'broken-pipe' }
    ])
    // ffmpeg 6+ wording and context.
    expect(
      classifyLine('[out#0/flv @ 0x5] Error writing trailer: Connection reset by peer')
    ).toEqual([{ kind: 'end', end: 'connection-reset' }])
    expect(
      classifyLine(
        '[tcp @ 0x1] Failed to resolve hostname push.example.test: Name or service not known'
      )
    ).toEqual([{ kind: 'end', end: 'resolve-failed' }])
    // The echo of the command line is not an error, even when the URL contains error words.
    expect(
      classifyLine("Reading option 'rtmp://h/End of file' ... matched as output url.")
    ).toEqual([])
    // Encoder noise is never an end.
    expect(
      classifyLine('[aac @ 0x1] Trying to remove 888 more samples than there are in the queue')
    ).toEqual([])
  })
})

describe('createStderrTail', () => {
  it('keeps a capped, redacted tail without encoder noise', () => {
    const tail = createStderrTail()
    for (const line of linesOf(read('accepted'))) tail.add(line)
    const lines = tail.lines()
    expect(lines.length).toBeLessThanOrEqual(PUSH_STDERR_TAIL_LINES)
    expect(lines.some((l) => l.includes('libx264 @'))).toBe(false)
    expect(lines.some((l) => /whitelist|^\s+Total:|Reading option/.test(l))).toBe(false)
    expect(lines.some((l) => l.includes('Sending publish command'))).toBe(true)
    expect(lines.some((l) => l.includes('UnPublishing stream'))).toBe(true)
  })
})

// Each recorded log, judged offline with the exit status it had (index.json / push-index.json).
describe('analyzePushLog on recorded logs', () => {
  const cases: Array<{
    name: string
    exit: number
    signal?: string
    window: number
    code: string
    end: string
    phases: string[]
  }> = [
    {
      name: 'accepted',
      exit: 0,
      window: 3,
      code: 'push-ok',
      end: 'completed',
      phases: ['publish-sent', 'accepted', 'media-flowing']
    },
    {
      name: 'push-ok',
      exit: 0,
      window: 2,
      code: 'push-ok',
      end: 'completed',
      phases: ['accepted', 'media-flowing']
    },
    // node-media-server style: Publish.Start, then closed at once — NOT success.
    {
      name: 'rejected-nms',
      exit: 1,
      window: 3,
      code: 'push-rejected-at-publish',
      end: 'end-of-file',
      phases: ['publish-sent', 'accepted', 'ended']
    },
    {
      name: 'in-use-nms',
      exit: 1,
      window: 3,
      code: 'push-rejected-at-publish',
      end: 'end-of-file',
      phases: ['accepted', 'ended']
    },
    {
      name: 'rejected-nginx',
      exit: 1,
      window: 3,
      code: 'push-rejected-at-publish',
      end: 'io-error',
      phases: ['publish-sent', 'ended']
    },
    {
      name: 'already-publishing',
      exit: 1,
      window: 3,
      code: 'push-server-error',
      end: 'server-error',
      phases: ['publish-sent', 'server-error']
    },
    {
      name: 'cut',
      exit: 1,
      window: 4,
      code: 'push-dropped',
      end: 'broken-pipe',
      phases: ['accepted', 'media-flowing', 'ended']
    },
    {
      name: 'refused',
      exit: 1,
      window: 3,
      code: 'push-connect-failed',
      end: 'connection-refused',
      phases: ['tcp-connecting', 'ended']
    },
    {
      name: 'push-silent',
      exit: 1,
      window: 2,
      code: 'push-timeout-silent',
      end: 'connection-timed-out',
      phases: ['tcp-connected', 'handshake-started', 'ended']
    },
    {
      name: 'push-http-reply',
      exit: 1,
      window: 2,
      code: 'push-handshake-failed',
      end: 'end-of-file',
      phases: ['handshake-started', 'ended']
    },
    {
      name: 'push-reset-handshake',
      exit: 1,
      window: 2,
      code: 'push-handshake-failed',
      end: 'connection-reset',
      phases: ['handshake-started', 'ended']
    },
    {
      name: 'push-sigterm',
      exit: 255,
      window: 4,
      code: 'push-dropped',
      end: 'signal',
      phases: ['accepted', 'media-flowing']
    }
  ]

  it.each(cases)('$name.log → $code ($end)', (c) => {
    const { code, evidence } = analyzePushLog(
      read(c.name),
      { code: c.exit, signal: null },
      c.window
    )
    expect(code).toBe(c.code)
    expect(evidence.end?.kind).toBe(c.end)
    const phases = evidence.timeline.map((t) => t.phase)
    // The expected phases appear, in this order.
    const idx = c.phases.map((p) => phases.indexOf(p as (typeof phases)[number]))
    expect(idx.every((i) => i >= 0)).toBe(true)
    expect([...idx].sort((a, b) => a - b)).toEqual(idx)
  })

  it('keeps the server words and progress samples', () => {
    const busy = analyzePushLog(read('already-publishing'), { code: 1, signal: null }, 3).evidence
    expect(busy.serverError).toBe('Already publishing')
    expect(busy.publishStartSeen).toBe(false)
    const ok = analyzePushLog(read('accepted'), { code: 0, signal: null }, 3).evidence
    expect(ok.sustained).toBe(true)
    expect(ok.progress.length).toBeGreaterThan(2)
    expect(ok.progress.at(-1)).toMatchObject({
      frames: expect.any(Number),
      kbps: expect.any(Number)
    })
    expect(ok.mediaSec).toBeGreaterThanOrEqual(2.5)
    const cut = analyzePushLog(read('cut'), { code: 1, signal: null }, 4).evidence
    expect(cut.end).toMatchObject({ afterMedia: true, afterAccept: true })
    expect(cut.sustained).toBe(false)
  })

  it('does not call a short push sustained', () => {
    // The same clean log judged against a longer window than was pushed.
    const { code, evidence } = analyzePushLog(read('push-ok'), { code: 0, signal: null }, 8)
    expect(evidence.sustained).toBe(false)
    expect(code).not.toBe('push-ok')
  })
})
