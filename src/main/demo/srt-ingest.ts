/**
 * A local Tencent-like SRT ingest on a random loopback UDP port, with Tencent CSS's push rules
 * checked on the caller's stream id (`#!::h=…,r=App/Stream,txSecret=…,txTime=…`): signature
 * (md5/sha256, primary/backup key), expiry (txTime + AuthDelta), disabled streams, one pusher per
 * stream. A rejection is a real SRT rejection handshake (1000 + reason): 1400 bad request
 * (unreadable stream id), 1401 unauthorized (txSecret/txTime), 1403 forbidden (disabled stream),
 * 1409 conflict (stream already being pushed).
 *
 * Two modes. Without `backend` it answers the handshake itself (enough for a handshake probe;
 * keepalives answered, a SHUTDOWN or 5 s of silence ends the session). With `backend` (a real
 * SRT listener on loopback, e.g. ffmpeg `-i srt://127.0.0.1:P?mode=listener`) it relays every
 * datagram both ways, one relay socket per caller, and only intercepts the conclusion to reject:
 * a real ffmpeg SRT push goes through it end to end, and the payload bytes relayed are counted
 * per stream name. The demo ships it; tests import it from test/fixtures. Plain Node.
 */
import { createHash, randomBytes } from 'node:crypto'
import dgram from 'node:dgram'
import { INGEST_REASONS } from './ingest/types'
import { EventEmitter } from 'node:events'
import { parseTencentSrtStreamId, srtRejectWireValue } from '../../shared/srt'
import { SRT_INGEST_IDLE_MS, SRT_INGEST_MAX_SESSIONS } from '../preflight/constants'
import {
  decodePacket,
  encodeControl,
  encodeHandshake,
  findExtension,
  HS_EXT,
  HS_REQ,
  HS_VERSION_SRT1,
  peerIpBytes,
  srtVersionNumber,
  SRT_CONTROL,
  SRT_MAGIC_CODE,
  SRT_OPT,
  type HandshakeCif,
  type SrtPacket
} from '../preflight/srt/packet'

/** Why a push was accepted or rejected: the RTMP ingest's reasons, and a stream id it cannot read. */
export const SRT_INGEST_REASONS = ['malformed-stream-id', ...INGEST_REASONS] as const
export type SrtIngestReason = (typeof SRT_INGEST_REASONS)[number]

/** The access-control reason value sent for each rejection (wire value = 1000 + this). */
export const SRT_INGEST_REJECT_CODES: Record<Exclude<SrtIngestReason, 'ok'>, number> = {
  'malformed-stream-id': 1400,
  disabled: 1403,
  'missing-txtime': 1401,
  'bad-txtime': 1401,
  expired: 1401,
  'missing-signature': 1401,
  'bad-signature': 1401,
  'in-use': 1409
}

/** One caller's conclusion (its stream id) and what the ingest decided. */
export interface SrtIngestAttempt {
  /** 1-based, in arrival order. */
  n: number
  at: number
  /** `address:port` of the caller. */
  remote: string
  streamId: string
  host?: string
  app?: string
  stream?: string
  txSecret?: string
  txTime?: string
  decision: 'accepted' | 'rejected'
  reason: SrtIngestReason
  /** The reason value sent (1400, 1401, 1403, 1409) for rejections. */
  rejectCode?: number
  matched?: { key: 'primary' | 'backup'; algorithm: 'md5' | 'sha256' }
  closedAt?: number
  closedBy?: 'shutdown' | 'idle' | 'ingest-close'
  /** Payload bytes of data packets the caller sent after acceptance (relayed, with a backend). */
  bytes: number
}

/** Options of {@link startSrtIngest}. */
export interface SrtIngestOptions {
  key?: string
  backupKey?: string
  /** Check txTime/txSecret (default true). */
  requireSignature?: boolean
  disabledStreams?: string[]
  /** Extra validity after txTime, seconds (Tencent's AuthDelta). Default 0. */
  authDeltaSec?: number
  /** Clock for expiry, ms since epoch. Default Date.now. */
  now?: () => number
  /** Listen address (default 127.0.0.1). Loopback only. */
  host?: '127.0.0.1' | '::1'
  /** UDP port to listen on (default 0: any free port; Tencent's own is 9000). */
  port?: number
  /** A real SRT listener on the same loopback host to relay accepted callers to. */
  backend?: { port: number }
}

/** A running SRT ingest. */
export interface SrtIngest {
  readonly port: number
  readonly host: string
  /** Every conclusion decided, in arrival order (live objects: closedAt/bytes update). */
  readonly attempts: readonly SrtIngestAttempt[]
  /** Emits `attempt` (SrtIngestAttempt) once decided and `closed` when its session ends. */
  readonly events: EventEmitter
  /** Payload bytes received from accepted callers of a stream name, over all their sessions. */
  bytesFor(stream: string): number
  /** Resolves with the first attempt (past or future) matching; rejects after timeoutMs. */
  waitForAttempt(
    match: (a: SrtIngestAttempt) => boolean,
    timeoutMs?: number
  ): Promise<SrtIngestAttempt>
  close(): Promise<void>
}

/** The rules' inputs besides the stream id. */
interface Rules {
  key?: string
  backupKey?: string
  requireSignature: boolean
  disabled: ReadonlySet<string>
  authDeltaSec: number
  nowMs: number
  /** `app/stream` names being pushed right now by another caller. */
  live: ReadonlySet<string>
}

function digest(algorithm: 'md5' | 'sha256', text: string): string {
  return createHash(algorithm).update(text, 'utf8').digest('hex')
}

/**
 * Tencent's rules on an SRT stream id, in the order its error codes suggest: readable id,
 * forbidden, txTime, txSecret, one pusher. Computed here on purpose, independently of the
 * engine's signature code, so the fixture cross-checks it.
 */
export function evaluateSrtStreamId(
  streamId: string,
  rules: Rules
): Pick<
  SrtIngestAttempt,
  'reason' | 'matched' | 'host' | 'app' | 'stream' | 'txSecret' | 'txTime'
> {
  const parsed = parseTencentSrtStreamId(streamId)
  if (!parsed.ok) return { reason: 'malformed-stream-id' }
  const { host, app, stream, txSecret, txTime } = parsed.value
  const fields = { host, app, stream, txSecret, txTime }
  if (rules.disabled.has(stream)) return { ...fields, reason: 'disabled' }
  let matched: SrtIngestAttempt['matched']
  if (rules.requireSignature) {
    if (!txTime) return { ...fields, reason: 'missing-txtime' }
    if (!/^[0-9a-fA-F]{1,12}$/.test(txTime)) return { ...fields, reason: 'bad-txtime' }
    if (rules.nowMs > (parseInt(txTime, 16) + rules.authDeltaSec) * 1000) {
      return { ...fields, reason: 'expired' }
    }
    if (!txSecret) return { ...fields, reason: 'missing-signature' }
    const keys: Array<['primary' | 'backup', string | undefined]> = [
      ['primary', rules.key],
      ['backup', rules.backupKey]
    ]
    for (const [which, key] of keys) {
      for (const algorithm of ['md5', 'sha256'] as const) {
        if (!matched && key && digest(algorithm, key + stream + txTime) === txSecret) {
          matched = { key: which, algorithm }
        }
      }
    }
    if (!matched) return { ...fields, reason: 'bad-signature' }
  }
  if (rules.live.has(`${app}/${stream}`)) return { ...fields, reason: 'in-use' }
  return { ...fields, reason: 'ok', matched }
}

/** The SRT version the handshake-only listener announces. */
const INGEST_SRT_VERSION = srtVersionNumber(1, 5, 1)

/** The listener's induction reply: v5, SRT magic, a cookie; to the caller's socket id. */
function inductionReply(req: HandshakeCif, cookie: number): Buffer {
  const cif = { ...req, version: HS_VERSION_SRT1, extensionField: SRT_MAGIC_CODE, cookie }
  return encodeHandshake({ timestamp: 0, destSocketId: req.socketId, cif })
}

/** The listener's accepting conclusion: our socket id, the caller's ISN, an HSRSP. */
function acceptReply(req: HandshakeCif, ourSocketId: number, callerIp: string): Buffer {
  const cif: HandshakeCif = {
    ...req,
    version: HS_VERSION_SRT1,
    extensionField: HS_EXT.hsreq,
    socketId: ourSocketId,
    peerIp: peerIpBytes(callerIp)
  }
  const hsrsp = {
    kind: 'hsrsp' as const,
    srtVersion: INGEST_SRT_VERSION,
    flags:
      SRT_OPT.tsbpdSnd |
      SRT_OPT.tsbpdRcv |
      SRT_OPT.haicrypt |
      SRT_OPT.tlPktDrop |
      SRT_OPT.nakReport |
      SRT_OPT.rexmitFlg |
      SRT_OPT.filterCap,
    recvDelayMs: 120,
    sendDelayMs: 120
  }
  return encodeHandshake({ timestamp: 0, destSocketId: req.socketId, cif, extensions: [hsrsp] })
}

/** A rejection: the caller's handshake body back with request type 1000 + reason, no extensions. */
function rejectReply(req: HandshakeCif, reasonCode: number): Buffer {
  const cif = { ...req, version: HS_VERSION_SRT1, reqType: srtRejectWireValue(reasonCode) }
  return encodeHandshake({ timestamp: 0, destSocketId: req.socketId, cif })
}

/** One caller, from its first handshake to its shutdown or silence. */
interface Session {
  remote: string
  address: string
  port: number
  callerSocketId?: number
  /** Our socket id (handshake-only mode). */
  ourSocketId: number
  attempt?: SrtIngestAttempt
  /** The reply to resend when the caller repeats its conclusion (handshake-only mode). */
  conclusionReply?: Buffer
  relay?: dgram.Socket
  /** Datagrams for the backend that arrived before the relay socket was bound. */
  relayPending?: Buffer[]
  /** `app/stream` this session is pushing (holds the one-pusher lock) once accepted. */
  holds?: string
  lastSeen: number
}

/** How often idle sessions are swept, ms (a fraction of the idle timeout). */
const SWEEP_EVERY_MS = 1000

/** The ingest: one UDP socket, its sessions by caller address, the rules. */
class SrtIngestServer {
  readonly attempts: SrtIngestAttempt[] = []
  readonly events = new EventEmitter()
  private readonly sessions = new Map<string, Session>()
  /** `app/stream` → remote of the session pushing it. */
  private readonly live = new Map<string, string>()
  private readonly cookieSecret = randomBytes(16)
  private readonly sweeper: ReturnType<typeof setInterval>
  private closed = false

  constructor(
    private readonly opts: SrtIngestOptions,
    private readonly sock: dgram.Socket,
    readonly host: string
  ) {
    sock.on('message', (msg, rinfo) => this.onDatagram(msg, rinfo.address, rinfo.port))
    this.sweeper = setInterval(() => this.sweep(), SWEEP_EVERY_MS)
    this.sweeper.unref()
  }

  private mono(): number {
    return performance.now()
  }

  /** A per-caller cookie, as libsrt bakes one from the caller's address. */
  private cookieFor(remote: string): number {
    return createHash('md5').update(this.cookieSecret).update(remote).digest().readUInt32BE(0)
  }

  private sendTo(s: { address: string; port: number }, msg: Buffer): void {
    if (!this.closed) this.sock.send(msg, s.port, s.address)
  }

  private onDatagram(msg: Buffer, address: string, port: number): void {
    if (this.closed) return
    const d = decodePacket(msg)
    if (!d.ok) return
    const remote = `${address}:${port}`
    if (this.opts.backend) return this.fromCallerRelayed(remote, address, port, msg, d.packet)
    const p = d.packet
    if (p.kind === 'handshake' && p.destSocketId === 0)
      return this.handshake(remote, address, port, p)
    const s = this.sessions.get(remote)
    if (!s || s.attempt?.decision !== 'accepted' || p.destSocketId !== s.ourSocketId) return
    s.lastSeen = this.mono()
    if (p.kind === 'data') s.attempt.bytes += p.payloadBytes
    else if (p.kind === 'control' && p.type === SRT_CONTROL.keepalive) {
      this.sendTo(s, encodeControl(SRT_CONTROL.keepalive, 0, s.callerSocketId ?? 0))
    } else if (p.kind === 'control' && p.type === SRT_CONTROL.shutdown) this.end(s, 'shutdown')
  }

  /** Handshake-only mode: answer induction and conclusion ourselves. */
  private handshake(
    remote: string,
    address: string,
    port: number,
    p: Extract<SrtPacket, { kind: 'handshake' }>
  ): void {
    const { cif } = p
    const cookie = this.cookieFor(remote)
    if (cif.reqType === HS_REQ.induction)
      return this.sendTo({ address, port }, inductionReply(cif, cookie))
    if (cif.reqType !== HS_REQ.conclusion || cif.cookie !== cookie) return
    const known = this.sessions.get(remote)
    if (known && known.callerSocketId === cif.socketId && known.conclusionReply) {
      // The caller repeated its conclusion (our reply was lost or slow): same answer again.
      return this.sendTo(known, known.conclusionReply)
    }
    if (known) this.end(known, 'shutdown')
    const s = this.newSession(remote, address, port)
    if (!s) return
    s.callerSocketId = cif.socketId
    const attempt = this.decide(s, findExtension(p.extensions, 'sid')?.streamId ?? '')
    s.conclusionReply =
      attempt.rejectCode !== undefined
        ? rejectReply(cif, attempt.rejectCode)
        : acceptReply(cif, s.ourSocketId, address)
    this.sendTo(s, s.conclusionReply)
  }

  /** Relay mode: forward both ways; only a conclusion to be rejected is answered here. */
  private fromCallerRelayed(
    remote: string,
    address: string,
    port: number,
    msg: Buffer,
    p: SrtPacket
  ): void {
    let s = this.sessions.get(remote)
    if (!s) {
      if (p.kind !== 'handshake' || p.cif.reqType !== HS_REQ.induction) return
      s = this.newSession(remote, address, port)
      if (!s) return
      this.openRelay(s)
    }
    s.lastSeen = this.mono()
    if (p.kind === 'handshake' && p.destSocketId === 0 && p.cif.reqType === HS_REQ.conclusion) {
      if (s.callerSocketId !== p.cif.socketId) {
        s.callerSocketId = p.cif.socketId
        const attempt = this.decide(s, findExtension(p.extensions, 'sid')?.streamId ?? '')
        if (attempt.rejectCode !== undefined)
          s.conclusionReply = rejectReply(p.cif, attempt.rejectCode)
      }
      if (s.conclusionReply) return this.sendTo(s, s.conclusionReply)
    }
    if (s.conclusionReply) return // rejected: nothing more reaches the backend
    if (p.kind === 'data' && s.attempt?.decision === 'accepted') s.attempt.bytes += p.payloadBytes
    if (s.relayPending) s.relayPending.push(msg)
    else s.relay?.send(msg, this.opts.backend?.port ?? 0, this.host)
    if (p.kind === 'control' && p.type === SRT_CONTROL.shutdown) this.end(s, 'shutdown')
  }

  /** A socket of its own per caller, so the backend sees one peer per caller. */
  private openRelay(s: Session): void {
    const relay = dgram.createSocket(this.host === '::1' ? 'udp6' : 'udp4')
    relay.on('error', () => this.end(s, 'idle'))
    relay.on('message', (msg, rinfo) => {
      if (rinfo.port === this.opts.backend?.port) this.sendTo(s, msg)
    })
    // Datagrams wait until the socket is bound: a send() before that would bind it implicitly to
    // every interface, and the explicit bind would then fail and end the session.
    s.relayPending = []
    relay.bind(0, this.host, () => {
      const pending = s.relayPending ?? []
      s.relayPending = undefined
      for (const m of pending) relay.send(m, this.opts.backend?.port ?? 0, this.host)
    })
    s.relay = relay
  }

  private newSession(remote: string, address: string, port: number): Session | undefined {
    if (this.sessions.size >= SRT_INGEST_MAX_SESSIONS) return undefined
    const ourSocketId = randomBytes(4).readUInt32BE(0) & 0x3fffffff || 1
    const s: Session = { remote, address, port, ourSocketId, lastSeen: this.mono() }
    this.sessions.set(remote, s)
    return s
  }

  /** Applies the rules to a conclusion's stream id and records the attempt. */
  private decide(s: Session, streamId: string): SrtIngestAttempt {
    const live = new Set([...this.live].filter(([, who]) => who !== s.remote).map(([name]) => name))
    const verdict = evaluateSrtStreamId(streamId, {
      key: this.opts.key,
      backupKey: this.opts.backupKey,
      requireSignature: this.opts.requireSignature ?? true,
      disabled: new Set(this.opts.disabledStreams ?? []),
      authDeltaSec: this.opts.authDeltaSec ?? 0,
      nowMs: (this.opts.now ?? Date.now)(),
      live
    })
    const accepted = verdict.reason === 'ok'
    const attempt: SrtIngestAttempt = {
      n: this.attempts.length + 1,
      at: Date.now(),
      remote: s.remote,
      streamId,
      ...verdict,
      decision: accepted ? 'accepted' : 'rejected',
      bytes: 0
    }
    if (verdict.reason !== 'ok') attempt.rejectCode = SRT_INGEST_REJECT_CODES[verdict.reason]
    if (accepted && verdict.app !== undefined && verdict.stream !== undefined) {
      s.holds = `${verdict.app}/${verdict.stream}`
      this.live.set(s.holds, s.remote)
    }
    s.attempt = attempt
    this.attempts.push(attempt)
    this.events.emit('attempt', attempt)
    return attempt
  }

  private end(s: Session, by: NonNullable<SrtIngestAttempt['closedBy']>): void {
    if (this.sessions.get(s.remote) !== s) return
    this.sessions.delete(s.remote)
    if (s.holds && this.live.get(s.holds) === s.remote) this.live.delete(s.holds)
    try {
      s.relay?.close()
    } catch {
      // already closed
    }
    const a = s.attempt
    if (a && a.decision === 'accepted' && a.closedAt === undefined) {
      a.closedAt = Date.now()
      a.closedBy = by
      this.events.emit('closed', a)
    }
  }

  private sweep(): void {
    const cutoff = this.mono() - SRT_INGEST_IDLE_MS
    for (const s of [...this.sessions.values()]) if (s.lastSeen < cutoff) this.end(s, 'idle')
  }

  bytesFor(stream: string): number {
    return this.attempts.filter((a) => a.stream === stream).reduce((sum, a) => sum + a.bytes, 0)
  }

  waitForAttempt(
    match: (a: SrtIngestAttempt) => boolean,
    timeoutMs = 10_000
  ): Promise<SrtIngestAttempt> {
    const found = this.attempts.find(match)
    if (found) return Promise.resolve(found)
    return new Promise((resolve, reject) => {
      const onAttempt = (a: SrtIngestAttempt): void => {
        if (!match(a)) return
        clearTimeout(timer)
        this.events.off('attempt', onAttempt)
        resolve(a)
      }
      const timer = setTimeout(() => {
        this.events.off('attempt', onAttempt)
        reject(new Error(`no matching SRT attempt within ${timeoutMs} ms`))
      }, timeoutMs)
      this.events.on('attempt', onAttempt)
    })
  }

  async close(): Promise<void> {
    if (this.closed) return
    for (const s of [...this.sessions.values()]) this.end(s, 'ingest-close')
    this.closed = true
    clearInterval(this.sweeper)
    await new Promise<void>((resolve) => this.sock.close(() => resolve()))
  }
}

/** Starts the SRT ingest on a loopback UDP port (`opts.port`, or a random one). */
export async function startSrtIngest(opts: SrtIngestOptions = {}): Promise<SrtIngest> {
  const host = opts.host ?? '127.0.0.1'
  const sock = dgram.createSocket(host === '::1' ? 'udp6' : 'udp4')
  await new Promise<void>((resolve, reject) => {
    sock.once('error', reject)
    sock.bind(opts.port ?? 0, host, () => {
      sock.off('error', reject)
      resolve()
    })
  })
  // A stray ICMP error on the listening socket must not crash the process.
  sock.on('error', () => undefined)
  const server = new SrtIngestServer(opts, sock, host)
  return {
    port: sock.address().port,
    host,
    attempts: server.attempts,
    events: server.events,
    bytesFor: (stream) => server.bytesFor(stream),
    waitForAttempt: (match, timeoutMs) => server.waitForAttempt(match, timeoutMs),
    close: () => server.close()
  }
}
