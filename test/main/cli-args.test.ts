import { describe, expect, it } from 'vitest'
import { parseCliArgs } from '../../src/main/cli-args'

const URL = 'rtmp://push.example.com/live/s?txSecret=abc&txTime=5C271099'

describe('parseCliArgs', () => {
  it('parses check with every option', () => {
    const r = parseCliArgs([
      'check',
      URL,
      '--key',
      'k1',
      '--backup-key=k2',
      '--auth-delta',
      '600',
      '--show-hours',
      '2.5',
      '--dns',
      '127.0.0.1:5353',
      '--push-seconds',
      '4',
      '--json',
      '--lang',
      'zh-CN'
    ])
    expect(r).toEqual({
      ok: true,
      value: {
        command: 'check',
        options: {
          url: { url: URL },
          key: 'k1',
          backupKey: 'k2',
          authDeltaSec: 600,
          showLengthSec: 9000,
          dnsServer: '127.0.0.1:5353',
          pushSeconds: 4,
          noPush: false,
          pushRealStream: false,
          json: true,
          lang: 'zh-CN'
        }
      }
    })
  })

  it('takes keys from the environment when not on the command line', () => {
    const r = parseCliArgs(['check', URL], { PUSH_PREFLIGHT_KEY: 'envkey' })
    expect(r.ok && r.value.command === 'check' && r.value.options.key).toBe('envkey')
  })

  it('accepts the OBS pair', () => {
    const r = parseCliArgs(['check', '--server', 'rtmp://h/live/', '--stream-key', 's?txTime=1'])
    expect(r.ok && r.value.command === 'check' && r.value.options.url).toEqual({
      server: 'rtmp://h/live/',
      streamKey: 's?txTime=1'
    })
  })

  it.each([
    [[], 'help'],
    [['--help'], 'help'],
    [['check', '--help'], 'help'],
    [['--version'], 'version']
  ])('%j → %s', (argv, command) => {
    const r = parseCliArgs(argv)
    expect(r.ok && r.value.command).toBe(command)
  })

  it.each([
    [['check'], 'missing the push URL'],
    [['check', 'rtmp://h/live/s', 'txTime=1'], 'put the URL in quotes'],
    [['check', URL, '--push-seconds', '0'], '--push-seconds must be a whole number from 1 to 600'],
    [['check', URL, '--push-seconds', '1e3'], '--push-seconds must be'],
    [['check', URL, '--auth-delta', '-5'], '--auth-delta must be'],
    [['check', URL, '--lang', 'fr'], '--lang must be one of en, id, zh-CN'],
    [['check', URL, '--dns', 'a b'], '--dns must be an IP address with an optional port'],
    [
      ['check', URL, '--dns', 'dns.example.com'],
      '--dns must be an IP address with an optional port'
    ],
    [['check', URL, '--key'], '--key needs a value'],
    [['check', URL, '--json=1'], '--json takes no value'],
    [['check', URL, '--json', '--json'], '--json is given twice'],
    [['check', URL, '--bogus'], 'unknown option "--bogus"'],
    [['check', URL, '--no-push', '--push-real-stream'], 'contradict'],
    [['check', '--server', 'rtmp://h/live/'], 'needs both --server and --stream-key'],
    [[URL], 'missing the command'],
    [['frobnicate'], 'unknown command "frobnicate"'],
    [['check', 'x'.repeat(5000)], 'longer than 4096'],
    [['generate', '--stream', 's', '--key', 'k'], 'generate needs --domain']
  ])('%j is rejected with a clear message', (argv, message) => {
    const r = parseCliArgs(argv)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.error).toContain(message)
  })

  it('parses generate with defaults', () => {
    const r = parseCliArgs([
      'generate',
      '--domain',
      'push.example.com',
      '--stream',
      's',
      '--key',
      'k'
    ])
    expect(r).toEqual({
      ok: true,
      value: {
        command: 'generate',
        options: {
          domain: 'push.example.com',
          app: 'live',
          stream: 's',
          key: 'k',
          hours: 24,
          algorithm: 'md5',
          json: false
        }
      }
    })
  })
})

describe('parseCliArgs: the transport ladder', () => {
  const check = (...a: string[]): ReturnType<typeof parseCliArgs> =>
    parseCliArgs(['check', URL, ...a])
  it('reads --transports, the ports and --ca', () => {
    const r = check(
      '--transports',
      'srt,RTMP',
      '--rtmps-port',
      '8443',
      '--srt-port=9001',
      '--ca',
      '/tmp/ca.pem'
    )
    expect(r.ok && r.value.command === 'check' && r.value.options).toMatchObject({
      transports: ['rtmp', 'srt'],
      rtmpsPort: 8443,
      srtPort: 9001,
      caFile: '/tmp/ca.pem'
    })
  })
  it('leaves a plain check’s options as they were', () => {
    const r = check()
    expect(r.ok && r.value.command === 'check' && 'transports' in r.value.options).toBe(false)
  })
  it('refuses an unknown transport and a bad port in one line', () => {
    expect(check('--transports', 'rtmp,webrtc')).toEqual({
      ok: false,
      error: '--transports takes a comma-separated list of rtmp, rtmps, srt, got "webrtc"'
    })
    expect(check('--srt-port', '0')).toMatchObject({
      ok: false,
      error: expect.stringContaining('--srt-port must be a whole number from 1 to 65535')
    })
    expect(check('--rtmps-port', '70000')).toMatchObject({ ok: false })
    expect(check('--ca')).toEqual({ ok: false, error: '--ca needs a value' })
  })
  it('tells an srt:// URL given without a command to add `check`', () => {
    expect(parseCliArgs(['srt://h:9000?streamid=#!::r=live/s'])).toMatchObject({
      ok: false,
      error: expect.stringContaining('missing the command')
    })
  })
})

describe('--no-real-probe (the stream is live)', () => {
  it('sets realProbe false; absent, the options stay as they were; not with --push-real-stream', () => {
    const p = parseCliArgs(['check', 'rtmp://a/live/s', '--no-real-probe'])
    expect(p.ok && p.value.command === 'check' && p.value.options.realProbe).toBe(false)
    const plain = parseCliArgs(['check', 'rtmp://a/live/s'])
    expect(plain.ok && plain.value.command === 'check' && 'realProbe' in plain.value.options).toBe(
      false
    )
    const both = parseCliArgs(['check', 'rtmp://a/live/s', '--no-real-probe', '--push-real-stream'])
    expect(both.ok ? 'ok' : both.error).toMatch(/--push-real-stream would push to the live stream/)
  })

  it('--help says what the real-name probe does and when to use the flag', async () => {
    const { HELP } = await import('../../src/main/cli')
    expect(HELP).toMatch(/--no-real-probe\s+use while this stream is LIVE/)
    expect(HELP).toContain('replace the live one')
  })
})

describe('--bitrate: the shared planned-bitrate range', () => {
  it.each([
    ['0', false],
    ['1', true],
    ['100000', true],
    ['100001', false],
    ['2500.5', false]
  ])('--bitrate %s accepted: %s', (value, ok) => {
    const r = parseCliArgs(['check', URL, '--uplink', '--bitrate', value])
    expect(r.ok).toBe(ok)
    if (r.ok && r.value.command === 'check') expect(r.value.options.plannedKbps).toBe(Number(value))
    if (!r.ok)
      expect(r.error).toBe(`--bitrate must be a whole number from 1 to 100000, got "${value}"`)
  })

  it('the demo takes the same range', () => {
    expect(parseCliArgs(['demo', '--uplink', '--bitrate', '100001'])).toMatchObject({ ok: false })
    const r = parseCliArgs(['demo', '--uplink', '--bitrate', '6000'])
    expect(r.ok && r.value.command === 'demo' && r.value.options).toMatchObject({
      uplink: true,
      plannedKbps: 6000
    })
  })
})
