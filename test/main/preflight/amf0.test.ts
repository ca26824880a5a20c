import { describe, expect, it } from 'vitest'
import {
  Amf0EcmaArray,
  amf0String,
  decodeAmf0,
  encodeAmf0
} from '../../../src/main/preflight/rtmp/amf0'

// Bytes recorded from node-media-server 4.4.3's own encoder (src/protocol/amf.js), i.e. what it
// puts on the wire for a connect answer and a publish status.
const NMS_CONNECT_RESULT =
  '0200075f726573756c74003ff0000000000000030006666d7356657202000d464d532f332c302c312c313233000c6361706162696c697469657300403f0000000000000000090300056c6576656c0200067374617475730004636f646502001d4e6574436f6e6e656374696f6e2e436f6e6e6563742e53756363657373000b6465736372697074696f6e020015436f6e6e656374696f6e207375636365656465642e000e6f626a656374456e636f64696e67000000000000000000000009'
const NMS_PUBLISH_START =
  '0200086f6e537461747573000000000000000000050300056c6576656c0200067374617475730004636f64650200174e657453747265616d2e5075626c6973682e5374617274000b6465736372697074696f6e02001c2f6c6976652f74657374206973206e6f77207075626c69736865642e000009'
// A connect command as an encoder sends it (name, tx 1, command object), hand-written per spec.
const CONNECT =
  '020007636f6e6e656374003ff00000000000000300036170700200046c69766500047479706502000a6e6f6e707269766174650008666c61736856657202001f464d4c452f332e302028636f6d70617469626c653b20464d53632f312e30290005746355726c02001c72746d703a2f2f707573682e6578616d706c652e636f6d2f6c697665000009'
// nginx-rtmp's answer to a second publisher: onStatus(error, BadName, "Already publishing").
const NGINX_BAD_NAME = Buffer.concat([
  Buffer.from('0200086f6e537461747573' + '00' + '0000000000000000' + '05', 'hex'),
  Buffer.from('03', 'hex'),
  Buffer.from('00056c6576656c0200056572726f72', 'hex'), // level: "error"
  Buffer.from('0004636f6465020019', 'hex'),
  Buffer.from('NetStream.Publish.BadName', 'ascii'),
  Buffer.from('000b6465736372697074696f6e020012', 'hex'),
  Buffer.from('Already publishing', 'ascii'),
  Buffer.from('000009', 'hex')
])

describe('decodeAmf0 on recorded messages', () => {
  it('decodes node-media-server connect _result', () => {
    const r = decodeAmf0(Buffer.from(NMS_CONNECT_RESULT, 'hex'))
    expect(r.ok).toBe(true)
    expect(r.values[0]).toBe('_result')
    expect(r.values[1]).toBe(1)
    expect(r.values[2]).toEqual({ fmsVer: 'FMS/3,0,1,123', capabilities: 31 })
    expect(amf0String(r.values[3], 'code')).toBe('NetConnection.Connect.Success')
  })

  it('decodes an onStatus NetStream.Publish.Start with a null command object', () => {
    const r = decodeAmf0(Buffer.from(NMS_PUBLISH_START, 'hex'))
    expect(r.ok).toBe(true)
    expect(r.values.slice(0, 3)).toEqual(['onStatus', 0, null])
    expect(amf0String(r.values[3], 'description')).toBe('/live/test is now published.')
  })

  it('decodes a connect command and re-encodes it byte for byte', () => {
    const bytes = Buffer.from(CONNECT, 'hex')
    const r = decodeAmf0(bytes)
    expect(r.ok).toBe(true)
    expect(amf0String(r.values[2], 'tcUrl')).toBe('rtmp://push.example.com/live')
    expect(encodeAmf0(r.values).equals(bytes)).toBe(true)
  })

  it('decodes an nginx-style BadName status', () => {
    const r = decodeAmf0(NGINX_BAD_NAME)
    expect(r.ok).toBe(true)
    expect(amf0String(r.values[3], 'level')).toBe('error')
    expect(amf0String(r.values[3], 'code')).toBe('NetStream.Publish.BadName')
    expect(amf0String(r.values[3], 'description')).toBe('Already publishing')
  })
})

describe('amf0 round trips', () => {
  it('round-trips every supported type', () => {
    const values = [
      1.5,
      true,
      false,
      'héllo',
      'x'.repeat(70_000), // long string (0x0c)
      null,
      undefined,
      { a: 1, nested: { b: [1, 'two', null] } },
      new Amf0EcmaArray({ duration: 0, width: 1280 }),
      [3, 4]
    ]
    const buf = encodeAmf0(values)
    expect(buf[buf.indexOf(Buffer.from('x'.repeat(8))) - 5]).toBe(0x0c)
    const r = decodeAmf0(buf)
    expect(r.ok).toBe(true)
    expect(r.values.length).toBe(values.length)
    expect(r.values[3]).toBe('héllo')
    expect(r.values[4]).toHaveLength(70_000)
    expect(r.values[8]).toBeInstanceOf(Amf0EcmaArray)
    expect((r.values[8] as Amf0EcmaArray).entries).toEqual({ duration: 0, width: 1280 })
    expect(r.values[9]).toEqual([3, 4])
    expect(encodeAmf0(r.values).equals(buf)).toBe(true)
  })

  it('decodes a date as its ms number and a typed object as its properties', () => {
    const date = Buffer.from('0b' + '4276e3b3c4e00000' + '0000', 'hex')
    const typed = Buffer.from('10000143', 'hex') // typed object, class name "C"
    expect(decodeAmf0(date)).toEqual({
      ok: true,
      values: [Buffer.from('4276e3b3c4e00000', 'hex').readDoubleBE()]
    })
    // typed object "C" { a: 1 }
    const t = Buffer.concat([
      typed,
      Buffer.from('0001', 'hex'),
      Buffer.from('a'),
      Buffer.from('003ff0000000000000000009', 'hex')
    ])
    expect(decodeAmf0(t)).toEqual({ ok: true, values: [{ a: 1 }] })
  })
})

describe('amf0 on garbage never throws', () => {
  it('reports truncation with the values decoded before it', () => {
    const full = Buffer.from(NMS_PUBLISH_START, 'hex')
    const r = decodeAmf0(full.subarray(0, full.length - 5))
    expect(r.ok).toBe(false)
    if (!r.ok) {
      expect(r.error).toBe('amf0-truncated')
      expect(r.values.slice(0, 3)).toEqual(['onStatus', 0, null])
    }
  })

  it('rejects unknown and unsupported markers, stray object ends, and AMF3', () => {
    expect(decodeAmf0(Buffer.from([0x42]))).toMatchObject({
      ok: false,
      error: 'amf0-unknown-marker',
      offset: 0
    })
    expect(decodeAmf0(Buffer.from([0x07, 0, 1]))).toMatchObject({
      ok: false,
      error: 'amf0-unsupported-marker'
    })
    expect(decodeAmf0(Buffer.from([0x11, 0x01]))).toMatchObject({
      ok: false,
      error: 'amf0-unsupported-marker'
    })
    expect(decodeAmf0(Buffer.from([0x09]))).toMatchObject({
      ok: false,
      error: 'amf0-unexpected-object-end'
    })
  })

  it('bounds nesting depth and value count', () => {
    // 100 bytes of 0x03: an object whose key length 0x0303 runs past the end.
    const deep = Buffer.alloc(100, 0x03)
    // Real nesting: { a: { a: { a: … } } }, 40 levels.
    const nest: Buffer[] = []
    for (let i = 0; i < 40; i++) nest.push(Buffer.from([0x03, 0x00, 0x01, 0x61]))
    const r = decodeAmf0(Buffer.concat(nest), { maxDepth: 16, maxValues: 1000 })
    expect(r).toMatchObject({ ok: false, error: 'amf0-too-deep' })
    expect(decodeAmf0(deep).ok).toBe(false)
    const many = Buffer.alloc(50, 0x05) // 50 nulls
    expect(decodeAmf0(many, { maxDepth: 16, maxValues: 10 })).toMatchObject({
      ok: false,
      error: 'amf0-too-many-values'
    })
  })

  it('does not allocate for a lying strict-array count', () => {
    const r = decodeAmf0(Buffer.from([0x0a, 0xff, 0xff, 0xff, 0xff, 0x05]))
    expect(r).toMatchObject({ ok: false, error: 'amf0-truncated' })
  })

  it('survives 2000 random buffers without throwing', () => {
    let seed = 12345
    const rnd = (): number => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % 256
    let failures = 0
    for (let i = 0; i < 2000; i++) {
      const b = Buffer.alloc(1 + (i % 64))
      for (let j = 0; j < b.length; j++) b[j] = rnd()
      const r = decodeAmf0(b)
      if (!r.ok) failures++
    }
    expect(failures).toBeGreaterThan(0)
  })
})
