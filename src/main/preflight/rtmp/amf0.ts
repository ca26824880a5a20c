/**
 * A small AMF0 encoder/decoder: just what RTMP commands (`connect`, `_result`, `onStatus`, …)
 * use. Decoding never throws on bytes from the network: it returns an error result with the
 * offset where decoding stopped and the values decoded before it. Encoding only sees our own
 * values, so a misuse there (a cycle, a key over 64 KiB) is a bug and throws.
 */
import { AMF0_MAX_DEPTH, AMF0_MAX_VALUES } from '../constants'

/** AMF0 type markers (AMF0 specification, section 2.1). */
export const AMF0_MARKER = {
  number: 0x00,
  boolean: 0x01,
  string: 0x02,
  object: 0x03,
  movieclip: 0x04,
  null: 0x05,
  undefined: 0x06,
  reference: 0x07,
  ecmaArray: 0x08,
  objectEnd: 0x09,
  strictArray: 0x0a,
  date: 0x0b,
  longString: 0x0c,
  unsupported: 0x0d,
  recordset: 0x0e,
  xmlDocument: 0x0f,
  typedObject: 0x10,
  avmplus: 0x11
} as const

/** An AMF0 anonymous object: string keys, ordered as received. */
export interface Amf0Object {
  [key: string]: Amf0Value
}

/** An AMF0 ECMA array (associative array). Kept apart from objects so it re-encodes as 0x08. */
export class Amf0EcmaArray {
  /** The array's entries, by key. */
  constructor(readonly entries: Amf0Object) {}
}

/** A decoded AMF0 value. Dates decode to their ms-since-epoch number; XML to its text. */
export type Amf0Value =
  number | boolean | string | null | undefined | Amf0Value[] | Amf0Object | Amf0EcmaArray

/** Why decoding stopped. */
export const AMF0_ERROR_CODES = [
  'amf0-truncated',
  'amf0-unknown-marker',
  'amf0-unsupported-marker',
  'amf0-too-deep',
  'amf0-too-many-values',
  'amf0-unexpected-object-end'
] as const
export type Amf0ErrorCode = (typeof AMF0_ERROR_CODES)[number]

/** Result of decoding a buffer of AMF0 values. `values` holds what decoded before any error. */
export type Amf0DecodeResult =
  | { ok: true; values: Amf0Value[] }
  | { ok: false; error: Amf0ErrorCode; offset: number; values: Amf0Value[] }

/** Limits for decoding bytes from the network. */
export interface Amf0Limits {
  maxDepth: number
  maxValues: number
}

// Thrown inside the decoder only and caught at its edge (decodeAmf0), never escapes.
class Amf0DecodeError extends Error {
  constructor(
    readonly code: Amf0ErrorCode,
    readonly offset: number
  ) {
    super(code)
  }
}

/** Per-call decoder state (no module-level state: two decodes can interleave). */
interface Cursor {
  buf: Buffer
  pos: number
  count: number
  limits: Amf0Limits
}

function need(c: Cursor, n: number): void {
  if (c.pos + n > c.buf.length) throw new Amf0DecodeError('amf0-truncated', c.pos)
}

function readU16(c: Cursor): number {
  need(c, 2)
  const v = c.buf.readUInt16BE(c.pos)
  c.pos += 2
  return v
}

function readU32(c: Cursor): number {
  need(c, 4)
  const v = c.buf.readUInt32BE(c.pos)
  c.pos += 4
  return v
}

function readDouble(c: Cursor): number {
  need(c, 8)
  const v = c.buf.readDoubleBE(c.pos)
  c.pos += 8
  return v
}

function readUtf8(c: Cursor, len: number): string {
  need(c, len)
  const s = c.buf.toString('utf8', c.pos, c.pos + len)
  c.pos += len
  return s
}

/** Reads `key, value` pairs up to the 00 00 09 end marker (objects, ECMA arrays, typed objects). */
function readProperties(c: Cursor, depth: number): Amf0Object {
  // A null-prototype object so a key named "__proto__" from the network stays a plain key.
  const out = Object.create(null) as Amf0Object
  for (;;) {
    const keyLen = readU16(c)
    if (keyLen === 0) {
      need(c, 1)
      if (c.buf[c.pos] === AMF0_MARKER.objectEnd) {
        c.pos += 1
        return out
      }
    }
    const key = readUtf8(c, keyLen)
    out[key] = readValue(c, depth + 1)
  }
}

function readValue(c: Cursor, depth: number): Amf0Value {
  if (depth > c.limits.maxDepth) throw new Amf0DecodeError('amf0-too-deep', c.pos)
  c.count += 1
  if (c.count > c.limits.maxValues) throw new Amf0DecodeError('amf0-too-many-values', c.pos)
  need(c, 1)
  const start = c.pos
  const marker = c.buf[c.pos]
  c.pos += 1
  switch (marker) {
    case AMF0_MARKER.number:
      return readDouble(c)
    case AMF0_MARKER.boolean:
      need(c, 1)
      c.pos += 1
      return c.buf[c.pos - 1] !== 0
    case AMF0_MARKER.string:
      return readUtf8(c, readU16(c))
    case AMF0_MARKER.longString:
    case AMF0_MARKER.xmlDocument:
      return readUtf8(c, readU32(c))
    case AMF0_MARKER.object:
      return readProperties(c, depth)
    case AMF0_MARKER.typedObject:
      // The class name is of no use to a probe; keep the properties.
      readUtf8(c, readU16(c))
      return readProperties(c, depth)
    case AMF0_MARKER.ecmaArray:
      // The count is a hint only (FMS sends 0 for non-empty arrays); the end marker ends it.
      readU32(c)
      return new Amf0EcmaArray(readProperties(c, depth))
    case AMF0_MARKER.strictArray: {
      const n = readU32(c)
      // Each element takes at least one byte: a count beyond the buffer is a lie, not a reason
      // to allocate.
      if (n > c.buf.length - c.pos) throw new Amf0DecodeError('amf0-truncated', c.pos)
      const arr: Amf0Value[] = []
      for (let i = 0; i < n; i++) arr.push(readValue(c, depth + 1))
      return arr
    }
    case AMF0_MARKER.date: {
      const ms = readDouble(c)
      readU16(c) // time zone: reserved, always 0
      return ms
    }
    case AMF0_MARKER.null:
      return null
    case AMF0_MARKER.undefined:
    case AMF0_MARKER.unsupported:
      return undefined
    case AMF0_MARKER.objectEnd:
      throw new Amf0DecodeError('amf0-unexpected-object-end', start)
    case AMF0_MARKER.reference:
    case AMF0_MARKER.movieclip:
    case AMF0_MARKER.recordset:
    case AMF0_MARKER.avmplus:
      throw new Amf0DecodeError('amf0-unsupported-marker', start)
    default:
      throw new Amf0DecodeError('amf0-unknown-marker', start)
  }
}

/** Decodes every AMF0 value in `buf`. Never throws. */
export function decodeAmf0(
  buf: Buffer,
  limits: Amf0Limits = { maxDepth: AMF0_MAX_DEPTH, maxValues: AMF0_MAX_VALUES }
): Amf0DecodeResult {
  const c: Cursor = { buf, pos: 0, count: 0, limits }
  const values: Amf0Value[] = []
  try {
    while (c.pos < buf.length) values.push(readValue(c, 0))
    return { ok: true, values }
  } catch (err) {
    if (err instanceof Amf0DecodeError)
      return { ok: false, error: err.code, offset: err.offset, values }
    // RangeError from Buffer reads cannot happen after need(); anything else is a bug.
    throw err
  }
}

function encodeKey(key: string): Buffer {
  const k = Buffer.from(key, 'utf8')
  if (k.length > 0xffff)
    throw new RangeError(`AMF0 key longer than 65535 bytes: ${key.slice(0, 20)}…`)
  const len = Buffer.alloc(2)
  len.writeUInt16BE(k.length)
  return Buffer.concat([len, k])
}

function encodeProperties(obj: Amf0Object, depth: number): Buffer[] {
  const parts: Buffer[] = []
  for (const [key, v] of Object.entries(obj)) parts.push(encodeKey(key), encodeValue(v, depth + 1))
  parts.push(Buffer.from([0x00, 0x00, AMF0_MARKER.objectEnd]))
  return parts
}

function encodeValue(v: Amf0Value, depth: number): Buffer {
  if (depth > AMF0_MAX_DEPTH) throw new RangeError('AMF0 value nested too deeply (a cycle?)')
  if (v === undefined) return Buffer.from([AMF0_MARKER.undefined])
  if (v === null) return Buffer.from([AMF0_MARKER.null])
  if (typeof v === 'number') {
    const b = Buffer.alloc(9)
    b[0] = AMF0_MARKER.number
    b.writeDoubleBE(v, 1)
    return b
  }
  if (typeof v === 'boolean') return Buffer.from([AMF0_MARKER.boolean, v ? 1 : 0])
  if (typeof v === 'string') {
    const s = Buffer.from(v, 'utf8')
    if (s.length <= 0xffff) {
      const h = Buffer.alloc(3)
      h[0] = AMF0_MARKER.string
      h.writeUInt16BE(s.length, 1)
      return Buffer.concat([h, s])
    }
    const h = Buffer.alloc(5)
    h[0] = AMF0_MARKER.longString
    h.writeUInt32BE(s.length, 1)
    return Buffer.concat([h, s])
  }
  if (Array.isArray(v)) {
    const h = Buffer.alloc(5)
    h[0] = AMF0_MARKER.strictArray
    h.writeUInt32BE(v.length, 1)
    return Buffer.concat([h, ...v.map((x) => encodeValue(x, depth + 1))])
  }
  if (v instanceof Amf0EcmaArray) {
    const h = Buffer.alloc(5)
    h[0] = AMF0_MARKER.ecmaArray
    h.writeUInt32BE(Object.keys(v.entries).length, 1)
    return Buffer.concat([h, ...encodeProperties(v.entries, depth)])
  }
  return Buffer.concat([Buffer.from([AMF0_MARKER.object]), ...encodeProperties(v, depth)])
}

/** Encodes values back to back (a command is name, transaction id, command object, args…). */
export function encodeAmf0(values: readonly Amf0Value[]): Buffer {
  return Buffer.concat(values.map((v) => encodeValue(v, 0)))
}

/** True for a decoded AMF0 object (not an array, ECMA array or primitive). */
export function isAmf0Object(v: Amf0Value): v is Amf0Object {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Amf0EcmaArray)
}

/** Reads `obj[key]` as a string when it is one (object or ECMA array), else undefined. */
export function amf0String(v: Amf0Value, key: string): string | undefined {
  const obj = v instanceof Amf0EcmaArray ? v.entries : isAmf0Object(v) ? v : undefined
  const x = obj?.[key]
  return typeof x === 'string' ? x : undefined
}
