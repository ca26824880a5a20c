import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { EXIT, main } from '../../src/main/cli'
import { computeTxSecret } from '../../src/main/preflight/signature-check'
import type { Report } from '../../src/shared/report'
import { startDnsServer, type DnsServerFixture } from '../fixtures/dns-server'
import { startIngest, type Ingest } from '../fixtures/rtmp-ingest'
import { pidAlive } from '../fixtures/rtmp-ingest-push'
import { memoryIo } from '../helpers/memory-io'

const KEY = 'cli-test-key-0123456789'
const HOST = 'push.cli.test'

function signedUrl(port: number, stream: string, validSec: number, key = KEY): string {
  const txTime = Math.floor(Date.now() / 1000 + validSec)
    .toString(16)
    .toUpperCase()
  return `rtmp://${HOST}:${port}/live/${stream}?txSecret=${computeTxSecret(key, stream, txTime, 'md5')}&txTime=${txTime}`
}

let ingest: Ingest
let dns: DnsServerFixture
beforeAll(async () => {
  ingest = await startIngest({ key: KEY })
  dns = await startDnsServer({
    [HOST]: { cname: 'cli.test.tlivepush.com' },
    'cli.test.tlivepush.com': { a: ['127.0.0.1'] }
  })
})
afterAll(async () => {
  await ingest.close()
  await dns.close()
})

describe('CLI', () => {
  it('--json prints exactly the report, ready, exit 0, and never the key or full txSecret', async () => {
    const io = memoryIo()
    const url = signedUrl(ingest.port, 'cli_ok', 20 * 3600)
    const secret = new URL(url.replace('rtmp:', 'http:')).searchParams.get('txSecret') ?? ''
    const code = await main(
      [
        'check',
        url,
        '--key',
        KEY,
        '--dns',
        `127.0.0.1:${dns.port}`,
        '--push-seconds',
        '2',
        '--json'
      ],
      io
    )
    expect(code).toBe(EXIT.ok)
    const report = JSON.parse(io.out) as Report
    expect(report.kind).toBe('push-preflight-report')
    expect(report.verdict).toBe('ready')
    expect(report.checks.testPush?.code).toBe('push-ok')
    expect(io.out).not.toContain(KEY)
    expect(io.out).not.toContain(secret)
    expect(io.err).toBe('')
    const pid = report.checks.testPush?.evidence.pid
    expect(pid && pidAlive(pid)).toBe(false)
  })

  it('human output: phase lines, verdict and the cause with its fix; exit 1 when not ready', async () => {
    const io = memoryIo()
    const code = await main(
      [
        'check',
        signedUrl(ingest.port, 'cli_exp', -3600),
        '--dns',
        `127.0.0.1:${dns.port}`,
        '--no-push'
      ],
      io
    )
    expect(code).toBe(EXIT.notReady)
    expect(io.out).toMatch(/✓ DNS/)
    expect(io.out).toMatch(/✕ Publish \(no media\)/)
    expect(io.out).toContain('Not ready')
    expect(io.out).toContain('Step 3 · URL expiry (txTime) [Problem, confirmed]')
    expect(io.out).toContain('What to do:')
  })

  it('answers in the language asked for', async () => {
    const io = memoryIo()
    await main(
      [
        'check',
        signedUrl(ingest.port, 'cli_lang', 20 * 3600),
        '--dns',
        `127.0.0.1:${dns.port}`,
        '--no-push',
        '--lang',
        'en'
      ],
      io
    )
    expect(io.out).toContain('Push Preflight')
  })

  it.each([
    [['check', 'http://x/live/y'], /starts with “http:\/\/”/],
    [['check', 'rtmp://h/live/s', '--push-seconds', 'abc'], /--push-seconds must be/],
    [['check', 'rtmp://h/live/s', '--dns', 'not a server'], /--dns must be/],
    [['check', 'rtmp://h/live/s', '--dns', 'dns.example.com'], /--dns must be an IP address/],
    [['nonsense'], /unknown command/],
    [['generate', '--domain', 'rtmp://x', '--stream', 's', '--key', 'k'], /domain name only/]
  ])('bad input %j: exit 2 with one line on stderr', async (argv, message) => {
    const io = memoryIo()
    expect(await main(argv, io)).toBe(EXIT.badInput)
    expect(io.err).toMatch(message)
    expect(io.err.trim().split('\n')).toHaveLength(1)
    expect(io.err).not.toMatch(/\n\s+at /)
    expect(io.out).toBe('')
  })

  it('--help documents every option', async () => {
    const io = memoryIo()
    expect(await main(['--help'], io)).toBe(0)
    for (const opt of [
      '--key',
      '--backup-key',
      '--auth-delta',
      '--dns',
      '--push-seconds',
      '--no-push',
      '--push-real-stream',
      '--json',
      '--lang'
    ]) {
      expect(io.out).toContain(opt)
    }
  })

  it('generate prints a signed URL', async () => {
    const io = memoryIo({ env: { PUSH_PREFLIGHT_KEY: 'somestring' } })
    expect(await main(['generate', '--domain', 'push.example.com', '--stream', 'test'], io)).toBe(0)
    const m = io.out
      .trim()
      .match(
        /^rtmp:\/\/push\.example\.com\/live\/test\?txSecret=([0-9a-f]{32})&txTime=([0-9A-F]+)$/
      )
    expect(m?.[1]).toBe(computeTxSecret('somestring', 'test', m?.[2] ?? '', 'md5'))
  })

  it('Ctrl-C during the test push stops ffmpeg and exits 130', async () => {
    const io = memoryIo()
    const run = main(
      [
        'check',
        signedUrl(ingest.port, 'cli_cancel', 20 * 3600),
        '--key',
        KEY,
        '--dns',
        `127.0.0.1:${dns.port}`,
        '--push-seconds',
        '30',
        '--json'
      ],
      io
    )
    // Interrupt once the probe stream is being published (bounded wait).
    const deadline = Date.now() + 15_000
    while (
      !ingest.attempts.some((a) => a.stream.startsWith('cli_cancel_preflight_') && a.accepted) &&
      Date.now() < deadline
    ) {
      await new Promise((r) => setTimeout(r, 50))
    }
    io.interrupt()
    expect(await run).toBe(EXIT.cancelled)
    const report = JSON.parse(io.out) as Report
    expect(report.cancelled).toBe(true)
    expect(report.checks.testPush?.code).toBe('push-cancelled')
    const pid = report.checks.testPush?.evidence.pid
    expect(pid).toBeGreaterThan(0)
    expect(pidAlive(pid ?? 0)).toBe(false)
  })
})

describe('CLI: bad input for the transport ladder', () => {
  it.each([
    [
      'a malformed SRT stream id',
      ['check', 'srt://push.example.com:9000?streamid=live/show'],
      /streamid “live\/show” is not in the form/
    ],
    [
      'an SRT URL without r=',
      ['check', 'srt://push.example.com:9000?streamid=#!::h=push.example.com,txTime=5C271099'],
      /no r=<AppName>\/<StreamName>/
    ],
    [
      'an rtmps:// URL with port 0',
      ['check', 'rtmps://push.example.com:0/live/show?txSecret=ab&txTime=5C271099'],
      /port “0” is not a valid port/
    ],
    [
      'an unknown transport',
      ['check', 'rtmp://push.example.com/live/show', '--transports', 'rtmp,quic'],
      /--transports takes/
    ],
    [
      'a CA file that is not there',
      ['check', 'rtmp://push.example.com/live/show', '--ca', '/nonexistent/ca.pem'],
      /--ca \/nonexistent\/ca\.pem: cannot read it \(ENOENT\)/
    ]
  ])('%s: one line, exit 2, nothing dialled', async (_label, argv, message) => {
    const io = memoryIo()
    expect(await main(argv, io)).toBe(EXIT.badInput)
    expect(io.err).toMatch(message)
    expect(io.err.trim().split('\n')).toHaveLength(1)
    expect(io.err).not.toMatch(/\bat .*\.ts:\d+/)
    expect(io.out).toBe('')
  })
})

describe('bin/push-preflight (a real process)', () => {
  const bin = join(__dirname, '../../bin/push-preflight.cjs')
  const run = (
    args: string[],
    onStdout?: (text: string, child: ReturnType<typeof spawn>) => void
  ): Promise<{ code: number | null; out: string; err: string }> =>
    new Promise((resolve) => {
      const child = spawn(process.execPath, [bin, ...args], { stdio: ['ignore', 'pipe', 'pipe'] })
      let out = ''
      let err = ''
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString()
        onStdout?.(out, child)
      })
      child.stderr.on('data', (d: Buffer) => (err += d.toString()))
      const timer = setTimeout(() => child.kill('SIGKILL'), 20_000)
      child.on('close', (code) => {
        clearTimeout(timer)
        resolve({ code, out, err })
      })
    })

  it('prints help and exits 0', async () => {
    const r = await run(['--help'])
    expect(r.code).toBe(0)
    expect(r.out).toContain('push-preflight check <push-url>')
  })

  it('exits 2 with one line and no stack trace on a bad URL', async () => {
    const r = await run(['check', 'srt://push.example.com:9000'])
    expect(r.code).toBe(2)
    expect(r.err.trim().split('\n')).toHaveLength(1)
    expect(r.err).toContain('push-preflight:')
  })

  it('SIGINT during the test push: ffmpeg is stopped, exit 130', async () => {
    let interrupted = false
    const r = await run(
      [
        'check',
        signedUrl(ingest.port, 'bin_cancel', 20 * 3600),
        '--key',
        KEY,
        '--dns',
        `127.0.0.1:${dns.port}`,
        '--push-seconds',
        '30'
      ],
      (out, child) => {
        // The second progress line of the push means media is flowing.
        if (!interrupted && /\n {4}\d+\.\d s/.test(out)) {
          interrupted = true
          child.kill('SIGINT')
        }
      }
    )
    expect(interrupted).toBe(true)
    expect(r.code).toBe(130)
    expect(r.err).toContain('Cancelled')
    const probe = ingest.attempts.find((a) => a.stream.startsWith('bin_cancel_preflight_'))
    expect(probe?.accepted).toBe(true)
    // The ingest saw the publisher leave: ffmpeg is gone, not orphaned.
    await ingest.waitForClosed(probe!, 5000)
  })
})
