import { describe, expect, it } from 'vitest'
import {
  ChunkReader,
  MSG_TYPE,
  encodeChunks,
  parseControl,
  setChunkSizeMessage,
  setPeerBandwidthMessage,
  userControlMessage,
  windowAckSizeMessage
} from '../../../src/main/preflight/rtmp/chunk'

const limits = { maxTotalBytes: 1 << 20, maxMessageBytes: 64 * 1024, maxChunkStreams: 8 }

describe('chunk writer and reader', () => {
  it('splits a 300-byte message into 128-byte chunks (fmt 0 + two fmt 3) and reads it back', () => {
    const payload = Buffer.alloc(300, 7)
    const bytes = encodeChunks({ csid: 3, timestamp: 42, typeId: 20, streamId: 1, payload })
    // 1 + 11 header, 300 payload, two 1-byte fmt 3 headers
    expect(bytes.length).toBe(12 + 300 + 2)
    expect(bytes[0]).toBe(0x03)
    expect(bytes[12 + 128]).toBe(0xc3)
    const r = new ChunkReader(limits).push(bytes)
    expect(r.error).toBeUndefined()
    expect(r.messages).toHaveLength(1)
    expect(r.messages[0]).toMatchObject({ csid: 3, timestamp: 42, typeId: 20, streamId: 1 })
    expect(r.messages[0].payload.equals(payload)).toBe(true)
  })

  it('reassembles across arbitrary TCP splits (one byte at a time)', () => {
    const payload = Buffer.from('hello world '.repeat(30))
    const bytes = encodeChunks({ csid: 70, timestamp: 5, typeId: 18, streamId: 0, payload })
    expect(bytes[0]).toBe(0x00) // two-byte basic header for csid 70
    const reader = new ChunkReader(limits)
    const got = []
    for (const b of bytes) got.push(...reader.push(Buffer.from([b])).messages)
    expect(got).toHaveLength(1)
    expect(got[0].csid).toBe(70)
    expect(got[0].payload.toString()).toBe(payload.toString())
  })

  it('writes and reads extended timestamps (also on fmt 3 continuation chunks)', () => {
    const payload = Buffer.alloc(200, 1)
    const bytes = encodeChunks({ csid: 4, timestamp: 0x01000000, typeId: 9, streamId: 1, payload })
    expect(bytes.readUIntBE(1, 3)).toBe(0xffffff)
    expect(bytes.readUInt32BE(12)).toBe(0x01000000)
    // continuation: basic header + 4-byte extended timestamp
    expect(bytes.length).toBe(1 + 11 + 4 + 200 + 1 + 4)
    const r = new ChunkReader(limits).push(bytes)
    expect(r.messages[0].timestamp).toBe(0x01000000)
    expect(r.messages[0].payload.length).toBe(200)
  })

  it('reads fmt 1, 2 and 3 headers that inherit from the previous message (hand-written bytes)', () => {
    const bytes = Buffer.concat([
      // fmt 0, csid 5, ts 100, len 2, type 8, stream 1
      Buffer.from('05' + '000064' + '000002' + '08' + '01000000' + 'aaaa', 'hex'),
      // fmt 1, csid 5, delta 10, len 3, type 9
      Buffer.from('45' + '00000a' + '000003' + '09' + 'bbbbbb', 'hex'),
      // fmt 2, csid 5, delta 20 (same length/type)
      Buffer.from('85' + '000014' + 'cccccc', 'hex'),
      // fmt 3, csid 5: new message, same delta 20
      Buffer.from('c5' + 'dddddd', 'hex')
    ])
    const r = new ChunkReader(limits).push(bytes)
    expect(r.error).toBeUndefined()
    expect(
      r.messages.map((m) => [m.timestamp, m.typeId, m.streamId, m.payload.toString('hex')])
    ).toEqual([
      [100, 8, 1, 'aaaa'],
      [110, 9, 1, 'bbbbbb'],
      [130, 9, 1, 'cccccc'],
      [150, 9, 1, 'dddddd']
    ])
  })

  it('applies the server Set Chunk Size to the chunks that follow', () => {
    const payload = Buffer.alloc(4000, 2)
    const bytes = Buffer.concat([
      encodeChunks(setChunkSizeMessage(4096)),
      encodeChunks({ csid: 3, timestamp: 0, typeId: 20, streamId: 0, payload }, 4096)
    ])
    const reader = new ChunkReader(limits)
    const r = reader.push(bytes)
    expect(reader.inChunkSize).toBe(4096)
    expect(r.messages).toHaveLength(2)
    expect(r.messages[1].payload.length).toBe(4000)
  })

  it('encodes and decodes the control messages', () => {
    const read = (m: Parameters<typeof encodeChunks>[0]) =>
      parseControl(new ChunkReader(limits).push(encodeChunks(m)).messages[0])
    expect(read(windowAckSizeMessage(5_000_000))).toEqual({
      type: 'window-ack-size',
      size: 5_000_000
    })
    expect(read(setPeerBandwidthMessage(5_000_000, 2))).toEqual({
      type: 'set-peer-bandwidth',
      size: 5_000_000,
      limitType: 2
    })
    expect(read(userControlMessage(0, 1))).toEqual({ type: 'user-control', event: 0, value: 1 })
    expect(read(setChunkSizeMessage(60000))).toEqual({ type: 'set-chunk-size', size: 60000 })
    // nms's literal Window Ack Size bytes (src/protocol/rtmp.js sendWindowACK)
    const nms = Buffer.from('020000000000040500000000004c4b40', 'hex')
    const m = new ChunkReader(limits).push(nms).messages[0]
    expect(m.typeId).toBe(MSG_TYPE.windowAckSize)
    expect(parseControl(m)).toEqual({ type: 'window-ack-size', size: 5_000_000 })
  })
})

describe('chunk reader bounds', () => {
  it('caps the total bytes read', () => {
    const reader = new ChunkReader({ ...limits, maxTotalBytes: 100 })
    const msg = encodeChunks({
      csid: 3,
      timestamp: 0,
      typeId: 20,
      streamId: 0,
      payload: Buffer.alloc(48)
    })
    expect(msg.length).toBe(60)
    expect(reader.push(msg)).toEqual({ messages: [expect.objectContaining({ csid: 3 })] })
    expect(reader.push(msg).error).toBe('chunk-too-many-bytes')
    expect(reader.bytesRead).toBe(120)
    // and stays failed
    expect(reader.push(Buffer.alloc(1)).error).toBe('chunk-too-many-bytes')
  })

  it('rejects a message longer than the cap before buffering it', () => {
    const r = new ChunkReader(limits).push(
      Buffer.from('03' + '000000' + 'ffffff' + '14' + '00000000', 'hex')
    )
    expect(r.error).toBe('chunk-message-too-large')
  })

  it('rejects a fmt 1 chunk on a stream never seen, and too many chunk streams', () => {
    expect(new ChunkReader(limits).push(Buffer.from('43000000000001140a', 'hex')).error).toBe(
      'chunk-no-previous-header'
    )
    const reader = new ChunkReader({ ...limits, maxChunkStreams: 2 })
    const msgs = [3, 4, 5].map((csid) =>
      encodeChunks({ csid, timestamp: 0, typeId: 20, streamId: 0, payload: Buffer.from([5]) })
    )
    const r = reader.push(Buffer.concat(msgs))
    expect(r.messages).toHaveLength(2)
    expect(r.error).toBe('chunk-too-many-streams')
  })

  it('rejects a zero chunk size', () => {
    const r = new ChunkReader(limits).push(Buffer.from('02000000000004010000000000000000', 'hex'))
    expect(r.error).toBe('chunk-bad-chunk-size')
  })
})
