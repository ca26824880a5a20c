/**
 * The engine's own SRT caller: runs libsrt's caller-listener handshake against an SRT ingest and
 * reports what the listener said about this stream id, then closes at once. Induction (v4) →
 * the listener's induction reply (v5, cookie, SRT magic) → conclusion (v5, HSREQ + SID, no
 * encryption) → the listener's conclusion (accepted) or a rejection (1000 + reason). Requests are
 * resent every 250 ms like libsrt, within one timeout. No media is ever sent: after an accept a
 * SHUTDOWN frees the listener's socket. Never throws; raw socket errors become codes here.
 */
import dgram from 'node:dgram'
import net from 'node:net'
import type { CheckStatus } from '../../../shared/result'
import {
  redactSrtStreamId,
  srtRejectReason,
  srtRejectWireValue,
  SRT_REJECT_WIRE_BASE,
  type SrtHandshakeCode,
  type SrtHandshakeEvidence,
  type SrtHandshakeResult
} from '../../../shared/srt'
import {
  SRT_DEFAULT_FLOW_WINDOW,
  SRT_DEFAULT_LATENCY_MS,
  SRT_DEFAULT_MSS,
  SRT_HANDSHAKE_RESEND_MS,
  SRT_SHUTDOWN_COPIES,
  SRT_HANDSHAKE_TIMEOUT_MS
} from '../constants'
import {
  decodePacket,
  encodeControl,
  encodeHandshake,
  findExtension,
  HS_EXT,
  HS_REQ,
  HS_VERSION_SRT1,
  HS_VERSION_UDT4,
  peerIpBytes,
  srtVersionNumber,
  srtVersionString,
  SRT_CONTROL,
  SRT_MAGIC_CODE,
  SRT_OPT,
  UDT_DGRAM,
  type HandshakeCif
} from './packet'

/** Callbacks a UDP socket reports to. */
export interface SrtUdpHandlers {
  onConnect: () => void
  onMessage: (msg: Buffer) => void
  onError: (err: unknown) => void
}

/** The little of a connected UDP socket the caller uses. */
export interface SrtUdpSocket {
  send: (msg: Buffer) => void
  close: () => void
}

/** Injectable side effects of the SRT caller. */
export interface SrtDeps {
  /** Opens a UDP socket connected to ip:port (connected, so ICMP "port unreachable" is seen). */
  createSocket: (ip: string, port: number, handlers: SrtUdpHandlers) => SrtUdpSocket
  /** Monotonic clock, ms. */
  now: () => number
  /** Wall clock, ms since epoch. */
  wallClock: () => number
  /** A random 32-bit value (socket id, initial sequence number). */
  random32: () => number
}

/** The real UDP socket: udp4 or udp6 by the address. Sends and closes never throw. */
function realSocket(ip: string, port: number, h: SrtUdpHandlers): SrtUdpSocket {
  const sock = dgram.createSocket(net.isIPv6(ip) ? 'udp6' : 'udp4')
  let closed = false
  sock.on('message', (msg) => h.onMessage(msg))
  sock.on('error', (err) => h.onError(err))
  sock.connect(port, ip, () => h.onConnect())
  return {
    send: (msg) => {
      if (closed) return
      try {
        sock.send(msg, (err) => err && h.onError(err))
      } catch (err) {
        h.onError(err)
      }
    },
    close: () => {
      if (closed) return
      closed = true
      try {
        sock.close()
      } catch {
        // already closed by an error: nothing to free
      }
    }
  }
}

/** The real side effects. */
export const realSrtDeps: SrtDeps = {
  createSocket: realSocket,
  now: () => performance.now(),
  wallClock: () => Date.now(),
  random32: () => Math.floor(Math.random() * 0x1_0000_0000)
}

/** Options of srtHandshake. */
export interface SrtHandshakeOptions {
  timeoutMs?: number
  latencyMs?: number
}

const STATUS_BY_CODE: Record<SrtHandshakeCode, CheckStatus> = {
  'srt-accepted': 'pass',
  'srt-rejected': 'fail',
  'udp-no-answer': 'fail',
  'udp-refused': 'fail',
  'srt-bad-response': 'fail',
  'srt-cancelled': 'skipped',
  'srt-error': 'fail'
}

/**
 * Socket errors with a meaning of their own. ECONNREFUSED: an ICMP "port unreachable" came back
 * on the connected socket (nothing listens). EPERM/EACCES: this computer's own firewall refused
 * the outgoing datagram (Linux netfilter DROP/REJECT on OUTPUT): outbound UDP is blocked here.
 */
const ERRNO_CODES: Record<string, SrtHandshakeCode> = {
  ECONNREFUSED: 'udp-refused',
  EPERM: 'udp-no-answer',
  EACCES: 'udp-no-answer'
}

/** libsrt's SRT_REJ_PEER: "rejected by peer", the reason of a refusal without a code. */
const SRT_REJ_PEER = 2

/** SRT version the probe announces in HSREQ: the libsrt it was tested against. */
const PROBE_SRT_VERSION = srtVersionNumber(1, 5, 1)
/**
 * HSREQ flags: exactly what libsrt 1.5 live callers send (seen in the recorded conclusions):
 * TSBPD both ways, too-late drop, NAK reports, rexmit flag, and the crypto and filter
 * capabilities (capabilities only: no KMREQ follows, so no encryption is asked for).
 */
const PROBE_SRT_FLAGS =
  SRT_OPT.tsbpdSnd |
  SRT_OPT.tsbpdRcv |
  SRT_OPT.haicrypt |
  SRT_OPT.tlPktDrop |
  SRT_OPT.nakReport |
  SRT_OPT.rexmitFlg |
  SRT_OPT.filterCap

/** Where the handshake stands. */
type Stage = 'connecting' | 'induction' | 'conclusion'

/** What one incoming datagram means for the handshake. */
export type HandshakeStep =
  | { kind: 'ignore'; garbage?: string }
  | { kind: 'induced'; cookie: number; peerVersion: number }
  | { kind: 'accepted'; peerSocketId: number; peerVersion: number; peerSrtVersion?: string }
  | { kind: 'rejected'; wireValue?: number; peerVersion: number }
  | { kind: 'bad'; why: string; peerVersion?: number }

/**
 * Pure: reads one datagram in the light of the stage. Only handshakes addressed to our socket
 * id count; a rejection counts at any stage (a listener may refuse an induction, e.g. backlog).
 */
function interpretReply(msg: Uint8Array, stage: Stage, ourSocketId: number): HandshakeStep {
  const d = decodePacket(msg)
  if (!d.ok) return { kind: 'ignore', garbage: d.error }
  const p = d.packet
  if (p.kind === 'control' && p.type === SRT_CONTROL.shutdown && p.destSocketId === ourSocketId) {
    // libsrt answers an HSv4 caller's refused conclusion with a SHUTDOWN instead of a code.
    return stage === 'conclusion' ? { kind: 'rejected', peerVersion: 0 } : { kind: 'ignore' }
  }
  // Data before the handshake completed, or packets for another socket: not a listener's reply.
  if (p.kind === 'data') return { kind: 'ignore', garbage: 'data packet during the handshake' }
  if (p.destSocketId !== ourSocketId) {
    return { kind: 'ignore', garbage: `packet for socket ${p.destSocketId}, not ours` }
  }
  if (p.kind !== 'handshake') return { kind: 'ignore' }
  const { cif } = p
  if (cif.reqType >= SRT_REJECT_WIRE_BASE) {
    return { kind: 'rejected', wireValue: cif.reqType, peerVersion: cif.version }
  }
  if (stage === 'induction' && cif.reqType === HS_REQ.induction) {
    if (cif.version !== HS_VERSION_SRT1 || cif.extensionField !== SRT_MAGIC_CODE) {
      return { kind: 'bad', why: 'induction reply without SRT v5 magic', peerVersion: cif.version }
    }
    return { kind: 'induced', cookie: cif.cookie, peerVersion: cif.version }
  }
  if (stage === 'conclusion' && cif.reqType === HS_REQ.conclusion) {
    // libsrt treats a v5 conclusion reply with version 0 as a rejection (SRT_REJ_PEER).
    if (cif.version === 0) return { kind: 'rejected', peerVersion: 0 }
    const hsrsp = findExtension(p.extensions, 'hsrsp')
    return {
      kind: 'accepted',
      peerSocketId: cif.socketId,
      peerVersion: cif.version,
      ...(hsrsp ? { peerSrtVersion: srtVersionString(hsrsp.srtVersion) } : {})
    }
  }
  return { kind: 'ignore' }
}

/** The fields shared by our induction and conclusion requests. */
interface CallerIds {
  socketId: number
  isn: number
  peerIp: Uint8Array
}

/** Our induction request (HSv4 form, as every libsrt caller sends it). */
function inductionRequest(ids: CallerIds, timestamp: number): Buffer {
  const cif: HandshakeCif = {
    version: HS_VERSION_UDT4,
    encryption: 0,
    extensionField: UDT_DGRAM,
    isn: ids.isn,
    mss: SRT_DEFAULT_MSS,
    flowWindow: SRT_DEFAULT_FLOW_WINDOW,
    reqType: HS_REQ.induction,
    socketId: ids.socketId,
    cookie: 0,
    peerIp: ids.peerIp
  }
  return encodeHandshake({ timestamp, destSocketId: 0, cif })
}

/** Our conclusion request: v5, HSREQ + SID, no KMREQ; still addressed to socket 0 (the listener). */
function conclusionRequest(
  ids: CallerIds,
  cookie: number,
  streamId: string,
  latencyMs: number,
  timestamp: number
): Buffer {
  const cif: HandshakeCif = {
    version: HS_VERSION_SRT1,
    encryption: 0,
    extensionField: HS_EXT.hsreq | (streamId ? HS_EXT.config : 0),
    isn: ids.isn,
    mss: SRT_DEFAULT_MSS,
    flowWindow: SRT_DEFAULT_FLOW_WINDOW,
    reqType: HS_REQ.conclusion,
    socketId: ids.socketId,
    cookie,
    peerIp: ids.peerIp
  }
  const hsreq = {
    kind: 'hsreq' as const,
    srtVersion: PROBE_SRT_VERSION,
    flags: PROBE_SRT_FLAGS,
    recvDelayMs: latencyMs,
    sendDelayMs: latencyMs
  }
  const extensions = streamId ? [hsreq, { kind: 'sid' as const, streamId }] : [hsreq]
  return encodeHandshake({ timestamp, destSocketId: 0, cif, extensions })
}

/**
 * Runs the SRT handshake with `streamId` against ip:port and closes. Resolves with
 * srt-accepted / srt-rejected (reason named) / udp-no-answer / udp-refused / srt-bad-response /
 * srt-cancelled / srt-error. Never throws.
 */
export function srtHandshake(
  ip: string,
  port: number,
  streamId: string,
  opts: SrtHandshakeOptions = {},
  deps: SrtDeps = realSrtDeps,
  signal?: AbortSignal
): Promise<SrtHandshakeResult> {
  const timeoutMs = opts.timeoutMs ?? SRT_HANDSHAKE_TIMEOUT_MS
  const evidence: SrtHandshakeEvidence = {
    ip,
    port,
    streamId: redactSrtStreamId(streamId),
    timeoutMs,
    packetsSent: 0,
    packetsReceived: 0
  }
  const latencyMs = opts.latencyMs ?? SRT_DEFAULT_LATENCY_MS
  return new Promise((resolve) => {
    new HandshakeRun(ip, port, streamId, latencyMs, evidence, deps, resolve).start(signal)
  })
}

/** One handshake run: socket, resend timer, timeout, abort; settles exactly once. */
class HandshakeRun {
  private readonly startedAt: number
  private readonly t0: number
  private readonly ids: CallerIds
  private stage: Stage = 'connecting'
  private cookie = 0
  private garbage: string | undefined
  private socket: SrtUdpSocket | undefined
  private resendTimer: ReturnType<typeof setInterval> | undefined
  private deadline: ReturnType<typeof setTimeout> | undefined
  private settled = false
  private unlisten: (() => void) | undefined

  constructor(
    private readonly ip: string,
    private readonly port: number,
    private readonly streamId: string,
    private readonly latencyMs: number,
    private readonly evidence: SrtHandshakeEvidence,
    private readonly deps: SrtDeps,
    private readonly resolve: (r: SrtHandshakeResult) => void
  ) {
    this.startedAt = deps.wallClock()
    this.t0 = deps.now()
    // libsrt socket ids and sequence numbers are 31-bit positive; 0 is "the listener".
    this.ids = {
      socketId: deps.random32() & 0x3fffffff || 1,
      isn: deps.random32() & 0x7fffffff,
      peerIp: peerIpBytes(ip)
    }
  }

  start(signal?: AbortSignal): void {
    if (signal?.aborted) return this.finish('srt-cancelled')
    const onAbort = (): void => this.finish('srt-cancelled')
    signal?.addEventListener('abort', onAbort, { once: true })
    this.unlisten = () => signal?.removeEventListener('abort', onAbort)
    this.deadline = setTimeout(() => this.onTimeout(), this.evidence.timeoutMs)
    try {
      this.socket = this.deps.createSocket(this.ip, this.port, {
        onConnect: () => this.onConnect(),
        onMessage: (msg) => this.onMessage(msg),
        onError: (err) => this.onError(err)
      })
    } catch (err) {
      this.onError(err)
    }
  }

  private elapsedMs(): number {
    return Math.max(0, Math.round(this.deps.now() - this.t0))
  }

  /** Header timestamp: µs since the run started, as libsrt stamps packets. */
  private stamp(): number {
    return Math.round((this.deps.now() - this.t0) * 1000) >>> 0
  }

  private request(): Buffer {
    return this.stage === 'induction'
      ? inductionRequest(this.ids, this.stamp())
      : conclusionRequest(this.ids, this.cookie, this.streamId, this.latencyMs, this.stamp())
  }

  private send(msg: Buffer): void {
    this.evidence.packetsSent++
    this.socket?.send(msg)
  }

  /** Sends the current request now and then every resend interval (bounded by the deadline). */
  private sendRequest(): void {
    if (this.resendTimer) clearInterval(this.resendTimer)
    this.send(this.request())
    this.resendTimer = setInterval(() => this.send(this.request()), SRT_HANDSHAKE_RESEND_MS)
  }

  private onConnect(): void {
    if (this.settled || this.stage !== 'connecting') return
    this.stage = 'induction'
    this.sendRequest()
  }

  private onMessage(msg: Buffer): void {
    if (this.settled || this.stage === 'connecting') return
    this.evidence.packetsReceived++
    const step = interpretReply(msg, this.stage, this.ids.socketId)
    switch (step.kind) {
      case 'ignore':
        if (step.garbage) this.garbage ??= step.garbage
        return
      case 'induced':
        this.evidence.inductionMs = this.elapsedMs()
        this.evidence.peerVersion = step.peerVersion
        this.cookie = step.cookie
        this.stage = 'conclusion'
        return this.sendRequest()
      case 'accepted':
        this.evidence.conclusionMs = this.elapsedMs()
        this.evidence.peerVersion = step.peerVersion
        if (step.peerSrtVersion) this.evidence.peerSrtVersion = step.peerSrtVersion
        // Free the listener's new socket at once: no media follows. UDP may lose one datagram, and a
        // lost SHUTDOWN would hold the stream name until the listener's idle timeout: send a few.
        for (let i = 0; i < SRT_SHUTDOWN_COPIES; i++) {
          this.send(encodeControl(SRT_CONTROL.shutdown, this.stamp(), step.peerSocketId))
        }
        return this.finish('srt-accepted')
      case 'rejected':
        this.evidence.conclusionMs = this.elapsedMs()
        if (step.peerVersion) this.evidence.peerVersion = step.peerVersion
        if (step.wireValue !== undefined) this.evidence.rejectCode = step.wireValue
        // A SHUTDOWN or version-0 reply carries no code: libsrt calls that SRT_REJ_PEER.
        this.evidence.rejectReason = srtRejectReason(
          step.wireValue ?? srtRejectWireValue(SRT_REJ_PEER)
        )
        return this.finish('srt-rejected')
      case 'bad':
        if (step.peerVersion !== undefined) this.evidence.peerVersion = step.peerVersion
        this.evidence.badResponse = step.why
        return this.finish('srt-bad-response')
    }
  }

  /** Raw socket errors become codes here, and only here. */
  private onError(err: unknown): void {
    if (this.settled) return
    const errno =
      typeof err === 'object' && err !== null && 'code' in err && typeof err.code === 'string'
        ? err.code
        : undefined
    if (errno) this.evidence.errno = errno
    this.finish(ERRNO_CODES[errno ?? ''] ?? 'srt-error')
  }

  private onTimeout(): void {
    if (this.settled) return
    if (this.stage === 'conclusion' || this.garbage === undefined) {
      // An induction reply then silence is still "no answer" to the request that mattered.
      return this.finish('udp-no-answer')
    }
    this.evidence.badResponse = this.garbage
    this.finish('srt-bad-response')
  }

  private finish(code: SrtHandshakeCode): void {
    if (this.settled) return
    this.settled = true
    if (this.resendTimer) clearInterval(this.resendTimer)
    if (this.deadline) clearTimeout(this.deadline)
    this.unlisten?.()
    this.socket?.close()
    this.resolve({
      id: 'srt-handshake',
      status: STATUS_BY_CODE[code],
      code,
      timing: { startedAt: this.startedAt, durationMs: this.elapsedMs() },
      evidence: this.evidence
    })
  }
}
