/**
 * The transport ladder end to end on real servers: the RTMP ingest fixture, Debian's stunnel in
 * front of it (RTMPS, with certificates from a test CA), the Tencent-rule SRT listener, a real DNS
 * server, and Debian's ffmpeg (with SRT) pushing. On
 * loopback first; then in network namespaces made here, one dropping TCP 1935 (the venue that
 * blocks RTMP) and one dropping UDP (no SRT), each with the whole world inside it.
 */
import { afterAll, describe, expect, it } from 'vitest'
import { runPreflight } from '../../../src/main/preflight/run-preflight'
import { locateFfmpeg, realDeps as locateDeps } from '../../../src/main/preflight/ffmpeg-locate'
import type { Report } from '../../../src/shared/report'
import {
  DEBIAN_FFMPEG,
  LADDER_KEY,
  LADDER_STREAM,
  ladderWorldMissing,
  startLadderWorld,
  type LadderCert,
  type LadderWorld
} from '../../fixtures/ladder-world'
import { makeFilteredNamespace, namespacesUnavailable, runInNamespace } from '../../helpers/netns'
import { INTERCEPT_CA_NAME, OTHER_NAMES } from '../../helpers/test-ca'

const missing = ladderWorldMissing()
if (missing) console.log(`ladder tests skipped: ${missing}`)

/** The engine with Debian's ffmpeg (SRT and TLS), as a user with a full ffmpeg build has it. */
const debianFfmpeg = (): ReturnType<typeof locateFfmpeg> =>
  locateFfmpeg({ ...locateDeps, env: { FFMPEG_PATH: DEBIAN_FFMPEG } })

async function check(w: LadderWorld, extra: { key?: string } = {}): Promise<Report> {
  return runPreflight(
    {
      url: { url: w.url },
      keys: { primary: extra.key ?? LADDER_KEY },
      dnsServer: w.dnsServer,
      pushSeconds: 3,
      clockServer: false,
      rtmpsPort: w.rtmpsPort,
      srtPort: w.srt.port,
      caPem: w.ca.caPem
    },
    { deps: { locateFfmpeg: debianFfmpeg } }
  )
}

/** The same run with no key: only publish-only probes, no media push. */
async function checkWithoutKey(w: LadderWorld): Promise<Report> {
  return runPreflight(
    {
      url: { url: w.url },
      dnsServer: w.dnsServer,
      clockServer: false,
      rtmpsPort: w.rtmpsPort,
      srtPort: w.srt.port,
      caPem: w.ca.caPem
    },
    { deps: { locateFfmpeg: debianFfmpeg } }
  )
}

/** No media reached the real stream name over any protocol. */
function expectRealStreamUntouched(w: LadderWorld): void {
  expect(w.ingest.mediaFor(LADDER_STREAM).bytes).toBe(0)
  expect(w.srt.bytesFor(LADDER_STREAM)).toBe(0)
}

describe.skipIf(missing !== undefined)('the ladder on loopback', () => {
  const worlds: LadderWorld[] = []
  const world = async (cert: LadderCert = 'good'): Promise<LadderWorld> => {
    const w = await startLadderWorld({ cert })
    worlds.push(w)
    return w
  }
  afterAll(async () => {
    for (const w of worlds) await w.close()
  })

  it('every way works: RTMP, then RTMPS and SRT with a verified media push each, to probe streams only', async () => {
    const w = await world()
    const r = await check(w)
    expect(r.verdict).toBe('ready')
    expect(r.transports?.map((t) => [t.transport, t.code, t.media])).toEqual([
      ['rtmp', 'transport-ok', 'sustained'],
      ['rtmps', 'transport-ok', 'sustained'],
      ['srt', 'transport-ok', 'sustained']
    ])
    expect(r.transports?.[2].steps.map((s) => s.step)).toEqual(['srt-handshake', 'push'])
    // Each protocol pushed to its own probe stream; SRT's really arrived through the front.
    const srtProbes = w.srt.attempts.filter(
      (a) => a.decision === 'accepted' && a.stream?.startsWith(`${LADDER_STREAM}_preflight_`)
    )
    expect(srtProbes.length).toBeGreaterThan(0)
    expect(srtProbes.some((a) => w.srt.bytesFor(a.stream ?? '') > 0)).toBe(true)
    const rtmpsAttempts = w.ingest.attempts.filter((a) => a.tcUrl.startsWith('rtmps://'))
    expect(rtmpsAttempts.length).toBeGreaterThan(0)
    expect(rtmpsAttempts.every((a) => a.stream.startsWith(`${LADDER_STREAM}_preflight_`))).toBe(
      true
    )
    expectRealStreamUntouched(w)
    // The saved report never holds the txSecret whole.
    expect(JSON.stringify(r)).not.toMatch(/txSecret=[0-9a-f]{32}/)
  }, 60_000)

  it('a certificate for other names is named, with the names; nothing is published through it', async () => {
    const w = await world('other-names')
    const r = await check(w)
    const rtmps = r.transports?.find((t) => t.transport === 'rtmps')
    expect(rtmps).toMatchObject({ ok: false, code: 'tls-name-mismatch' })
    for (const n of OTHER_NAMES) expect(String(rtmps?.params.names)).toContain(n)
    expect(w.ingest.attempts.some((a) => a.tcUrl.startsWith('rtmps://'))).toBe(false)
    // RTMP works here, so the push is ready; the row is information for the venue.
    expect(r.verdict).toBe('ready')
  }, 60_000)

  it('an intercepting CA is told apart from a wrong name, and its issuer named', async () => {
    const w = await world('intercepted')
    const r = await check(w)
    const rtmps = r.transports?.find((t) => t.transport === 'rtmps')
    expect(rtmps).toMatchObject({ ok: false, code: 'tls-untrusted-issuer' })
    expect(String(rtmps?.params.issuer)).toContain(INTERCEPT_CA_NAME.split(' (')[0])
  }, 60_000)

  it('no key: RTMP and RTMPS take turns on the real name, so neither is refused as "in use"', async () => {
    // nginx-style: a second publisher on a name is refused while the first holds it.
    const w = await startLadderWorld({ style: 'nginx' })
    worlds.push(w)
    const r = await checkWithoutKey(w)
    expect(r.causes.find((c) => c.id === 'stream-in-use')).toBeUndefined()
    expect(r.transports?.map((t) => [t.transport, t.code])).toEqual([
      ['rtmp', 'transport-ok'],
      ['rtmps', 'transport-ok'],
      ['srt', 'transport-ok']
    ])
    // Publish-only on the real name, one at a time: every attempt on it was accepted.
    expect(
      w.ingest.attempts.filter((a) => a.stream === LADDER_STREAM).every((a) => a.accepted)
    ).toBe(true)
    expectRealStreamUntouched(w)
  }, 60_000)

  it('a URL signed with another key: the SRT listener’s rejection code and reason are named', async () => {
    const w = await startLadderWorld({ key: 'not-the-ladder-key' })
    worlds.push(w)
    // No key given: the SRT handshake presents the URL's own (wrongly signed) stream id.
    const r = await checkWithoutKey(w)
    const srt = r.transports?.find((t) => t.transport === 'srt')
    expect(srt).toMatchObject({
      ok: false,
      code: 'srt-rejected',
      params: { rejectCode: 1401, reason: 'ac-unauthorized' }
    })
    expect(r.transports?.find((t) => t.transport === 'rtmps')?.code).toBe(
      'transport-publish-refused'
    )
    expect(r.verdict).toBe('not-ready')
    expectRealStreamUntouched(w)
  }, 60_000)

  it('a key that does not reproduce the URL: no test stream is signed with it; the real name is only probed', async () => {
    const w = await world()
    const r = await check(w, { key: 'not-the-ladder-key' })
    for (const t of r.transports?.slice(1) ?? [])
      expect(t).toMatchObject({ ok: true, media: 'not-tested-wrong-key' })
    expect(
      w.ingest.attempts.some(
        (a) => a.stream.includes('_preflight_') && a.tcUrl.startsWith('rtmps://')
      )
    ).toBe(false)
    expectRealStreamUntouched(w)
  }, 60_000)
})

/**
 * Runs a check inside namespace `ns` with the whole world there too, through the CLI, and returns
 * its output. `args` follow the URL; the world's ports, DNS and CA are added.
 */
async function cliInNamespace(
  ns: string,
  args: string[]
): Promise<{ code: number | null; out: string; err: string }> {
  // Tencent's own ports: RTMP on 1935 (where the ingest is not: filtered or refused), SRT on 9000.
  const script = `
    const { startLadderWorld } = require('./test/fixtures/ladder-world.ts')
    const { main } = require('./src/main/cli.ts')
    const { memoryIo } = require('./test/helpers/memory-io.ts')
    const { writeFileSync, mkdtempSync, rmSync } = require('node:fs')
    const { join } = require('node:path')
    const { tmpdir } = require('node:os')
    ;(async () => {
      const w = await startLadderWorld({ rtmpPort: 1935, srtPort: 9000 })
      const dir = mkdtempSync(join(tmpdir(), 'ladder-ca-'))
      try {
        const caFile = join(dir, 'ca.pem')
        writeFileSync(caFile, w.ca.caPem)
        const io = memoryIo({ env: { FFMPEG_PATH: '${DEBIAN_FFMPEG}' } })
        const code = await main(['check', w.url, '--key', '${LADDER_KEY}', '--dns', w.dnsServer, '--no-clock',
          '--push-seconds', '3', '--rtmps-port', String(w.rtmpsPort), '--srt-port', String(w.srt.port), '--ca', caFile,
          ...${JSON.stringify(args)}], io)
        process.stdout.write(JSON.stringify({ code, out: io.out, err: io.err, realBytes: w.ingest.mediaFor('${LADDER_STREAM}').bytes + w.srt.bytesFor('${LADDER_STREAM}') }))
      } finally {
        rmSync(dir, { recursive: true, force: true })
        await w.close()
      }
    })().catch((e) => { console.error(e); process.exit(3) })
  `
  // FFMPEG_PATH for the engine's lookup: the CLI reads the process environment.
  return runInNamespace(ns, script, { FFMPEG_PATH: DEBIAN_FFMPEG }, 90_000)
}

const noNamespaces = namespacesUnavailable()
if (noNamespaces) console.log(`namespace ladder tests skipped: ${noNamespaces}`)

describe.skipIf(missing !== undefined || noNamespaces !== undefined)(
  'the ladder on a filtered venue path (network namespaces)',
  () => {
    // Made here, not at collection: a run that filters these tests out must not leave namespaces.
    const made: Array<{ remove: () => void }> = []
    const namespace = (name: string, port: number, protocol: 'tcp' | 'udp'): string => {
      const ns = makeFilteredNamespace(name, port, protocol)
      if (!ns.ok) throw new Error(`could not make namespace ${name}: ${ns.reason}`)
      made.push(ns)
      return ns.name
    }
    afterAll(() => {
      for (const ns of made) ns.remove()
    })

    it('TCP 1935 filtered: RTMP is blocked, RTMPS works — the CLI says so and gives the rtmps URL and OBS fields', async () => {
      const tcpNs = namespace(`pfladt${process.pid}`, 1935, 'tcp')
      const run = await cliInNamespace(tcpNs, ['--json'])
      expect(run.code, run.err).toBe(0)
      const res = JSON.parse(run.out) as { code: number; out: string; realBytes: number }
      expect(res.code).toBe(0)
      expect(res.realBytes).toBe(0)
      const report = JSON.parse(res.out) as Report
      expect(report.verdict).toBe('warnings')
      expect(report.transports?.map((t) => [t.transport, t.ok, t.code])).toEqual([
        ['rtmp', false, 'tcp-filtered'],
        ['rtmps', true, 'transport-ok'],
        ['srt', true, 'transport-ok']
      ])
      expect(report.causes[0]).toMatchObject({
        id: 'network',
        severity: 'warn',
        reason: 'network-other-transport',
        params: { transport: 'RTMPS', blockedReason: 'port-filtered' }
      })

      const human = await cliInNamespace(tcpNs, ['--full-urls'])
      const text = (JSON.parse(human.out) as { out: string }).out
      expect(text).toContain('RTMP is blocked on this network, but RTMPS works')
      // With --full-urls the ready URL and OBS's fields carry the real txSecret, on this screen only.
      expect(text).toMatch(
        /Push URL: rtmps:\/\/push\.example\.test:\d+\/live\/show\?txSecret=[0-9a-f]{32}&txTime=/
      )
      expect(text).toMatch(
        /Server rtmps:\/\/push\.example\.test:\d+\/live\/ · Stream Key show\?txSecret=[0-9a-f]{32}/
      )
      expect(text).toContain('What IT must allow outbound: TCP 1935, TCP ')
    }, 120_000)

    it('UDP dropped: SRT is named as blocked (no answer), RTMP and RTMPS still work', async () => {
      const udpNs = namespace(`pfladu${process.pid}`, 9000, 'udp')
      const run = await cliInNamespace(udpNs, ['--json', '--transports', 'rtmp,srt'])
      expect(run.code, run.err).toBe(0)
      const report = JSON.parse((JSON.parse(run.out) as { out: string }).out) as Report
      const srt = report.transports?.find((t) => t.transport === 'srt')
      expect(srt).toMatchObject({ ok: false, code: 'udp-no-answer', protocol: 'udp' })
      expect(report.transports?.map((t) => t.transport)).toEqual(['rtmp', 'srt'])
    }, 120_000)
  }
)
