import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  decodePacket,
  encodeControl,
  encodeHandshake,
  findExtension,
  HS_REQ,
  peerIpBytes,
  SRT_CONTROL,
  SRT_HEADER_BYTES,
  srtVersionString,
  swapWords,
  type HandshakeCif,
  type HandshakeExtension
} from '../../../src/main/preflight/srt/packet'

const CAPTURES = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../fixtures/srt-captures'
)

const cif = (over: Partial<HandshakeCif> = {}): HandshakeCif => ({
  version: 5,
  encryption: 0,
  extensionField: 5,
  isn: 123456,
  mss: 1500,
  flowWindow: 8192,
  reqType: HS_REQ.conclusion,
  socketId: 0x1234567,
  cookie: 0xdeadbeef,
  peerIp: peerIpBytes('127.0.0.1'),
  ...over
})

describe('SRT packet codec', () => {
  it('round-trips a conclusion with HSREQ and SID', () => {
    const exts: HandshakeExtension[] = [
      { kind: 'hsreq', srtVersion: 0x010501, flags: 0xbf, recvDelayMs: 120, sendDelayMs: 80 },
      { kind: 'sid', streamId: '#!::r=live/测试,txTime=5C271099' }
    ]
    const buf = encodeHandshake({ timestamp: 42, destSocketId: 0, cif: cif(), extensions: exts })
    const d = decodePacket(buf)
    expect(d).toEqual({
      ok: true,
      packet: { kind: 'handshake', timestamp: 42, destSocketId: 0, cif: cif(), extensions: exts }
    })
  })

  it('writes the stream id word-swapped, as libsrt does ("#!::" travels as "::!#")', () => {
    const buf = encodeHandshake({
      timestamp: 0,
      destSocketId: 0,
      cif: cif(),
      extensions: [{ kind: 'sid', streamId: '#!::r=a' }]
    })
    const body = buf.subarray(SRT_HEADER_BYTES + 48 + 4)
    expect(body.toString('latin1')).toBe('::!#\0a=r') // "r=a" + NUL pad, reversed
  })

  it('keeps a rejection request type and the peer IP bytes (v4 and v6)', () => {
    for (const ip of ['127.0.0.1', '::1', '2001:db8::42']) {
      const c = cif({ reqType: 2403, peerIp: peerIpBytes(ip) })
      const d = decodePacket(encodeHandshake({ timestamp: 0, destSocketId: 7, cif: c }))
      expect(d.ok && d.packet.kind === 'handshake' && d.packet.cif).toEqual(c)
    }
    expect([...peerIpBytes('::1')].slice(14)).toEqual([0, 1])
  })

  it('encodes shutdown and keepalive control packets', () => {
    const d = decodePacket(encodeControl(SRT_CONTROL.shutdown, 9, 77))
    expect(d).toEqual({
      ok: true,
      packet: { kind: 'control', type: 5, subtype: 0, typeInfo: 0, timestamp: 9, destSocketId: 77 }
    })
  })

  it('reports bounds errors instead of throwing', () => {
    const good = encodeHandshake({
      timestamp: 0,
      destSocketId: 0,
      cif: cif(),
      extensions: [{ kind: 'sid', streamId: 'abcdefgh' }]
    })
    expect(decodePacket(good.subarray(0, 10))).toMatchObject({ ok: false })
    expect(decodePacket(good.subarray(0, 40))).toMatchObject({ ok: false })
    expect(decodePacket(good.subarray(0, good.length - 4))).toMatchObject({ ok: false })
    expect(decodePacket(Buffer.concat([good, Buffer.from([1])]))).toMatchObject({ ok: false })
  })

  it('never throws on hostile bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
        const d = decodePacket(bytes)
        expect(typeof d.ok).toBe('boolean')
      }),
      { numRuns: 5000, seed: 20_261_206 }
    )
    // Handshake-shaped garbage: a valid header and body, random extension bytes.
    const head = encodeHandshake({ timestamp: 0, destSocketId: 0, cif: cif() })
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), (tail) => {
        const d = decodePacket(Buffer.concat([head, tail]))
        expect(typeof d.ok).toBe('boolean')
      }),
      { numRuns: 5000, seed: 20_261_207 }
    )
  })

  it('round-trips any stream id and header values', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 512 }).filter((s) => !s.endsWith('\0') && !s.includes('\ud800')),
        fc.nat({ max: 0x7fffffff }),
        fc.integer({ min: -2, max: 4000 }),
        (sid, sock, req) => {
          const c = cif({ socketId: sock, reqType: req })
          const d = decodePacket(
            encodeHandshake({
              timestamp: 1,
              destSocketId: sock,
              cif: c,
              extensions: [{ kind: 'sid', streamId: sid }]
            })
          )
          if (!d.ok || d.packet.kind !== 'handshake') return false
          return (
            d.packet.cif.reqType === req &&
            findExtension(d.packet.extensions, 'sid')?.streamId ===
              Buffer.from(sid, 'utf8').toString('utf8')
          )
        }
      ),
      { numRuns: 2000, seed: 20_261_208 }
    )
  })

  it('swapWords is its own inverse', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 64 }).map((a) => a.subarray(0, a.length - (a.length % 4))),
        (a) => Buffer.from(swapWords(swapWords(a))).equals(Buffer.from(a))
      ),
      { numRuns: 500, seed: 1 }
    )
  })
})

describe('conclusions recorded from real libsrt callers', () => {
  const index = JSON.parse(readFileSync(path.join(CAPTURES, 'index.json'), 'utf8')) as Record<
    string,
    { streamId: string; bytes: number }
  >

  it.each(Object.keys(index))('%s: stream id, HSREQ and header read back', (name) => {
    const hex = readFileSync(path.join(CAPTURES, `${name}.hex`), 'utf8').trim()
    const d = decodePacket(Buffer.from(hex, 'hex'))
    expect(d.ok).toBe(true)
    if (!d.ok || d.packet.kind !== 'handshake') throw new Error('not a handshake')
    expect(d.packet.destSocketId).toBe(0)
    expect(d.packet.cif.version).toBe(5)
    expect(d.packet.cif.reqType).toBe(HS_REQ.conclusion)
    expect([...d.packet.cif.peerIp.slice(0, 4)]).toEqual([127, 0, 0, 1])
    expect(findExtension(d.packet.extensions, 'sid')?.streamId).toBe(index[name].streamId)
    const hsreq = findExtension(d.packet.extensions, 'hsreq')
    expect(hsreq && srtVersionString(hsreq.srtVersion)).toBe('1.5.1')
    // Re-encoding what we decoded gives the very bytes libsrt sent.
    const again = encodeHandshake({
      timestamp: d.packet.timestamp,
      destSocketId: 0,
      cif: d.packet.cif,
      extensions: d.packet.extensions
    })
    expect(again.toString('hex')).toBe(hex)
  })
})
