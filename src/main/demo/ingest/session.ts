/**
 * One client connection to the local ingest: NMS's protocol engine on the socket, a record of the
 * connection and of each publish it sends, publish admission (Tencent's rules, then the wire
 * behaviour of the chosen style), media counting, an optional read-rate limit, and the cleanup
 * when the socket closes.
 */
import type net from 'node:net'
import { IngestRtmp, type NmsAvPacket, type NmsInvoke } from './nms-rtmp'
import { IngestRegistry, emptyMedia, streamKey } from './registry'
import { evaluatePublish, splitPublishName, type IngestRules } from './rules'
import type { IngestConnection, IngestStyle, PublishAttempt } from './types'

/** After a rejection, `end()` lets the status/FIN reach the client; destroy if it lingers. */
const REJECT_LINGER_MS = 1_000

/** How the ingest treats every connection (fixed when it starts). */
export interface SessionConfig {
  style: IngestStyle
  rules: IngestRules
  /** Read each connection at most this fast, kbit/s (undefined or ≤ 0: no limit). */
  readLimitKbps?: number
}

/** Serves one accepted socket; everything it learns goes into the registry. */
export class IngestSession {
  private readonly conn: IngestConnection
  private readonly rtmp: IngestRtmp
  /** The latest publish on this connection (media counts go to it). */
  private current: PublishAttempt | undefined
  /** Every publish on this connection. */
  private readonly mine: PublishAttempt[] = []
  private cutTimer: NodeJS.Timeout | undefined
  // Read budget (readLimitKbps): bytes read so far against wall time since the first byte.
  private readBytes = 0
  private readStartedAt: number | undefined

  constructor(
    private readonly reg: IngestRegistry,
    private readonly cfg: SessionConfig,
    private readonly socket: net.Socket
  ) {
    reg.sockets.add(socket)
    this.conn = { remote: `${socket.remoteAddress}:${socket.remotePort}`, at: cfg.rules.now() }
    reg.connections.push(this.conn)
    reg.events.emit('connection', this.conn)
    this.rtmp = new IngestRtmp((invoke, streamId) => this.beforePublishReply(invoke, streamId))
    this.rtmp.onOutputCallback = (buffer) => {
      if (!socket.destroyed && socket.writable) socket.write(buffer)
    }
    this.rtmp.onConnectCallback = () => {}
    this.rtmp.onPlayCallback = () => {}
    this.rtmp.onPushCallback = () => this.afterPublishReply()
    this.rtmp.onPacketCallback = (packet) => this.count(packet)
    socket.on('data', (data: Buffer) => this.onData(data))
    socket.on('error', (e) => {
      this.conn.error ??= e.message
    })
    socket.on('close', () => this.onClose())
  }

  /** Creates the attempt record from the raw publish command and the connect info, decided. */
  private newAttempt(invoke: NmsInvoke): PublishAttempt {
    const { reg, rtmp } = this
    const publishName = String(invoke.streamName ?? '')
    const { stream, txSecret, txTime } = splitPublishName(publishName)
    const attempt: PublishAttempt = {
      n: reg.attempts.length + 1,
      at: this.cfg.rules.now(),
      remote: this.conn.remote,
      tcUrl: String(rtmp.connectCmdObj?.tcUrl ?? ''),
      host: rtmp.streamHost ?? '',
      app: rtmp.streamApp ?? '',
      stream,
      publishName,
      txSecret,
      txTime,
      accepted: false,
      reason: 'ok',
      media: emptyMedia()
    }
    const state = { disabled: reg.disabled, isLive: (key: string) => reg.live.has(key) }
    Object.assign(
      attempt,
      evaluatePublish(this.cfg.rules, state, attempt.app, stream, txSecret, txTime)
    )
    attempt.accepted = attempt.reason === 'ok'
    reg.attempts.push(attempt)
    this.mine.push(attempt)
    return attempt
  }

  /**
   * Runs before NMS answers `publish`; true lets NMS send `NetStream.Publish.Start`. In nms style
   * that is always so (the verdict follows in afterPublishReply); in nginx style a refused
   * publish gets no Start, only a BadName status for a stream in use, and the close.
   */
  private beforePublishReply(invoke: NmsInvoke, streamId: number): boolean {
    const attempt = this.newAttempt(invoke)
    this.current = attempt
    if (this.cfg.style === 'nms') {
      attempt.statusSent = 'NetStream.Publish.Start'
      return true
    }
    if (attempt.accepted) {
      attempt.statusSent = 'NetStream.Publish.Start'
      this.admit(attempt)
      this.reg.events.emit('attempt', attempt)
      return true
    }
    if (attempt.reason === 'in-use') {
      // nginx-rtmp ngx_rtmp_live_join: "already publishing" status, as ffmpeg then prints
      // "Server error: Already publishing".
      this.rtmp.sendStatusMessage(
        streamId,
        'error',
        'NetStream.Publish.BadName',
        'Already publishing'
      )
      attempt.statusSent = 'NetStream.Publish.BadName'
    }
    // nginx-rtmp on_publish denial: the session is finalized without any status.
    this.reject(attempt)
    this.reg.events.emit('attempt', attempt)
    return false
  }

  /** NMS order: Publish.Start went out, now the rules' verdict (nms style only). */
  private afterPublishReply(): void {
    const attempt = this.current
    if (!attempt || this.cfg.style !== 'nms') return
    if (attempt.accepted) this.admit(attempt)
    else this.reject(attempt)
    this.reg.events.emit('attempt', attempt)
  }

  /** An accepted publisher goes live (replacing a running one on takeover); cut later if asked. */
  private admit(attempt: PublishAttempt): void {
    const { reg, socket } = this
    const key = streamKey(attempt)
    const running = reg.live.get(key)
    if (running && running !== socket) {
      // takeover: the newcomer wins; the running publisher's session is dropped.
      for (const a of reg.attempts) {
        if (a !== attempt && a.accepted && a.closedAt === undefined && streamKey(a) === key) {
          a.closedBy = 'server-replaced'
        }
      }
      running.destroy()
    }
    reg.live.set(key, socket)
  }

  /**
   * The cut (cutAfterSec) counts from the publisher's first audio or video packet: a push is cut
   * mid-stream, while a publish-only probe, which sends no media, is never cut.
   */
  private startCut(attempt: PublishAttempt): void {
    const { reg, socket } = this
    if (reg.cutAfterSec === undefined || !attempt.accepted || this.cutTimer !== undefined) return
    this.cutTimer = reg.later(reg.cutAfterSec * 1000, () => {
      attempt.closedBy = 'server-cut'
      // destroy, not end: a cut ingest drops the TCP session; the client sees a reset/EPIPE.
      socket.destroy()
    })
  }

  /** Rejection = close, as real ingests do: FIN first, then RST if the client keeps it open. */
  private reject(attempt: PublishAttempt): void {
    attempt.closedBy = 'server-reject'
    this.socket.end()
    this.reg.later(REJECT_LINGER_MS, () => this.socket.destroy())
  }

  /** Counts a media packet of the current publish. */
  private count(packet: NmsAvPacket): void {
    const media = this.current?.media
    if (!media) return
    media.bytes += packet.size
    if (packet.codec_type === 9 && (packet.flags === 3 || packet.flags === 4)) media.videoFrames++
    else if (packet.codec_type === 8 && packet.flags === 1) media.audioFrames++
    else if (packet.codec_type === 18) media.dataMessages++
    const isAv = packet.codec_type === 8 || packet.codec_type === 9
    if (isAv && media.firstMediaAt === undefined && this.current) {
      media.firstMediaAt = this.cfg.rules.now()
      this.startCut(this.current)
    }
  }

  /** Pauses the socket while it is ahead of the read budget (TCP flow control does the rest). */
  private throttle(bytes: number): void {
    const limit = this.cfg.readLimitKbps
    if (limit === undefined || limit <= 0) return
    this.readStartedAt ??= Date.now()
    this.readBytes += bytes
    // Ahead of budget: stop reading until wall time catches up with the bytes taken.
    const aheadMs = (this.readBytes * 8) / limit - (Date.now() - this.readStartedAt)
    if (aheadMs > 0) {
      this.socket.pause()
      this.reg.later(aheadMs, () => {
        if (!this.socket.destroyed) this.socket.resume()
      })
    }
  }

  private onData(data: Buffer): void {
    this.throttle(data.length)
    try {
      const err = this.rtmp.parserData(data)
      if (err !== null) throw new Error(err)
    } catch (e) {
      // NMS throws on e.g. an unparsable tcUrl (`new URL`); a real server would drop the client.
      this.conn.error = e instanceof Error ? e.message : String(e)
      if (this.current && !this.current.closedBy) this.current.closedBy = 'protocol-error'
      this.socket.destroy()
    }
  }

  /** Closes the records of this connection and of its publishes; frees their streams. */
  private onClose(): void {
    const { reg, socket, conn } = this
    const now = this.cfg.rules.now
    reg.sockets.delete(socket)
    if (this.cutTimer) reg.cancel(this.cutTimer)
    const tcUrl = this.rtmp.connectCmdObj?.tcUrl
    conn.tcUrl = tcUrl === undefined ? undefined : String(tcUrl)
    conn.closedAt = now()
    for (const a of this.mine) {
      if (a.closedAt !== undefined) continue
      a.closedAt = now()
      a.closedBy ??= reg.closing ? 'ingest-close' : 'client'
      const key = streamKey(a)
      if (reg.live.get(key) === socket) reg.live.delete(key)
      reg.events.emit('closed', a)
    }
  }
}
