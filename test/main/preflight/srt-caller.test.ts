import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { createHash } from 'node:crypto'
import dgram from 'node:dgram'
import { existsSync } from 'node:fs'
import { afterAll, afterEach, describe, expect, it } from 'vitest'
import {
  SRT_HANDSHAKE_RESEND_MS,
  SRT_HANDSHAKE_TIMEOUT_MS
} from '../../../src/main/preflight/constants'
import { realSrtDeps, srtHandshake, type SrtDeps } from '../../../src/main/preflight/srt/caller'
import { decodePacket, encodeHandshake } from '../../../src/main/preflight/srt/packet'
import { startSrtIngest, type SrtIngest } from '../../fixtures/srt-ingest'
import { makeFilteredNamespace, runInNamespace } from '../../helpers/netns'
import { stopChild } from '../../helpers/child'

const KEY = 'srtcallerkey0123456789abcdef0123'
const TXTIME = Math.floor(Date.now() / 1000 + 24 * 3600)
  .toString(16)
  .toUpperCase()
const sign = (stream: string, key = KEY): string =>
  createHash('md5')
    .update(key + stream + TXTIME)
    .digest('hex')
const streamIdFor = (stream: string, key = KEY): string =>
  `#!::h=push.example.test,r=live/${stream},txSecret=${sign(stream, key)},txTime=${TXTIME}`

const SLT = '/usr/bin/srt-live-transmit'
const FFMPEG = '/usr/bin/ffmpeg'

const children: ChildProcess[] = []
const ingests: SrtIngest[] = []
const sockets: dgram.Socket[] = []

afterEach(async () => {
  await Promise.all(children.splice(0).map(stopChild))
  await Promise.all(ingests.splice(0).map((i) => i.close()))
  for (const s of sockets.splice(0)) s.close()
})

/** A UDP port that was free a moment ago. */
async function freeUdpPort(): Promise<number> {
  const s = dgram.createSocket('udp4')
  await new Promise<void>((r) => s.bind(0, '127.0.0.1', r))
  const port = s.address().port
  await new Promise<void>((r) => s.close(() => r()))
  return port
}

/**
 * Waits until something listens on the UDP port, without talking SRT to it (an ffmpeg listener
 * takes one connection only): a connected socket sends one stray byte; ECONNREFUSED means not yet.
 */
async function waitForUdpListener(port: number): Promise<void> {
  for (let i = 0; i < 100; i++) {
    const refused = await new Promise<boolean>((resolve) => {
      const s = dgram.createSocket('udp4')
      const done = (v: boolean): void => {
        clearTimeout(t)
        s.close()
        resolve(v)
      }
      const t = setTimeout(() => done(false), 150)
      s.on('error', () => done(true))
      s.connect(port, '127.0.0.1', () => s.send(Buffer.from([0])))
    })
    if (!refused) return
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error(`nothing listens on UDP ${port}`)
}

function startChild(cmd: string, args: string[]): ChildProcess {
  const child = spawn(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'] })
  child.stderr?.resume()
  children.push(child)
  return child
}

const haveSlt = existsSync(SLT)
const haveFfmpegSrt =
  existsSync(FFMPEG) &&
  /\bsrt\b/.test(spawnSync(FFMPEG, ['-hide_banner', '-protocols']).stdout?.toString() ?? '')
if (!haveSlt) console.log(`[srt-caller] srt-live-transmit tests skipped: ${SLT} not installed`)
if (!haveFfmpegSrt) console.log(`[srt-caller] ffmpeg SRT tests skipped: no ${FFMPEG} with libsrt`)

describe('srtHandshake against real libsrt listeners', () => {
  it.skipIf(!haveSlt)('srt-live-transmit listener: accepted, peer version read', async () => {
    const port = await freeUdpPort()
    startChild(SLT, ['-q', `srt://127.0.0.1:${port}?mode=listener`, 'file://con'])
    await waitForUdpListener(port)
    const r = await srtHandshake('127.0.0.1', port, streamIdFor('probe'))
    expect(r.code).toBe('srt-accepted')
    expect(r.status).toBe('pass')
    expect(r.evidence.peerVersion).toBe(5)
    expect(r.evidence.peerSrtVersion).toBe('1.5.1')
    expect(r.evidence.inductionMs).toBeDefined()
    expect(r.evidence.conclusionMs).toBeGreaterThanOrEqual(r.evidence.inductionMs ?? 0)
    expect(r.evidence.rejectCode).toBeUndefined()
    // The txSecret never appears whole in evidence.
    expect(JSON.stringify(r)).not.toContain(sign('probe'))
    expect(r.evidence.streamId).toContain(`txSecret=${sign('probe').slice(0, 4)}…`)
  })

  it.skipIf(!haveFfmpegSrt)(
    'Debian ffmpeg listener: accepted, and it sees the session end',
    async () => {
      const port = await freeUdpPort()
      const ff = startChild(FFMPEG, [
        '-hide_banner',
        '-f',
        'mpegts',
        '-i',
        `srt://127.0.0.1:${port}?mode=listener`,
        '-f',
        'null',
        '-'
      ])
      await waitForUdpListener(port)
      const r = await srtHandshake('127.0.0.1', port, streamIdFor('probe'))
      expect(r.code).toBe('srt-accepted')
      expect(r.evidence.peerSrtVersion).toBe('1.5.1')
      // ffmpeg's listener serves one connection: once our SHUTDOWN closes it, ffmpeg ends by itself.
      const exit = await new Promise<number | null>((resolve) => {
        if (ff.exitCode !== null) return resolve(ff.exitCode)
        ff.once('close', (code) => resolve(code))
      })
      expect(exit).not.toBeNull()
    }
  )
})

describe('srtHandshake network failures', () => {
  it.each(['127.0.0.1', '::1'])(
    'closed port on %s: udp-refused (ICMP port unreachable)',
    async (ip) => {
      const port = await freeUdpPort()
      const r = await srtHandshake(ip, port, streamIdFor('x'))
      expect(r.code).toBe('udp-refused')
      expect(r.evidence.errno).toBe('ECONNREFUSED')
      expect(r.evidence.packetsReceived).toBe(0)
    }
  )

  it('a silent UDP port: udp-no-answer after the timeout, resending every 250 ms (bounded)', async () => {
    const silent = dgram.createSocket('udp4')
    sockets.push(silent)
    let received = 0
    silent.on('message', () => received++)
    await new Promise<void>((r) => silent.bind(0, '127.0.0.1', r))
    const timeoutMs = 1200
    const r = await srtHandshake('127.0.0.1', silent.address().port, streamIdFor('x'), {
      timeoutMs
    })
    expect(r.code).toBe('udp-no-answer')
    expect(r.timing.durationMs).toBeGreaterThanOrEqual(timeoutMs - 5)
    expect(r.evidence.packetsSent).toBeGreaterThan(1)
    expect(r.evidence.packetsSent).toBeLessThanOrEqual(
      Math.ceil(timeoutMs / SRT_HANDSHAKE_RESEND_MS) + 1
    )
    expect(received).toBe(r.evidence.packetsSent)
  })

  it('garbage answers: srt-bad-response', async () => {
    const junk = dgram.createSocket('udp4')
    sockets.push(junk)
    junk.on('message', (_m, rinfo) =>
      junk.send(Buffer.from('HTTP/1.1 400 Bad Request\r\n'), rinfo.port, rinfo.address)
    )
    await new Promise<void>((r) => junk.bind(0, '127.0.0.1', r))
    const r = await srtHandshake('127.0.0.1', junk.address().port, streamIdFor('x'), {
      timeoutMs: 800
    })
    expect(r.code).toBe('srt-bad-response')
    expect(r.evidence.badResponse).toMatch(/short|handshake|stray|extension/)
  })

  it('an induction reply without the SRT magic: srt-bad-response at once', async () => {
    const old = dgram.createSocket('udp4')
    sockets.push(old)
    old.on('message', (m, rinfo) => {
      const d = decodePacket(m)
      if (!d.ok || d.packet.kind !== 'handshake') return
      const cif = { ...d.packet.cif, cookie: 1 } // v4 echo, as a pre-1.3 UDT listener would
      old.send(
        encodeHandshake({ timestamp: 0, destSocketId: cif.socketId, cif }),
        rinfo.port,
        rinfo.address
      )
    })
    await new Promise<void>((r) => old.bind(0, '127.0.0.1', r))
    const r = await srtHandshake('127.0.0.1', old.address().port, streamIdFor('x'))
    expect(r.code).toBe('srt-bad-response')
    expect(r.evidence.peerVersion).toBe(4)
    expect(r.timing.durationMs).toBeLessThan(SRT_HANDSHAKE_TIMEOUT_MS)
  })
})

describe('srtHandshake against the Tencent-rule fixture', () => {
  async function ingest(): Promise<SrtIngest> {
    const i = await startSrtIngest({ key: KEY, disabledStreams: ['banned'] })
    ingests.push(i)
    return i
  }

  it.each([
    ['forbidden (disabled stream)', streamIdFor('banned'), 'ac-forbidden', 2403],
    ['unauthorized (wrong key)', streamIdFor('s1', 'wrongkey'), 'ac-unauthorized', 2401],
    [
      'unauthorized (expired)',
      `#!::h=h,r=live/s1,txSecret=${'0'.repeat(32)},txTime=5C271099`,
      'ac-unauthorized',
      2401
    ],
    ['bad request (no r=app/stream)', '#!::h=push.example.test,u=me', 'ac-bad-request', 2400],
    ['bad request (not a keyed stream id)', 'live/s1', 'ac-bad-request', 2400]
  ])('%s', async (_name, sid, reason, wire) => {
    const i = await ingest()
    const r = await srtHandshake('127.0.0.1', i.port, sid)
    expect(r.code).toBe('srt-rejected')
    expect(r.status).toBe('fail')
    expect(r.evidence.rejectCode).toBe(wire)
    expect(r.evidence.rejectReason?.id).toBe(reason)
    expect(r.evidence.rejectReason?.code).toBe(wire - 1000)
  })

  it('accepted, then the fixture frees the stream on our SHUTDOWN', async () => {
    const i = await ingest()
    const r = await srtHandshake('127.0.0.1', i.port, streamIdFor('s2'))
    expect(r.code).toBe('srt-accepted')
    const a = await i.waitForAttempt((x) => x.stream === 's2')
    await expect.poll(() => a.closedBy, { timeout: 5000 }).toBe('shutdown')
    // Free again: a second probe of the same name is accepted too.
    expect((await srtHandshake('127.0.0.1', i.port, streamIdFor('s2'))).code).toBe('srt-accepted')
  })

  it.skipIf(!haveFfmpegSrt)('conflict: the stream is being pushed by a real ffmpeg', async () => {
    const i = await ingest()
    startChild(FFMPEG, [
      '-hide_banner',
      '-re',
      '-f',
      'lavfi',
      '-i',
      'testsrc=size=64x64:rate=5',
      '-t',
      '20',
      '-c:v',
      'mpeg2video',
      '-f',
      'mpegts',
      `srt://127.0.0.1:${i.port}?streamid=${streamIdFor('live1')}`
    ])
    await i.waitForAttempt((a) => a.stream === 'live1' && a.decision === 'accepted', 15_000)
    const r = await srtHandshake('127.0.0.1', i.port, streamIdFor('live1'))
    expect(r.code).toBe('srt-rejected')
    expect(r.evidence.rejectReason?.id).toBe('ac-conflict')
    expect(r.evidence.rejectCode).toBe(2409)
  })
})

describe('srtHandshake cancel', () => {
  it('abort mid-handshake: srt-cancelled promptly, socket closed', async () => {
    const silent = dgram.createSocket('udp4')
    sockets.push(silent)
    await new Promise<void>((r) => silent.bind(0, '127.0.0.1', r))
    const firstRequest = new Promise<void>((r) => silent.once('message', () => r()))
    let closes = 0
    const deps: SrtDeps = {
      ...realSrtDeps,
      createSocket: (ip, port, h) => {
        const s = realSrtDeps.createSocket(ip, port, h)
        return { send: s.send, close: () => (closes++, s.close()) }
      }
    }
    const ac = new AbortController()
    const pending = srtHandshake(
      '127.0.0.1',
      silent.address().port,
      streamIdFor('x'),
      { timeoutMs: 20_000 },
      deps,
      ac.signal
    )
    await firstRequest
    ac.abort()
    const r = await pending
    expect(r.code).toBe('srt-cancelled')
    expect(r.status).toBe('skipped')
    expect(r.timing.durationMs).toBeLessThan(10_000)
    expect(closes).toBe(1)
  })

  it('an already aborted signal never opens a socket', async () => {
    let opened = 0
    const deps: SrtDeps = {
      ...realSrtDeps,
      createSocket: (...a) => (opened++, realSrtDeps.createSocket(...a))
    }
    const ac = new AbortController()
    ac.abort()
    const r = await srtHandshake('127.0.0.1', 9, 'x', {}, deps, ac.signal)
    expect(r.code).toBe('srt-cancelled')
    expect(opened).toBe(0)
  })
})

// A network that drops outbound UDP to the SRT port: a namespace made here with an iptables DROP
// rule; the probe runs inside it, so its traffic stays on that namespace's loopback. A closed
// port that is not dropped answers "refused" there, so the silence comes from the rule.
const ns = makeFilteredNamespace(`pfsrt${process.pid}`, 9000, 'udp')
const netnsReason = ns.ok ? undefined : ns.reason
if (netnsReason) console.log(`[srt-caller] UDP-drop namespace test skipped: ${netnsReason}`)

describe.skipIf(netnsReason !== undefined)(
  'srtHandshake where UDP 9000 is dropped (network namespace)',
  () => {
    afterAll(() => {
      if (ns.ok) ns.remove()
    })

    it('dropped port: udp-no-answer after the named timeout; closed undropped port: refused', async () => {
      // Port 9002 is dropped on OUTPUT too: a firewall on this very computer (send fails, EPERM).
      const local = spawnSync(
        'ip',
        [
          'netns',
          'exec',
          ns.ok ? ns.name : '',
          'iptables',
          '-A',
          'OUTPUT',
          '-p',
          'udp',
          '--dport',
          '9002',
          '-j',
          'DROP'
        ],
        { timeout: 5000 }
      )
      expect(local.status).toBe(0)
      const script = `
      const { srtHandshake } = require('./src/main/preflight/srt/caller.ts')
      const sid = '#!::r=live/x'
      Promise.all([9000, 9001, 9002].map((port) => srtHandshake('127.0.0.1', port, sid)))
        .then((rs) => process.stdout.write(JSON.stringify(rs)))
    `
      const { code, out, err } = await runInNamespace(ns.ok ? ns.name : '', script, {}, 20_000)
      expect(code, err).toBe(0)
      const [dropped, closed, localFw] = JSON.parse(out) as Array<{
        code: string
        timing: { durationMs: number }
        evidence: { timeoutMs: number; packetsSent: number; errno?: string }
      }>
      expect(localFw.code).toBe('udp-no-answer')
      expect(localFw.evidence.errno).toBe('EPERM')
      expect(closed.code).toBe('udp-refused')
      expect(dropped.code).toBe('udp-no-answer')
      expect(dropped.evidence.timeoutMs).toBe(SRT_HANDSHAKE_TIMEOUT_MS)
      expect(dropped.timing.durationMs).toBeGreaterThanOrEqual(SRT_HANDSHAKE_TIMEOUT_MS - 5)
      expect(dropped.evidence.packetsSent).toBeGreaterThan(1)
    }, 25_000)
  }
)
