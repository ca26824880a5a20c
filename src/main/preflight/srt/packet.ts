/**
 * SRT control packets, encoded and decoded by pure functions: the 16-byte header, the 48-byte
 * handshake body (CIF), the handshake extensions HSREQ/HSRSP and SID (stream id), and the small
 * keepalive/shutdown messages. Layout per libsrt (srtcore/packet.h, srtcore/handshake.h,
 * srtcore/core.cpp) and the IETF draft draft-sharabayko-srt. Decoding never throws: hostile bytes
 * give `{ ok: false, error }`.
 */

/** Bytes of the SRT packet header (four 32-bit words). */
export const SRT_HEADER_BYTES = 16
/** Bytes of the handshake body without extensions (`CHandShake::m_iContentSize`). */
export const SRT_HANDSHAKE_CIF_BYTES = 48
/** The value a v5 listener puts in the extension field of its induction reply (`SRT_MAGIC_CODE`). */
export const SRT_MAGIC_CODE = 0x4a17
/** Socket type of an HSv4 induction request (`UDT_DGRAM`). */
export const UDT_DGRAM = 2
/** Handshake versions: 4 = legacy UDT (induction request), 5 = SRT HSv5. */
export const HS_VERSION_UDT4 = 4
export const HS_VERSION_SRT1 = 5

/** Control packet types (`UDTMessageType`). */
export const SRT_CONTROL = {
  handshake: 0,
  keepalive: 1,
  ack: 2,
  nak: 3,
  congestion: 4,
  shutdown: 5,
  ackack: 6,
  dropreq: 7,
  peererror: 8,
  ext: 0x7fff
} as const

/** Handshake request types (`UDTRequestType`); 1000 and above carry a rejection. */
export const HS_REQ = { induction: 1, waveahand: 0, conclusion: -1, agreement: -2 } as const

/** Handshake extension command ids (`SRT_CMD_*`). */
export const SRT_CMD = {
  hsreq: 1,
  hsrsp: 2,
  kmreq: 3,
  kmrsp: 4,
  sid: 5,
  congestion: 6,
  filter: 7,
  group: 8
} as const

/** Flags of the v5 handshake's extension field: which extension groups follow. */
export const HS_EXT = { hsreq: 1, kmreq: 2, config: 4 } as const

/** HSREQ/HSRSP capability flags (`SrtOptions`). */
export const SRT_OPT = {
  tsbpdSnd: 1,
  tsbpdRcv: 2,
  haicrypt: 4,
  tlPktDrop: 8,
  nakReport: 16,
  rexmitFlg: 32,
  stream: 64,
  filterCap: 128
} as const

/** The handshake body, field by field. `peerIp` is the 16 address bytes in address order. */
export interface HandshakeCif {
  version: number
  /** Upper 16 bits of word 1: the encryption key length advertised (0 = none). */
  encryption: number
  /** Lower 16 bits of word 1: UDT_DGRAM (v4), the SRT magic (v5 induction reply), HS_EXT flags. */
  extensionField: number
  isn: number
  mss: number
  flowWindow: number
  /** Signed: 1 induction, -1 conclusion, 1000+ rejection. */
  reqType: number
  socketId: number
  cookie: number
  peerIp: Uint8Array
}

/** The fields of HSREQ / HSRSP. */
export interface HsFields {
  /** 0x00MMmmpp, e.g. 0x010501 = 1.5.1. */
  srtVersion: number
  flags: number
  /** TSBPD delay the sender of this extension wants as receiver, ms (upper 16 bits). */
  recvDelayMs: number
  /** TSBPD delay it proposes as sender, ms (lower 16 bits). */
  sendDelayMs: number
}

/** HSREQ / HSRSP: the SRT capability exchange (request from the caller, response from the listener). */
export type HsExtension = (HsFields & { kind: 'hsreq' }) | (HsFields & { kind: 'hsrsp' })

/** A handshake extension as decoded. */
export type HandshakeExtension =
  HsExtension | { kind: 'sid'; streamId: string } | { kind: 'other'; cmd: number; body: Uint8Array }

/** A decoded packet. */
export type SrtPacket =
  | {
      kind: 'handshake'
      timestamp: number
      destSocketId: number
      cif: HandshakeCif
      extensions: HandshakeExtension[]
    }
  | {
      kind: 'control'
      type: number
      subtype: number
      typeInfo: number
      timestamp: number
      destSocketId: number
    }
  | { kind: 'data'; seq: number; timestamp: number; destSocketId: number; payloadBytes: number }

/** Decode outcome: never an exception. */
export type DecodeResult = { ok: true; packet: SrtPacket } | { ok: false; error: string }

/** Most bytes of one extension we keep (SID is ≤ 512; others are small). */
const MAX_EXTENSION_BODY_BYTES = 4096
/** Most extensions in one handshake (libsrt sends at most a handful). */
const MAX_EXTENSIONS = 64

/** SRT version word → '1.5.1'. */
export function srtVersionString(v: number): string {
  return `${(v >>> 16) & 0xff}.${(v >>> 8) & 0xff}.${v & 0xff}`
}

/** '1.5.1' → 0x010501. */
export function srtVersionNumber(major: number, minor: number, patch: number): number {
  return ((major & 0xff) << 16) | ((minor & 0xff) << 8) | (patch & 0xff)
}

/**
 * Reverses the bytes of every 4-byte group. libsrt copies the stream id string (and the peer IP
 * address) into 32-bit words in host memory (little-endian on every platform it ships for) and
 * then byte-swaps each word to network order (`fillHsExtConfigString`, `HtoNLA`), so on the wire
 * "#!::" arrives as "::!#". The same swap undoes it. `bytes.length` must be a multiple of 4.
 */
export function swapWords(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(bytes.length)
  for (let i = 0; i + 3 < bytes.length; i += 4) {
    out[i] = bytes[i + 3]
    out[i + 1] = bytes[i + 2]
    out[i + 2] = bytes[i + 1]
    out[i + 3] = bytes[i]
  }
  return out
}

/** The 16 peer-IP bytes for an address ('127.0.0.1', '::1'); all zero if unreadable. */
export function peerIpBytes(ip: string): Uint8Array {
  const out = new Uint8Array(16)
  const v4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(ip)
  if (v4) {
    for (let i = 0; i < 4; i++) out[i] = Number(v4[i + 1]) & 0xff
    return out
  }
  const groups = expandIpv6(ip)
  if (!groups) return out
  groups.forEach((g, i) => {
    out[i * 2] = g >>> 8
    out[i * 2 + 1] = g & 0xff
  })
  return out
}

/** Eight 16-bit groups of an IPv6 address (no embedded IPv4 form), or undefined. */
function expandIpv6(ip: string): number[] | undefined {
  const parts = ip.split('::')
  if (parts.length > 2) return undefined
  const head = parts[0] ? parts[0].split(':') : []
  const tail = parts.length === 2 && parts[1] ? parts[1].split(':') : []
  const fill = 8 - head.length - tail.length
  if (fill < 0 || (parts.length === 1 && fill !== 0)) return undefined
  const all = [...head, ...Array<string>(fill).fill('0'), ...tail]
  if (!all.every((g) => /^[0-9a-fA-F]{1,4}$/.test(g))) return undefined
  return all.map((g) => parseInt(g, 16))
}

/** Writes a control header into the first 16 bytes of `buf`. */
function writeControlHeader(
  buf: Buffer,
  type: number,
  typeInfo: number,
  timestamp: number,
  destSocketId: number
): void {
  buf.writeUInt32BE((0x80000000 | ((type & 0x7fff) << 16)) >>> 0, 0)
  buf.writeUInt32BE(typeInfo >>> 0, 4)
  buf.writeUInt32BE(timestamp >>> 0, 8)
  buf.writeUInt32BE(destSocketId >>> 0, 12)
}

/** Encodes one extension: a header word (cmd << 16 | length in words) and the body. */
function encodeExtension(ext: HandshakeExtension): Buffer {
  let body: Buffer
  let cmd: number
  if (ext.kind === 'hsreq' || ext.kind === 'hsrsp') {
    cmd = ext.kind === 'hsreq' ? SRT_CMD.hsreq : SRT_CMD.hsrsp
    body = Buffer.alloc(12)
    body.writeUInt32BE(ext.srtVersion >>> 0, 0)
    body.writeUInt32BE(ext.flags >>> 0, 4)
    body.writeUInt32BE((((ext.recvDelayMs & 0xffff) << 16) | (ext.sendDelayMs & 0xffff)) >>> 0, 8)
  } else if (ext.kind === 'sid') {
    cmd = SRT_CMD.sid
    const text = Buffer.from(ext.streamId, 'utf8')
    const padded = Buffer.alloc(Math.ceil(text.length / 4) * 4)
    text.copy(padded)
    body = Buffer.from(swapWords(padded))
  } else {
    cmd = ext.cmd
    body = Buffer.alloc(Math.ceil(ext.body.length / 4) * 4)
    Buffer.from(ext.body).copy(body)
  }
  const head = Buffer.alloc(4)
  head.writeUInt32BE((((cmd & 0xffff) << 16) | ((body.length / 4) & 0xffff)) >>> 0, 0)
  return Buffer.concat([head, body])
}

/** Encodes a handshake packet (header, body, extensions). */
export function encodeHandshake(p: {
  timestamp: number
  destSocketId: number
  cif: HandshakeCif
  extensions?: HandshakeExtension[]
}): Buffer {
  const head = Buffer.alloc(SRT_HEADER_BYTES + SRT_HANDSHAKE_CIF_BYTES)
  writeControlHeader(head, SRT_CONTROL.handshake, 0, p.timestamp, p.destSocketId)
  const c = p.cif
  const o = SRT_HEADER_BYTES
  head.writeUInt32BE(c.version >>> 0, o)
  head.writeUInt16BE(c.encryption & 0xffff, o + 4)
  head.writeUInt16BE(c.extensionField & 0xffff, o + 6)
  head.writeUInt32BE(c.isn >>> 0, o + 8)
  head.writeUInt32BE(c.mss >>> 0, o + 12)
  head.writeUInt32BE(c.flowWindow >>> 0, o + 16)
  head.writeInt32BE(c.reqType | 0, o + 20)
  head.writeUInt32BE(c.socketId >>> 0, o + 24)
  head.writeUInt32BE(c.cookie >>> 0, o + 28)
  const ip = new Uint8Array(16)
  ip.set(c.peerIp.subarray(0, 16))
  Buffer.from(swapWords(ip)).copy(head, o + 32)
  return Buffer.concat([head, ...(p.extensions ?? []).map(encodeExtension)])
}

/** Encodes a control packet with no handshake body (keepalive, shutdown): 4 zero bytes of body. */
export function encodeControl(type: number, timestamp: number, destSocketId: number): Buffer {
  const buf = Buffer.alloc(SRT_HEADER_BYTES + 4)
  writeControlHeader(buf, type, 0, timestamp, destSocketId)
  return buf
}

/** Reads the stream id text of a SID body: un-swap the words, drop the NUL padding. */
function decodeSid(body: Uint8Array): string {
  const text = swapWords(body)
  let end = text.length
  while (end > 0 && text[end - 1] === 0) end--
  return Buffer.from(text.subarray(0, end)).toString('utf8')
}

/** Decodes the extensions after the handshake body; bounds-checked. */
function decodeExtensions(buf: Buffer, from: number): HandshakeExtension[] | string {
  const out: HandshakeExtension[] = []
  let at = from
  // Each extension takes at least 4 bytes, so this loop ends; the count bound is a second guard.
  for (let n = 0; at + 4 <= buf.length; n++) {
    if (n >= MAX_EXTENSIONS) return `more than ${MAX_EXTENSIONS} extensions`
    const word = buf.readUInt32BE(at)
    const cmd = word >>> 16
    const bytes = (word & 0xffff) * 4
    at += 4
    if (at + bytes > buf.length) return `extension ${cmd} runs past the packet end`
    if (bytes > MAX_EXTENSION_BODY_BYTES) return `extension ${cmd} is too long (${bytes} bytes)`
    const body = new Uint8Array(buf.subarray(at, at + bytes))
    at += bytes
    if (cmd === SRT_CMD.hsreq || cmd === SRT_CMD.hsrsp) {
      if (bytes < 12) return `HS extension too short (${bytes} bytes)`
      const latency = buf.readUInt32BE(at - bytes + 8)
      out.push({
        kind: cmd === SRT_CMD.hsreq ? 'hsreq' : 'hsrsp',
        srtVersion: buf.readUInt32BE(at - bytes),
        flags: buf.readUInt32BE(at - bytes + 4),
        recvDelayMs: latency >>> 16,
        sendDelayMs: latency & 0xffff
      })
    } else if (cmd === SRT_CMD.sid) {
      out.push({ kind: 'sid', streamId: decodeSid(body) })
    } else {
      out.push({ kind: 'other', cmd, body })
    }
  }
  if (at < buf.length) return `${buf.length - at} stray bytes after the extensions`
  return out
}

/** Decodes the handshake body of a packet whose header said "handshake". */
function decodeHandshakeBody(buf: Buffer, timestamp: number, destSocketId: number): DecodeResult {
  if (buf.length < SRT_HEADER_BYTES + SRT_HANDSHAKE_CIF_BYTES) {
    return { ok: false, error: `handshake too short (${buf.length} bytes)` }
  }
  const o = SRT_HEADER_BYTES
  const cif: HandshakeCif = {
    version: buf.readUInt32BE(o),
    encryption: buf.readUInt16BE(o + 4),
    extensionField: buf.readUInt16BE(o + 6),
    isn: buf.readUInt32BE(o + 8),
    mss: buf.readUInt32BE(o + 12),
    flowWindow: buf.readUInt32BE(o + 16),
    reqType: buf.readInt32BE(o + 20),
    socketId: buf.readUInt32BE(o + 24),
    cookie: buf.readUInt32BE(o + 28),
    peerIp: swapWords(new Uint8Array(buf.subarray(o + 32, o + 48)))
  }
  const extensions = decodeExtensions(buf, o + SRT_HANDSHAKE_CIF_BYTES)
  if (typeof extensions === 'string') return { ok: false, error: extensions }
  return { ok: true, packet: { kind: 'handshake', timestamp, destSocketId, cif, extensions } }
}

/** Decodes one UDP datagram as an SRT packet. Never throws. */
export function decodePacket(bytes: Uint8Array): DecodeResult {
  if (bytes.length < SRT_HEADER_BYTES)
    return { ok: false, error: `too short (${bytes.length} bytes)` }
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const w0 = buf.readUInt32BE(0)
  const typeInfo = buf.readUInt32BE(4)
  const timestamp = buf.readUInt32BE(8)
  const destSocketId = buf.readUInt32BE(12)
  if ((w0 & 0x80000000) === 0) {
    const payloadBytes = buf.length - SRT_HEADER_BYTES
    return { ok: true, packet: { kind: 'data', seq: w0, timestamp, destSocketId, payloadBytes } }
  }
  const type = (w0 >>> 16) & 0x7fff
  if (type === SRT_CONTROL.handshake) return decodeHandshakeBody(buf, timestamp, destSocketId)
  return {
    ok: true,
    packet: { kind: 'control', type, subtype: w0 & 0xffff, typeInfo, timestamp, destSocketId }
  }
}

/** The first extension of a kind, typed. */
export function findExtension<K extends HandshakeExtension['kind']>(
  exts: readonly HandshakeExtension[],
  kind: K
): Extract<HandshakeExtension, { kind: K }> | undefined {
  return exts.find((e): e is Extract<HandshakeExtension, { kind: K }> => e.kind === kind)
}
