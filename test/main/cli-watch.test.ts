import { spawn, type ChildProcess } from 'node:child_process'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { EXIT, HELP, main } from '../../src/main/cli'
import { parseCliArgs } from '../../src/main/cli-args'
import { computeTxSecret } from '../../src/main/preflight/signature-check'
import type { WatchRound } from '../../src/shared/watch'
import { startDnsServer, type DnsServerFixture } from '../fixtures/dns-server'
import { startIngest, type Ingest } from '../fixtures/rtmp-ingest'
import { stopChild } from '../helpers/child'
import { memoryIo } from '../helpers/memory-io'

const KEY = 'cli-watch-key-0123456789'
const HOST = 'push.cliwatch.test'

function signedUrl(port: number, stream: string, validSec: number): string {
  const txTime = Math.floor(Date.now() / 1000 + validSec)
    .toString(16)
    .toUpperCase()
  return `rtmp://${HOST}:${port}/live/${stream}?txSecret=${computeTxSecret(KEY, stream, txTime, 'md5')}&txTime=${txTime}`
}

let ingest: Ingest
let dns: DnsServerFixture
beforeAll(async () => {
  ingest = await startIngest({ key: KEY })
  dns = await startDnsServer({
    [HOST]: { cname: 'cliwatch.test.tlivepush.com' },
    'cliwatch.test.tlivepush.com': { a: ['127.0.0.1'] }
  })
})
afterAll(async () => {
  await ingest.close()
  await dns.close()
})

describe('watch arguments', () => {
  it('parses durations, count, key and --until', () => {
    const r = parseCliArgs([
      'watch',
      'rtmp://h/live/s',
      '--every',
      '30s',
      '--count',
      '4',
      '--key',
      'k',
      '--until',
      '22:30'
    ])
    expect(r).toEqual({
      ok: true,
      value: {
        command: 'watch',
        options: expect.objectContaining({
          everyMs: 30_000,
          count: 4,
          key: 'k',
          until: '22:30',
          json: false
        })
      }
    })
    const d = parseCliArgs(['watch', 'rtmp://h/live/s'])
    expect(d.ok && d.value.command === 'watch' && d.value.options.everyMs).toBe(300_000)
    const h = parseCliArgs(['watch', 'rtmp://h/live/s', '--every', '1h'])
    expect(h.ok && h.value.command === 'watch' && h.value.options.everyMs).toBe(3_600_000)
  })

  it.each([
    [['--every', '500ms'], /--every must be a time from 1s/],
    [['--every', '0.5s'], /--every must be a time from 1s/],
    [['--every', 'soon'], /--every must be a time/],
    [['--count', '0'], /--count must be a whole number from 1/],
    [['--count', '-3'], /--count needs a value|--count must be/],
    [['--until', '24:00'], /--until must be a 24-hour time/],
    [['--until', '21:00', '--show-hours', '2'], /drop one/]
  ])('%j: one line on stderr, exit 2, nothing run', async (extra, message) => {
    const io = memoryIo()
    expect(await main(['watch', 'rtmp://127.0.0.1:1/live/s', ...extra], io)).toBe(EXIT.badInput)
    expect(io.err).toMatch(message)
    expect(io.err.trim().split('\n')).toHaveLength(1)
    expect(io.out).toBe('')
  })

  it('the help names the watch command and its options', () => {
    expect(HELP).toContain('push-preflight watch <push-url>')
    expect(HELP).toContain('--every TIME')
  })
})

describe('watch in process', () => {
  it('--json: one parseable round per line, exit 0 after --count', async () => {
    const io = memoryIo()
    const url = signedUrl(ingest.port, 'cw_json', 20 * 3600)
    const code = await main(
      [
        'watch',
        url,
        '--every',
        '1s',
        '--count',
        '2',
        '--key',
        KEY,
        '--dns',
        `127.0.0.1:${dns.port}`,
        '--json'
      ],
      { ...io, watchEngine: { sleep: async () => undefined } }
    )
    expect(code).toBe(EXIT.ok)
    const lines = io.out.trim().split('\n')
    expect(lines).toHaveLength(2)
    const rounds = lines.map((l) => JSON.parse(l) as WatchRound)
    expect(rounds.map((r) => r.index)).toEqual([1, 2])
    expect(rounds.every((r) => r.verdict === 'ok' && r.probe === 'publish-accepted')).toBe(true)
    expect(io.out).not.toContain(KEY)
    expect(io.err).toBe('')
  })

  it('human lines in Indonesian; a failing last round exits 1', async () => {
    const io = memoryIo()
    const code = await main(
      ['watch', 'rtmp://127.0.0.1:1/live/s', '--every', '1s', '--count', '1', '--lang', 'id'],
      { ...io, watchEngine: { sleep: async () => undefined } }
    )
    expect(code).toBe(EXIT.notReady)
    expect(io.out).toContain('Memantau 127.0.0.1:1 setiap 1 detik, 1 putaran')
    expect(io.out).toMatch(
      /#1 {2}✕ Gagal · tidak tersambung · URL tanpa txTime · port ingest tidak menjawab/
    )
  })

  it('Ctrl-C between rounds: exit 130 and a "stopped" line', async () => {
    const url = signedUrl(ingest.port, 'cw_int', 20 * 3600)
    const io = memoryIo()
    const code = await main(['watch', url, '--every', '1h', '--dns', `127.0.0.1:${dns.port}`], {
      ...io,
      // The first wait is where Ctrl-C comes; the real sleep must end on it at once.
      watchEngine: {
        sleep: (_ms, signal) => {
          io.interrupt()
          return new Promise((resolve) =>
            signal?.aborted ? resolve() : signal?.addEventListener('abort', () => resolve())
          )
        }
      }
    })
    expect(code).toBe(EXIT.cancelled)
    expect(io.out).toMatch(/#1 {2}✓ OK · RTT [\d.]+ ms · URL expires in (19 h 59 min|20 h)/)
    expect(io.err).toContain('Stopped after 1 rounds.')
  })
})

describe('bin/push-preflight watch (a real process)', () => {
  const bin = join(__dirname, '../../bin/push-preflight.cjs')
  let child: ChildProcess | undefined
  afterEach(async () => {
    if (child) await stopChild(child)
    child = undefined
  })

  it('SIGINT ends it: exit 130, JSON lines parse, the process is gone', async () => {
    const url = signedUrl(ingest.port, 'cw_bin', 20 * 3600)
    const c = spawn(
      process.execPath,
      [
        bin,
        'watch',
        url,
        '--every',
        '1s',
        '--key',
        KEY,
        '--dns',
        `127.0.0.1:${dns.port}`,
        '--json'
      ],
      {
        stdio: ['ignore', 'pipe', 'pipe']
      }
    )
    child = c
    let out = ''
    let sent = false
    c.stdout!.on('data', (d: Buffer) => {
      out += d.toString()
      // Two whole rounds printed: the watch is looping; stop it.
      if (!sent && out.split('\n').length > 2) {
        sent = true
        c.kill('SIGINT')
      }
    })
    const hangGuard = setTimeout(() => c.kill('SIGKILL'), 60_000)
    const code = await new Promise<number | null>((resolve) => c.on('close', (n) => resolve(n)))
    clearTimeout(hangGuard)
    expect(sent).toBe(true)
    expect(code).toBe(130)
    const rounds = out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as WatchRound)
    expect(rounds.length).toBeGreaterThanOrEqual(2)
    expect(rounds[0].verdict).toBe('ok')
    expect(c.exitCode).toBe(130)
    // Only probe stream names reached the ingest; every session it saw is closed.
    const mine = ingest.attempts.filter((a) => a.stream.startsWith('cw_bin'))
    expect(mine.length).toBeGreaterThanOrEqual(2)
    expect(mine.every((a) => /^cw_bin_preflight_/.test(a.stream))).toBe(true)
  }, 90_000)
})
