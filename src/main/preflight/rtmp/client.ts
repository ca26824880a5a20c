/**
 * The engine's own minimal RTMP client connection: runs the handshake on an open socket, then
 * reads chunked messages into an inbox and writes AMF0 commands. It never sends audio or video.
 * Every wait is bounded by a timeout and an AbortSignal; all state lives in the instance.
 */
import type net from 'node:net'
import { randomBytes } from 'node:crypto'
import { RTMP_MAX_REPLIES } from '../constants'
import { decodeAmf0, encodeAmf0, type Amf0Value } from './amf0'
import {
  ChunkReader,
  MSG_TYPE,
  USER_CONTROL,
  encodeChunks,
  parseControl,
  userControlMessage,
  type ChunkErrorCode,
  type OutgoingMessage,
  type RtmpMessage
} from './chunk'
import {
  SERVER_HELLO_SIZE,
  HANDSHAKE_SIZE,
  classifyServerHello,
  makeC0C1,
  makeC2,
  s2EchoesC1,
  type ServerHelloVerdict
} from './handshake'
import { classifyNetError } from './tcp'

/** Chunk stream ids as librtmp/ffmpeg use them for commands. */
export const CSID_COMMAND = 3
/** Stream-level commands (publish) go on their own chunk stream, like librtmp's source channel. */
export const CSID_STREAM_COMMAND = 8

/** A decoded AMF0 command message. */
export interface RtmpCommand {
  name: string
  transactionId: number
  /** The command object and the arguments after it. */
  args: Amf0Value[]
}

/** Decodes a command message (type 20, or 17 with its leading AMF3 marker byte); never throws. */
export function decodeCommand(m: RtmpMessage): RtmpCommand | undefined {
  let payload = m.payload
  if (m.typeId === MSG_TYPE.commandAmf3) payload = payload.subarray(1)
  else if (m.typeId !== MSG_TYPE.commandAmf0) return undefined
  const r = decodeAmf0(payload)
  // A partly decoded command still names itself; keep what decoded.
  const [name, tx, ...args] = r.values
  if (typeof name !== 'string') return undefined
  return { name, transactionId: typeof tx === 'number' ? tx : 0, args }
}

/** Encodes a command message. */
export function commandMessage(
  name: string,
  transactionId: number,
  args: Amf0Value[],
  streamId = 0,
  csid = CSID_COMMAND
): OutgoingMessage {
  return {
    csid,
    timestamp: 0,
    typeId: MSG_TYPE.commandAmf0,
    streamId,
    payload: encodeAmf0([name, transactionId, ...args])
  }
}

/** A message in the inbox, with its arrival time (ms since the connection object was made). */
export interface InboxEntry {
  atMs: number
  message: RtmpMessage
}

/** How the connection ended. `client` = we destroyed it. */
export interface ConnectionClose {
  kind: 'fin' | 'rst' | 'error' | 'client'
  atMs: number
  errno?: string
}

/** Handshake progress. */
export type HelloState =
  | { state: 'pending'; bytes: number; firstByteAtMs?: number }
  | { state: 'done'; version: number; s2Echo: boolean; doneAtMs: number; firstByteAtMs: number }
  | {
      state: 'not-rtmp'
      verdict: Exclude<ServerHelloVerdict, { kind: 'need-more' } | { kind: 'rtmp' }>
      firstBytes: Buffer
      firstByteAtMs: number
    }

/** Why a wait ended without its condition. */
export type WaitFailure = 'timeout' | 'closed' | 'aborted' | 'protocol-error' | 'not-rtmp'

/** Options of a connection. */
export interface RtmpConnectionOptions {
  now: () => number
  /** Random bytes for C1 (crypto.randomBytes by default). */
  random?: (n: number) => Buffer
  /** Inbox cap (messages); beyond it messages are counted but dropped. */
  maxInbox?: number
}

/** One RTMP client connection over an already connected socket. */
export class RtmpConnection {
  readonly inbox: InboxEntry[] = []
  droppedMessages = 0
  close: ConnectionClose | undefined
  protocolError: ChunkErrorCode | undefined
  hello: HelloState = { state: 'pending', bytes: 0 }
  private readonly t0: number
  private readonly reader = new ChunkReader()
  private readonly wakers = new Set<() => void>()
  private helloBuf: Buffer = Buffer.alloc(0)
  private c1: Buffer = Buffer.alloc(0)
  private c2Sent = false
  private bytesIn = 0

  constructor(
    private readonly socket: net.Socket,
    private readonly opts: RtmpConnectionOptions
  ) {
    this.t0 = opts.now()
    socket.on('data', this.onData)
    // 'end' = the server's FIN. Node then ends our side too (allowHalfOpen is false).
    socket.on('end', () => this.markClosed({ kind: 'fin', atMs: this.elapsed() }))
    socket.on('error', (err) => {
      const { failure, errno } = classifyNetError(err)
      this.markClosed({ kind: failure === 'reset' ? 'rst' : 'error', atMs: this.elapsed(), errno })
    })
    socket.on('close', () => this.markClosed({ kind: 'client', atMs: this.elapsed() }))
  }

  /** ms since this connection object was made (right after TCP connect). */
  elapsed(): number {
    return Math.max(0, Math.round(this.opts.now() - this.t0))
  }

  /** Total bytes received (handshake included). */
  get bytesRead(): number {
    return this.bytesIn
  }

  /** Sends C0+C1. */
  startHandshake(): void {
    const random = (this.opts.random ?? randomBytes)(HANDSHAKE_SIZE - 8)
    const c0c1 = makeC0C1(0, random)
    this.c1 = c0c1.subarray(1)
    this.write(c0c1)
  }

  /** Sends one message (chunked at the default 128 bytes: we never change our chunk size). */
  send(msg: OutgoingMessage): void {
    this.write(encodeChunks(msg))
  }

  /** Sends a command. */
  sendCommand(
    name: string,
    transactionId: number,
    args: Amf0Value[],
    streamId = 0,
    csid = CSID_COMMAND
  ): void {
    this.send(commandMessage(name, transactionId, args, streamId, csid))
  }

  /** Closes the socket now. */
  destroy(): void {
    this.socket.destroy()
  }

  /** Half-closes our side (FIN) so the server sees an orderly goodbye. */
  end(): void {
    if (!this.socket.destroyed) this.socket.end()
  }

  /**
   * Waits until `check` returns a value, re-checking after every event. Ends early when the
   * connection closes, the reader fails, the handshake turns out not to be RTMP, the timeout
   * passes or the signal aborts. `check` runs first, so a condition already met returns at once.
   */
  waitFor<T>(
    check: () => T | undefined,
    timeoutMs: number,
    signal?: AbortSignal
  ): Promise<{ ok: true; value: T } | { ok: false; why: WaitFailure }> {
    return new Promise((resolve) => {
      let timer: ReturnType<typeof setTimeout> | undefined
      const cleanup = (): void => {
        clearTimeout(timer)
        this.wakers.delete(wake)
        signal?.removeEventListener('abort', onAbort)
      }
      const wake = (): void => {
        const v = check()
        if (v !== undefined) {
          cleanup()
          resolve({ ok: true, value: v })
          return
        }
        const why: WaitFailure | undefined = this.protocolError
          ? 'protocol-error'
          : this.hello.state === 'not-rtmp'
            ? 'not-rtmp'
            : this.close
              ? 'closed'
              : undefined
        if (why) {
          cleanup()
          resolve({ ok: false, why })
        }
      }
      const onAbort = (): void => {
        cleanup()
        resolve({ ok: false, why: 'aborted' })
      }
      if (signal?.aborted) {
        resolve({ ok: false, why: 'aborted' })
        return
      }
      this.wakers.add(wake)
      signal?.addEventListener('abort', onAbort, { once: true })
      timer = setTimeout(
        () => {
          cleanup()
          resolve({ ok: false, why: 'timeout' })
        },
        Math.max(0, timeoutMs)
      )
      wake()
    })
  }

  private write(b: Buffer): void {
    if (!this.socket.destroyed && this.socket.writable) this.socket.write(b)
  }

  private markClosed(c: ConnectionClose): void {
    // The first event wins: an RST or FIN seen before our own 'close' is what the server did.
    if (!this.close) this.close = c
    this.notify()
  }

  private notify(): void {
    for (const w of [...this.wakers]) w()
  }

  private readonly onData = (data: Buffer): void => {
    this.bytesIn += data.length
    if (this.hello.state === 'not-rtmp' || this.protocolError) return
    if (this.hello.state === 'pending') {
      data = this.onHelloBytes(data)
      // Re-read through a method: TypeScript keeps the narrowing from before the call above.
      if (!this.helloDone() || data.length === 0) {
        this.notify()
        return
      }
    }
    const r = this.reader.push(data)
    for (const message of r.messages) this.onMessage(message)
    if (r.error) this.protocolError = r.error
    this.notify()
  }

  private helloDone(): boolean {
    return this.hello.state === 'done'
  }

  /** Consumes handshake bytes; returns bytes left over after S2 (the first chunks). */
  private onHelloBytes(data: Buffer): Buffer {
    const firstByteAtMs =
      this.hello.state === 'pending' && this.hello.firstByteAtMs !== undefined
        ? this.hello.firstByteAtMs
        : this.elapsed()
    const want = SERVER_HELLO_SIZE - this.helloBuf.length
    this.helloBuf = Buffer.concat([this.helloBuf, data.subarray(0, want)])
    const rest = data.subarray(want)
    const verdict = classifyServerHello(this.helloBuf)
    if (verdict.kind !== 'rtmp' && verdict.kind !== 'need-more') {
      this.hello = { state: 'not-rtmp', verdict, firstBytes: this.helloBuf, firstByteAtMs }
      return Buffer.alloc(0)
    }
    if (!this.c2Sent && this.helloBuf.length >= 1 + HANDSHAKE_SIZE) {
      // Send C2 as soon as S1 is in: some servers wait for it before sending S2.
      this.c2Sent = true
      this.write(makeC2(this.helloBuf.subarray(1, 1 + HANDSHAKE_SIZE)))
    }
    if (this.helloBuf.length < SERVER_HELLO_SIZE) {
      this.hello = { state: 'pending', bytes: this.helloBuf.length, firstByteAtMs }
      return Buffer.alloc(0)
    }
    this.hello = {
      state: 'done',
      version: this.helloBuf[0],
      s2Echo: s2EchoesC1(this.helloBuf.subarray(1 + HANDSHAKE_SIZE), this.c1),
      doneAtMs: this.elapsed(),
      firstByteAtMs
    }
    return rest
  }

  private onMessage(message: RtmpMessage): void {
    // Answer pings so a server that checks liveness does not drop us during the hold.
    const ctl = parseControl(message)
    if (ctl?.type === 'user-control' && ctl.event === USER_CONTROL.pingRequest) {
      this.send(userControlMessage(USER_CONTROL.pingResponse, ctl.value))
    }
    if (this.inbox.length >= (this.opts.maxInbox ?? RTMP_MAX_REPLIES * 4)) {
      this.droppedMessages += 1
      return
    }
    this.inbox.push({ atMs: this.elapsed(), message })
  }
}
