/**
 * The CLI's support link: `check '<link>' --url-query …` runs the check the link describes
 * against a real loopback ingest and DNS server; `--share-link` prints the link of a check; every
 * misuse is one line and exit 2, and no secret reaches a link or an error line.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { EXIT, main } from '../../src/main/cli'
import { parseCliArgs } from '../../src/main/cli-args'
import { prepareCheckArgs } from '../../src/main/cli-link'
import { computeTxSecret } from '../../src/main/preflight/signature-check'
import { parseDeepLink } from '../../src/shared/deep-link'
import type { Report } from '../../src/shared/report'
import { startDnsServer, type DnsServerFixture } from '../fixtures/dns-server'
import { startIngest, type Ingest } from '../fixtures/rtmp-ingest'
import { memoryIo } from '../helpers/memory-io'

const KEY = 'cli-link-test-key-0123'
const HOST = 'push.link.test'
const LINK =
  'push-preflight://check?domain=push.example.com&app=live&stream=show1&push-seconds=20&transports=rtmp%2Csrt'
const SECRET = 'f85a2ab363fe4deaffef9754d79da6fe'
const SIG = `txSecret=${SECRET}&txTime=5C271099`

describe('prepareCheckArgs', () => {
  it('turns a link and the signature into the push URL and the link’s options as flags', () => {
    expect(prepareCheckArgs([LINK, '--url-query', SIG, '--json'])).toEqual({
      ok: true,
      args: [
        `rtmp://push.example.com/live/show1?${SIG}`,
        '--transports=rtmp,srt',
        '--push-seconds=20',
        '--json'
      ]
    })
  })

  it('lets a flag typed on the command line win over the link’s', () => {
    const r = parseCliArgs(['check', LINK, `--url-query=?${SIG}`, '--push-seconds', '5'])
    expect(r.ok && r.value.command === 'check' && r.value.options).toMatchObject({
      pushSeconds: 5,
      transports: ['rtmp', 'srt']
    })
  })

  it('takes the user’s full push URL instead of --url-query when it is for the same stream', () => {
    const url = `rtmp://push.example.com:1935/live/show1?${SIG}`
    expect(prepareCheckArgs([url, LINK])).toMatchObject({
      ok: true,
      args: [url, '--transports=rtmp,srt', '--push-seconds=20']
    })
  })

  it('leaves arguments without a link as they are', () => {
    expect(prepareCheckArgs(['rtmp://h.example.com/live/s', '--json'])).toEqual({
      ok: true,
      args: ['rtmp://h.example.com/live/s', '--json']
    })
  })
})

describe('CLI: support link misuse is one line, exit 2', () => {
  it.each([
    [
      'a link without a signature',
      ['check', LINK],
      /this support link opens a check of rtmp:\/\/push\.example\.com\/live\/show1: add your signature with --url-query/
    ],
    [
      'a link with a secret',
      ['check', LINK + '&txSecret=' + SECRET],
      /the support link: .*carries a secret \(txSecret\)/
    ],
    [
      'a link with an unknown field',
      ['check', LINK + '&colour=red', '--url-query', SIG],
      /does not know: “colour”/
    ],
    [
      'an oversize link',
      ['check', LINK + '&stream=' + 'a'.repeat(2000), '--url-query', SIG],
      /too long/
    ],
    ['two links', ['check', LINK, LINK, '--url-query', SIG], /one support link, not several/],
    [
      '--url-query without a link',
      ['check', 'rtmp://h.example.com/live/s', '--url-query', SIG],
      /--url-query goes with a support link/
    ],
    [
      '--url-query with another parameter',
      ['check', LINK, '--url-query', `${SIG}&key=abc`],
      /takes only txSecret and txTime/
    ],
    [
      '--url-query with a broken value',
      ['check', LINK, '--url-query', 'txSecret=a b&txTime=5C271099'],
      /txSecret is missing or not letters and digits/
    ],
    [
      '--url-query and a push URL',
      ['check', LINK, '--url-query', SIG, `rtmp://push.example.com/live/show1?${SIG}`],
      /either --url-query or your full push URL/
    ],
    [
      'a push URL for another stream',
      ['check', LINK, `rtmp://push.example.com/live/other?${SIG}`],
      /your push URL is for push\.example\.com\/live\/other/
    ],
    ['a link where the command goes', [LINK], /missing the command: push-preflight check/],
    [
      '--share-link with a key',
      ['check', `rtmp://push.example.com/live/show1?${SIG}`, '--share-link', '--key', KEY],
      /drop --key \(the user types their own\)/
    ],
    [
      '--share-link with --dns',
      ['check', `rtmp://push.example.com/live/show1?${SIG}`, '--share-link', '--dns=127.0.0.1'],
      /drop --dns/
    ],
    [
      '--share-link with a value',
      ['check', `rtmp://push.example.com/live/show1?${SIG}`, '--share-link=yes'],
      /--share-link takes no value/
    ],
    [
      '--share-link for an IP address',
      ['check', `rtmp://127.0.0.1/live/show1?${SIG}`, '--share-link'],
      /needs the push domain name, not an IP address/
    ],
    [
      '--share-link for an encoded stream name',
      ['check', `rtmp://push.example.com/live/a%20b?${SIG}`, '--share-link'],
      /cannot make a support link: .*“stream”/
    ]
  ])('%s', async (_what, argv, message) => {
    const io = memoryIo()
    expect(await main(argv, io)).toBe(EXIT.badInput)
    expect(io.err).toMatch(message)
    expect(io.err.trim().split('\n')).toHaveLength(1)
    expect(io.err).not.toContain(SECRET)
    expect(io.out).toBe('')
  })
})

describe('CLI: --share-link', () => {
  it('prints the link of the check’s URL and options, without the signature, and runs nothing', async () => {
    const io = memoryIo({ env: { PUSH_PREFLIGHT_KEY: KEY } })
    const argv = [
      'check',
      `rtmps://push.example.com:8443/live/show1?${SIG}`,
      '--share-link',
      '--push-seconds',
      '12',
      '--show-hours',
      '3',
      '--lang',
      'id'
    ]
    expect(await main(argv, io)).toBe(EXIT.ok)
    const link = io.out.trim()
    expect(link).toBe(
      'push-preflight://check?domain=push.example.com&app=live&stream=show1&protocol=rtmps&port=8443&push-seconds=12&show-hours=3&lang=id'
    )
    expect(io.out).not.toContain(SECRET)
    expect(io.out).not.toContain(KEY)
    expect(parseDeepLink(link).ok).toBe(true)
  })

  it('prints JSON with --json, and a link given again comes back the same', async () => {
    const io = memoryIo()
    expect(await main(['check', LINK, '--share-link', '--json'], io)).toBe(EXIT.ok)
    expect(JSON.parse(io.out)).toEqual({
      link: 'push-preflight://check?domain=push.example.com&app=live&stream=show1&transports=rtmp%2Csrt&push-seconds=20'
    })
  })
})

describe('CLI: a check opened from a support link', () => {
  let ingest: Ingest
  let dns: DnsServerFixture
  beforeAll(async () => {
    ingest = await startIngest({ key: KEY })
    dns = await startDnsServer({
      [HOST]: { cname: 'link.test.tlivepush.com' },
      'link.test.tlivepush.com': { a: ['127.0.0.1'] }
    })
  })
  afterAll(async () => {
    await ingest.close()
    await dns.close()
  })

  it('runs with the link’s names and options and the user’s signature', async () => {
    const txTime = Math.floor(Date.now() / 1000 + 20 * 3600)
      .toString(16)
      .toUpperCase()
    const txSecret = computeTxSecret(KEY, 'link_ok', txTime, 'md5')
    const link = `push-preflight://check?domain=${HOST}&app=live&stream=link_ok&port=${ingest.port}&transports=rtmp&no-push=1&show-hours=2`
    const io = memoryIo()
    const code = await main(
      [
        'check',
        link,
        '--url-query',
        `txSecret=${txSecret}&txTime=${txTime}`,
        '--dns',
        `127.0.0.1:${dns.port}`,
        '--no-clock',
        '--json'
      ],
      io
    )
    expect(code).toBe(EXIT.ok)
    const report = JSON.parse(io.out) as Report
    expect(report.inputs).toMatchObject({
      host: HOST,
      port: ingest.port,
      app: 'live',
      stream: 'link_ok',
      noPush: true,
      showLengthSec: 7200
    })
    expect(report.checks.publishProbe?.code).toBe('publish-accepted')
    expect(report.verdict).not.toBe('not-ready')
    expect(report.transports?.map((t) => t.transport)).toEqual(['rtmp'])
    expect(io.out).not.toContain(txSecret)
  })
})
