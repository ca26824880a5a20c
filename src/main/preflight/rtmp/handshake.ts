/**
 * The RTMP handshake (RTMP specification 1.0, section 5.2) as pure functions: build C0+C1 and
 * C2, and classify what the server sent back (RTMP, an HTTP reply, another version, garbage).
 * The engine uses the plain handshake: servers answer it with S2 = C1.
 */

/** RTMP protocol version carried in C0/S0. */
export const RTMP_VERSION = 3
/** Size of C1/S1/C2/S2. */
export const HANDSHAKE_SIZE = 1536
/** S0+S1+S2. */
export const SERVER_HELLO_SIZE = 1 + 2 * HANDSHAKE_SIZE

/** C0+C1: version 3, then time (4 bytes), zero (4 bytes), random (1528 bytes). */
export function makeC0C1(time: number, random: Buffer): Buffer {
  if (random.length < HANDSHAKE_SIZE - 8) throw new RangeError('C1 needs 1528 random bytes')
  const b = Buffer.alloc(1 + HANDSHAKE_SIZE)
  b[0] = RTMP_VERSION
  b.writeUInt32BE(time >>> 0, 1)
  // Bytes 5..8 stay zero: that marks the plain (non-digest) handshake.
  random.copy(b, 9, 0, HANDSHAKE_SIZE - 8)
  return b
}

/** C2 echoes S1 (time, time2 and random), as the plain handshake asks. */
export function makeC2(s1: Buffer): Buffer {
  return Buffer.from(s1.subarray(0, HANDSHAKE_SIZE))
}

/** What the bytes received so far say about the server. */
export type ServerHelloVerdict =
  | { kind: 'need-more' }
  | { kind: 'rtmp'; version: number }
  | { kind: 'http' }
  | { kind: 'bad-version'; version: number }
  | { kind: 'garbage' }

const HTTP_PREFIX = Buffer.from('HTTP/', 'ascii')

/**
 * Classifies the server's first bytes. Byte 0 must be 3. An HTTP server answers our binary
 * bytes with `HTTP/1.x 400`; a small byte other than 3 is another RTMP flavour (6 = RTMPE);
 * anything else (an SSH or SMTP banner, TLS alert) is garbage.
 */
export function classifyServerHello(buf: Buffer): ServerHelloVerdict {
  if (buf.length === 0) return { kind: 'need-more' }
  const v = buf[0]
  if (v === RTMP_VERSION) return { kind: 'rtmp', version: v }
  const n = Math.min(buf.length, HTTP_PREFIX.length)
  if (buf.subarray(0, n).equals(HTTP_PREFIX.subarray(0, n))) {
    return n === HTTP_PREFIX.length ? { kind: 'http' } : { kind: 'need-more' }
  }
  if (v < 32) return { kind: 'bad-version', version: v }
  return { kind: 'garbage' }
}

/**
 * Whether S2 echoes C1. Only the random part is compared: servers may put their own time in
 * S2's time2 field (section 5.2.4).
 */
export function s2EchoesC1(s2: Buffer, c1: Buffer): boolean {
  return (
    s2.length >= HANDSHAKE_SIZE &&
    s2.subarray(8, HANDSHAKE_SIZE).equals(c1.subarray(8, HANDSHAKE_SIZE))
  )
}

/** The first bytes as hex (for evidence). */
export function firstBytesHex(buf: Buffer, max = 16): string {
  return buf.subarray(0, max).toString('hex')
}

/** The first bytes as printable text, other bytes shown as '.', for evidence. */
export function firstBytesText(buf: Buffer, max = 64): string {
  let s = ''
  for (const b of buf.subarray(0, max)) s += b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : '.'
  return s
}
