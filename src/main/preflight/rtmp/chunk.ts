/**
 * The RTMP chunk stream (RTMP specification 1.0, sections 5.3 and 5.4): a writer that splits our
 * messages into chunks, a reader that reassembles the server's chunks (fmt 0–3, extended
 * timestamps, Set Chunk Size, Abort) into messages, and the protocol control messages.
 * The reader is bounded: total bytes, message size and chunk stream count are capped, and bad
 * input gives an error code, never an exception.
 */
import { RTMP_MAX_CHUNK_STREAMS, RTMP_MAX_MESSAGE_BYTES, RTMP_MAX_READ_BYTES } from '../constants'

/** RTMP message type ids used by the probe. */
export const MSG_TYPE = {
  setChunkSize: 1,
  abort: 2,
  ack: 3,
  userControl: 4,
  windowAckSize: 5,
  setPeerBandwidth: 6,
  audio: 8,
  video: 9,
  dataAmf3: 15,
  commandAmf3: 17,
  dataAmf0: 18,
  commandAmf0: 20
} as const

/** User Control event types (section 7.1.7). */
export const USER_CONTROL = {
  streamBegin: 0,
  streamEof: 1,
  streamDry: 2,
  setBufferLength: 3,
  streamIsRecorded: 4,
  pingRequest: 6,
  pingResponse: 7
} as const

/** The initial chunk size both sides use until a Set Chunk Size. */
export const DEFAULT_CHUNK_SIZE = 128
/** Largest chunk size we accept (message length is 24 bits, so bigger chunks make no sense). */
export const MAX_CHUNK_SIZE = 0xffffff

/** One complete RTMP message. */
export interface RtmpMessage {
  /** Chunk stream id it arrived on. */
  csid: number
  timestamp: number
  typeId: number
  /** Message stream id (0 = the NetConnection). */
  streamId: number
  payload: Buffer
}

/** Why the reader gave up. After an error it accepts no more input. */
export const CHUNK_ERROR_CODES = [
  'chunk-too-many-bytes',
  'chunk-message-too-large',
  'chunk-too-many-streams',
  'chunk-no-previous-header',
  'chunk-bad-chunk-size'
] as const
export type ChunkErrorCode = (typeof CHUNK_ERROR_CODES)[number]

/** What one push() produced. */
export interface ChunkReadResult {
  messages: RtmpMessage[]
  error?: ChunkErrorCode
}

/** Reader limits (defaults from constants). */
export interface ChunkReaderLimits {
  maxTotalBytes: number
  maxMessageBytes: number
  maxChunkStreams: number
}

/** What the reader remembers per chunk stream (fmt 1–3 chunks inherit from it). */
interface StreamState {
  timestamp: number
  /** The last timestamp delta (0 after a fmt 0 header): a fmt 3 chunk starting a message adds it. */
  delta: number
  length: number
  typeId: number
  streamId: number
  /** Whether the last fmt 0–2 header used an extended timestamp (fmt 3 then repeats it). */
  extended: boolean
  /** Parts of a message being reassembled, and their total length. */
  parts: Buffer[]
  received: number
}

/** Reassembles RTMP messages from chunk bytes. One instance per connection. */
export class ChunkReader {
  private chunkSize = DEFAULT_CHUNK_SIZE
  private pending: Buffer = Buffer.alloc(0)
  private totalBytes = 0
  private failed: ChunkErrorCode | undefined
  private readonly streams = new Map<number, StreamState>()

  constructor(
    private readonly limits: ChunkReaderLimits = {
      maxTotalBytes: RTMP_MAX_READ_BYTES,
      maxMessageBytes: RTMP_MAX_MESSAGE_BYTES,
      maxChunkStreams: RTMP_MAX_CHUNK_STREAMS
    }
  ) {}

  /** The server's current chunk size (changed by its Set Chunk Size). */
  get inChunkSize(): number {
    return this.chunkSize
  }

  /** Bytes fed so far. */
  get bytesRead(): number {
    return this.totalBytes
  }

  /** Feeds bytes; returns every message completed by them, or an error (then stops for good). */
  push(data: Buffer): ChunkReadResult {
    if (this.failed) return { messages: [], error: this.failed }
    this.totalBytes += data.length
    if (this.totalBytes > this.limits.maxTotalBytes) return this.fail([], 'chunk-too-many-bytes')
    this.pending = this.pending.length === 0 ? data : Buffer.concat([this.pending, data])
    const messages: RtmpMessage[] = []
    // Each pass consumes one whole chunk or stops; pending only shrinks, so this ends.
    for (;;) {
      const step = this.readChunk(this.pending)
      if (step === 'need-more') break
      if (typeof step === 'string') return this.fail(messages, step)
      this.pending = this.pending.subarray(step.consumed)
      if (step.message) {
        messages.push(step.message)
        const err = this.applyControl(step.message)
        if (err) return this.fail(messages, err)
      }
    }
    return { messages }
  }

  private fail(messages: RtmpMessage[], error: ChunkErrorCode): ChunkReadResult {
    this.failed = error
    this.pending = Buffer.alloc(0)
    return { messages, error }
  }

  /** Set Chunk Size and Abort change how later chunks are read, so the reader applies them. */
  private applyControl(m: RtmpMessage): ChunkErrorCode | undefined {
    if (m.typeId === MSG_TYPE.setChunkSize && m.payload.length >= 4) {
      // The top bit must be 0 (section 5.4.1).
      const size = m.payload.readUInt32BE(0) & 0x7fffffff
      if (size < 1 || size > MAX_CHUNK_SIZE) return 'chunk-bad-chunk-size'
      this.chunkSize = size
    } else if (m.typeId === MSG_TYPE.abort && m.payload.length >= 4) {
      const s = this.streams.get(m.payload.readUInt32BE(0))
      if (s) {
        s.parts = []
        s.received = 0
      }
    }
    return undefined
  }

  /** Reads one whole chunk from `buf`: what it used and the message it completed, if any. */
  private readChunk(
    buf: Buffer
  ): 'need-more' | ChunkErrorCode | { consumed: number; message?: RtmpMessage } {
    const basic = readBasicHeader(buf)
    if (!basic) return 'need-more'
    const { fmt, csid, pos } = basic
    if (buf.length < pos + MESSAGE_HEADER_LENGTH[fmt]) return 'need-more'
    let s = this.streams.get(csid)
    if (!s) {
      if (fmt !== 0) return 'chunk-no-previous-header'
      if (this.streams.size >= this.limits.maxChunkStreams) return 'chunk-too-many-streams'
    }
    const prev = s ?? newStreamState()
    const h = readMessageHeader(buf, fmt, pos, prev)
    if (h === 'need-more') return h
    if (h.length > this.limits.maxMessageBytes) return 'chunk-message-too-large'
    const take = Math.min(this.chunkSize, h.length - prev.received)
    if (buf.length < h.end + take) return 'need-more'

    // Commit the header only now that the whole chunk is here (a partial chunk is re-read).
    if (!s) {
      s = prev
      this.streams.set(csid, s)
    }
    const consumed = h.end + take
    const message = applyChunk(s, csid, fmt, h, buf.subarray(h.end, consumed))
    return message ? { consumed, message } : { consumed }
  }
}

/** Length of the message header by chunk format (fmt 0 full, 1 no stream id, 2 delta, 3 none). */
const MESSAGE_HEADER_LENGTH = [11, 7, 3, 0] as const

/** A fresh chunk stream's state (only a fmt 0 chunk may start one). */
function newStreamState(): StreamState {
  return {
    timestamp: 0,
    delta: 0,
    length: 0,
    typeId: 0,
    streamId: 0,
    extended: false,
    parts: [],
    received: 0
  }
}

/** The basic header: format, chunk stream id (1–3 bytes) and where the message header starts. */
function readBasicHeader(
  buf: Buffer
): { fmt: 0 | 1 | 2 | 3; csid: number; pos: number } | undefined {
  if (buf.length < 1) return undefined
  const fmt = (buf[0] >> 6) as 0 | 1 | 2 | 3
  const csid = buf[0] & 0x3f
  if (csid === 0) return buf.length < 2 ? undefined : { fmt, csid: buf[1] + 64, pos: 2 }
  if (csid === 1)
    return buf.length < 3 ? undefined : { fmt, csid: buf[2] * 256 + buf[1] + 64, pos: 3 }
  return { fmt, csid, pos: 1 }
}

/** A chunk's message header; the fields its format omits are the stream's previous ones. */
interface ChunkHeader {
  /** Timestamp (fmt 0) or delta (fmt 1, 2) as sent; 0 for fmt 3. */
  tsField: number
  length: number
  typeId: number
  streamId: number
  extended: boolean
  /** Where the chunk's data starts in the buffer. */
  end: number
}

/** Reads the message header (and extended timestamp) after the basic header. */
function readMessageHeader(
  buf: Buffer,
  fmt: 0 | 1 | 2 | 3,
  start: number,
  prev: StreamState
): ChunkHeader | 'need-more' {
  const h: ChunkHeader = {
    tsField: 0,
    length: prev.length,
    typeId: prev.typeId,
    streamId: prev.streamId,
    extended: prev.extended,
    end: start + MESSAGE_HEADER_LENGTH[fmt]
  }
  if (fmt <= 2) {
    h.tsField = buf.readUIntBE(start, 3)
    h.extended = h.tsField === 0xffffff
  }
  if (fmt <= 1) {
    h.length = buf.readUIntBE(start + 3, 3)
    h.typeId = buf[start + 6]
  }
  if (fmt === 0) h.streamId = buf.readUInt32LE(start + 7)
  if (h.extended) {
    if (buf.length < h.end + 4) return 'need-more'
    // For fmt 3 the extended field repeats the previous one; it is read but not re-applied.
    if (fmt <= 2) h.tsField = buf.readUInt32BE(h.end)
    h.end += 4
  }
  return h
}

/** Applies a complete chunk to its stream; the message when this chunk finished one. */
function applyChunk(
  s: StreamState,
  csid: number,
  fmt: 0 | 1 | 2 | 3,
  h: ChunkHeader,
  data: Buffer
): RtmpMessage | undefined {
  const startsMessage = s.received === 0
  if (fmt === 0) {
    s.timestamp = h.tsField
    s.delta = 0
  } else if (fmt <= 2) {
    s.delta = h.tsField
    s.timestamp = (s.timestamp + h.tsField) >>> 0
  } else if (startsMessage) {
    s.timestamp = (s.timestamp + s.delta) >>> 0
  }
  s.length = h.length
  s.typeId = h.typeId
  s.streamId = h.streamId
  s.extended = h.extended
  if (data.length > 0) s.parts.push(data)
  s.received += data.length
  if (s.received < s.length) return undefined
  const message: RtmpMessage = {
    csid,
    timestamp: s.timestamp,
    typeId: s.typeId,
    streamId: s.streamId,
    // Copy: the parts are views into buffers we are about to drop.
    payload: Buffer.from(Buffer.concat(s.parts))
  }
  s.parts = []
  s.received = 0
  return message
}

/** Message to write; the writer always uses fmt 0 then fmt 3 continuation chunks. */
export interface OutgoingMessage {
  csid: number
  timestamp: number
  typeId: number
  streamId: number
  payload: Buffer
}

function basicHeader(fmt: number, csid: number): Buffer {
  if (csid < 2 || csid > 65599) throw new RangeError(`bad chunk stream id ${csid}`)
  if (csid <= 63) return Buffer.from([(fmt << 6) | csid])
  if (csid <= 319) return Buffer.from([fmt << 6, csid - 64])
  return Buffer.from([(fmt << 6) | 1, (csid - 64) & 0xff, (csid - 64) >> 8])
}

/** Splits one message into chunks of `chunkSize` (fmt 0 header, then fmt 3 headers). */
export function encodeChunks(msg: OutgoingMessage, chunkSize: number = DEFAULT_CHUNK_SIZE): Buffer {
  if (msg.payload.length > 0xffffff) throw new RangeError('RTMP message over 16 MiB')
  const extended = msg.timestamp >= 0xffffff
  const header = Buffer.alloc(11)
  header.writeUIntBE(extended ? 0xffffff : msg.timestamp, 0, 3)
  header.writeUIntBE(msg.payload.length, 3, 3)
  header[6] = msg.typeId
  header.writeUInt32LE(msg.streamId, 7)
  const ext = Buffer.alloc(extended ? 4 : 0)
  if (extended) ext.writeUInt32BE(msg.timestamp >>> 0)
  const parts: Buffer[] = [basicHeader(0, msg.csid), header, ext]
  const cont = Buffer.concat([basicHeader(3, msg.csid), ext])
  for (let off = 0; off < msg.payload.length || off === 0; off += chunkSize) {
    if (off > 0) parts.push(cont)
    parts.push(msg.payload.subarray(off, off + chunkSize))
    if (msg.payload.length === 0) break
  }
  return Buffer.concat(parts)
}

function u32(n: number): Buffer {
  const b = Buffer.alloc(4)
  b.writeUInt32BE(n >>> 0)
  return b
}

/** Protocol control messages go on chunk stream 2, message stream 0. */
function control(typeId: number, payload: Buffer): OutgoingMessage {
  return { csid: 2, timestamp: 0, typeId, streamId: 0, payload }
}

/** Set Chunk Size (type 1). */
export function setChunkSizeMessage(size: number): OutgoingMessage {
  return control(MSG_TYPE.setChunkSize, u32(size & 0x7fffffff))
}

/** Window Acknowledgement Size (type 5). */
export function windowAckSizeMessage(size: number): OutgoingMessage {
  return control(MSG_TYPE.windowAckSize, u32(size))
}

/** Set Peer Bandwidth (type 6); limit type 0 hard, 1 soft, 2 dynamic. */
export function setPeerBandwidthMessage(size: number, limitType: 0 | 1 | 2): OutgoingMessage {
  return control(MSG_TYPE.setPeerBandwidth, Buffer.concat([u32(size), Buffer.from([limitType])]))
}

/** User Control (type 4) with one 32-bit parameter (stream id or ping timestamp). */
export function userControlMessage(event: number, value: number): OutgoingMessage {
  const b = Buffer.alloc(6)
  b.writeUInt16BE(event, 0)
  b.writeUInt32BE(value >>> 0, 2)
  return control(MSG_TYPE.userControl, b)
}

/** A protocol control or user control message, decoded. */
export type ControlEvent =
  | { type: 'set-chunk-size'; size: number }
  | { type: 'abort'; csid: number }
  | { type: 'ack'; sequence: number }
  | { type: 'window-ack-size'; size: number }
  | { type: 'set-peer-bandwidth'; size: number; limitType: number }
  | { type: 'user-control'; event: number; value: number }

/** Decodes a control message (types 1–6); undefined for other types or short payloads. */
export function parseControl(m: RtmpMessage): ControlEvent | undefined {
  const p = m.payload
  switch (m.typeId) {
    case MSG_TYPE.setChunkSize:
      return p.length >= 4
        ? { type: 'set-chunk-size', size: p.readUInt32BE(0) & 0x7fffffff }
        : undefined
    case MSG_TYPE.abort:
      return p.length >= 4 ? { type: 'abort', csid: p.readUInt32BE(0) } : undefined
    case MSG_TYPE.ack:
      return p.length >= 4 ? { type: 'ack', sequence: p.readUInt32BE(0) } : undefined
    case MSG_TYPE.windowAckSize:
      return p.length >= 4 ? { type: 'window-ack-size', size: p.readUInt32BE(0) } : undefined
    case MSG_TYPE.setPeerBandwidth:
      return p.length >= 5
        ? { type: 'set-peer-bandwidth', size: p.readUInt32BE(0), limitType: p[4] }
        : undefined
    case MSG_TYPE.userControl:
      return p.length >= 2
        ? {
            type: 'user-control',
            event: p.readUInt16BE(0),
            value: p.length >= 6 ? p.readUInt32BE(2) : 0
          }
        : undefined
    default:
      return undefined
  }
}
