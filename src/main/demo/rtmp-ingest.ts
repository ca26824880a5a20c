/**
 * A local Tencent-like RTMP ingest: Tencent CSS push rules on node-media-server 4.4.3's RTMP
 * protocol engine, started in-process on a random loopback port. The demo mode (run-demo.ts)
 * ships it as part of the app; the tests use the very same code (test/fixtures re-exports it).
 * Plain Node: never imports electron.
 *
 * Why NMS's `Rtmp` protocol class and not `new NodeMediaServer(config)`: the server class keeps all
 * state in a process-wide singleton (`core/context.js`: config, sessions, broadcasts, one event
 * emitter), cannot listen on port 0 (a falsy port disables the listener), calls
 * `process.exit(1)` on a listen error, opens a `./data` store on disk and starts a global
 * rate-sampler timer. None of that
 * fits a fixture that must run twice in one process and leave nothing behind. The wire behaviour
 * (handshake, connect/createStream replies, `NetStream.Publish.Start`, chunking) is NMS's own code;
 * only the session layer (what RtmpSession does: route callbacks, close the socket on rejection) is
 * re-done here, per instance.
 *
 * Rules (Tencent CSS, see shared/MISSION.md): txSecret = md5|sha256(key + StreamName + txTime) in
 * lower-case hex with the primary or the backup key; txTime = hex Unix seconds, expired when
 * now > txTime + authDeltaSec; one publisher per stream; disabled streams; optional cut after N s.
 * The hash is computed here on purpose, independently of the engine's signature code: the fixture
 * is a cross-check of it.
 */
import { createHash } from 'node:crypto'
import { EventEmitter } from 'node:events'
import { createRequire } from 'node:module'
import net from 'node:net'

/** Why a publish was accepted or rejected. */
export const INGEST_REASONS = [
  'ok',
  'disabled',
  'missing-txtime',
  'bad-txtime',
  'expired',
  'missing-signature',
  'bad-signature',
  'in-use'
] as const
export type IngestReason = (typeof INGEST_REASONS)[number]

/**
 * How a rejection looks on the wire.
 * - `nms`: node-media-server's own order: `NetStream.Publish.Start` first, then the rules run and
 *   the connection is closed — "accepted, then closed at once".
 * - `nginx`: like nginx-rtmp's on_publish: a rejected publish gets no status at all, the connection
 *   is closed right after the publish command; a second publisher gets
 *   `onStatus(error, NetStream.Publish.BadName, "Already publishing")` before the close.
 */
export type IngestStyle = 'nms' | 'nginx'

/** Who ended a publish session. */
export type ClosedBy =
  | 'server-reject'
  | 'server-cut'
  | 'server-replaced'
  | 'client'
  | 'ingest-close'
  | 'protocol-error'

/** Media received on one publish session (audio/video/data messages after `publish`). */
export interface MediaCount {
  /** Payload bytes of audio + video + data messages. */
  bytes: number
  videoFrames: number
  audioFrames: number
  /** Script data messages (`@setDataFrame onMetaData`). */
  dataMessages: number
  /** When the first audio/video message arrived, ms since epoch. */
  firstMediaAt?: number
}

/** One `publish` command the ingest received, and what became of it. */
export interface PublishAttempt {
  /** 1-based, in arrival order. */
  n: number
  at: number
  /** `address:port` of the client. */
  remote: string
  /** tcUrl from the `connect` command, as sent by the client. */
  tcUrl: string
  /** Host name of the tcUrl (what the server believes the client dialled). */
  host: string
  app: string
  stream: string
  /** The raw publish name (`stream?txSecret=…&txTime=…`). */
  publishName: string
  txSecret?: string
  txTime?: string
  accepted: boolean
  reason: IngestReason
  /** Which key and hash matched, for accepted signed pushes. */
  matched?: { key: 'primary' | 'backup'; algorithm: 'md5' | 'sha256' }
  /** Status sent in reply (`NetStream.Publish.Start`, `NetStream.Publish.BadName`) or none. */
  statusSent?: string
  closedAt?: number
  closedBy?: ClosedBy
  media: MediaCount
}

/** A TCP connection the ingest accepted (also those that never published). */
export interface IngestConnection {
  remote: string
  at: number
  tcUrl?: string
  closedAt?: number
  error?: string
}

/** Options of {@link startIngest}. */
export interface IngestOptions {
  /** Primary push key (Tencent "Key"). Required unless requireSignature is false. */
  key?: string
  /** Backup key. */
  backupKey?: string
  /** Check txTime/txSecret (default true). */
  requireSignature?: boolean
  /** Extra validity after txTime, seconds (Tencent's AuthDelta). Default 0. */
  authDeltaSec?: number
  /** Stream names that are forbidden (Tencent console "Disabled Streams"). */
  disabledStreams?: string[]
  /** Cut each accepted publisher after this many seconds. */
  cutAfterSec?: number
  /** Rejection behaviour on the wire (default `nms`). */
  style?: IngestStyle
  /** Listen address (default 127.0.0.1; `::1` for IPv6). Loopback only. */
  host?: '127.0.0.1' | '::1'
  /** Clock, ms since epoch (for expiry). Default Date.now. */
  now?: () => number
  /**
   * Read each connection at most this fast, kbit/s: a slow uplink on loopback, without root.
   * The socket is paused when it is ahead of the budget, so TCP's own flow control slows the
   * sender exactly as a narrow link would (the demo's `--fail uplink`).
   */
  readLimitKbps?: number
  /**
   * A new valid publisher to a stream that is live replaces the running one, whose connection is
   * then dropped (`closedBy: 'server-replaced'`), as some ingests do ("replaced by a new push").
   * Default false: the newcomer is refused as `in-use`.
   */
  takeover?: boolean
}

/** A running ingest. */
export interface Ingest {
  readonly port: number
  readonly host: string
  /** Every publish command, in arrival order (live objects: closedAt/media update). */
  readonly attempts: readonly PublishAttempt[]
  readonly connections: readonly IngestConnection[]
  /** Emits `attempt` (PublishAttempt, once decided), `closed` (PublishAttempt), `connection`. */
  readonly events: EventEmitter
  /** `rtmp://host:port` of this ingest (IPv6 bracketed). */
  readonly baseUrl: string
  disableStream(stream: string): void
  enableStream(stream: string): void
  setCutAfterSec(sec: number | undefined): void
  /** Sum of media received for a stream name over all its publish sessions, accepted or not. */
  mediaFor(stream: string): MediaCount
  /** Resolves with the first attempt (past or future) matching `match`; rejects after timeoutMs. */
  waitForAttempt(match: (a: PublishAttempt) => boolean, timeoutMs?: number): Promise<PublishAttempt>
  /** Resolves when the attempt's session has closed; rejects after timeoutMs. */
  waitForClosed(attempt: PublishAttempt, timeoutMs?: number): Promise<PublishAttempt>
  /** Close the listener and every connection; clears every timer. Idempotent. */
  close(): Promise<void>
}

/** Default wait for waitFor* helpers. */
const DEFAULT_WAIT_MS = 10_000
/** After a rejection, `end()` lets the status/FIN reach the client; destroy if it lingers. */
const REJECT_LINGER_MS = 1_000

// ── node-media-server's protocol engine, typed for the parts used here ──────────────────────
interface NmsAvPacket {
  codec_type: number
  flags: number
  size: number
}
interface NmsInvoke {
  cmd: string
  transId: number
  streamName?: string
}
interface NmsRtmp {
  onConnectCallback: (req: unknown) => void
  onPushCallback: () => void
  onPlayCallback: () => void
  onPacketCallback: (packet: NmsAvPacket) => void
  onOutputCallback: (buffer: Buffer) => void
  parserData(buffer: Buffer): string | null
  onPublish(invoke: NmsInvoke): void
  sendStatusMessage(streamId: number, level: string, code: string, description: string): void
  parserPacket: { header: { stream_id: number } }
  streamApp?: string
  streamHost?: string
  connectCmdObj?: { tcUrl?: unknown }
}
type NmsRtmpCtor = new () => NmsRtmp

// NMS is CommonJS without types or an exports map; its protocol module is self-contained (no
// Context), so it can be instantiated per connection.
const requireCjs = createRequire(import.meta.url)
const NmsRtmpBase = requireCjs('node-media-server/src/protocol/rtmp.js') as NmsRtmpCtor

/**
 * NMS's Rtmp with one interception point. NMS's `onPublish` sends `NetStream.Publish.Start`
 * *before* any hook can run, so an nginx-style ingest must decide inside `onPublish`, before
 * calling the original. Overriding this one method keeps every other byte NMS's own.
 */
class IngestRtmp extends NmsRtmpBase {
  constructor(
    private readonly beforePublishReply: (invoke: NmsInvoke, streamId: number) => boolean
  ) {
    super()
  }

  override onPublish(invoke: NmsInvoke): void {
    // Returning false means the publish was answered (or dropped) by the hook.
    if (this.beforePublishReply(invoke, this.parserPacket.header.stream_id)) super.onPublish(invoke)
  }
}

/** Lower-case hex digest of Tencent's signed string. */
function digest(algorithm: 'md5' | 'sha256', text: string): string {
  return createHash(algorithm).update(text, 'utf8').digest('hex')
}

/** Splits `stream?query` and reads txSecret/txTime (values decoded, as a server would). */
function splitPublishName(publishName: string): {
  stream: string
  txSecret?: string
  txTime?: string
} {
  const q = publishName.indexOf('?')
  const stream = q < 0 ? publishName : publishName.slice(0, q)
  const params = new URLSearchParams(q < 0 ? '' : publishName.slice(q + 1))
  return {
    stream,
    txSecret: params.get('txSecret') ?? undefined,
    txTime: params.get('txTime') ?? undefined
  }
}

function emptyMedia(): MediaCount {
  return { bytes: 0, videoFrames: 0, audioFrames: 0, dataMessages: 0 }
}

/** Start an ingest on a random loopback port. */
export async function startIngest(opts: IngestOptions = {}): Promise<Ingest> {
  const style = opts.style ?? 'nms'
  const requireSignature = opts.requireSignature ?? true
  const now = opts.now ?? Date.now
  const listenHost = opts.host ?? '127.0.0.1'
  if (requireSignature && !opts.key && !opts.backupKey) {
    throw new Error('startIngest: a key is required unless requireSignature is false')
  }
  const disabled = new Set(opts.disabledStreams ?? [])
  let cutAfterSec = opts.cutAfterSec
  const attempts: PublishAttempt[] = []
  const connections: IngestConnection[] = []
  const events = new EventEmitter()
  const sockets = new Set<net.Socket>()
  const timers = new Set<NodeJS.Timeout>()
  /** app/stream → the socket currently publishing it. */
  const live = new Map<string, net.Socket>()
  let closing = false

  function later(ms: number, fn: () => void): NodeJS.Timeout {
    const t = setTimeout(() => {
      timers.delete(t)
      fn()
    }, ms)
    timers.add(t)
    return t
  }

  /** Tencent's rules, in the order the errcodes suggest: forbidden, txTime, txSecret, pushers. */
  function evaluate(
    app: string,
    stream: string,
    txSecret: string | undefined,
    txTime: string | undefined
  ): Pick<PublishAttempt, 'reason' | 'matched'> {
    if (disabled.has(stream)) return { reason: 'disabled' }
    let matched: PublishAttempt['matched']
    if (requireSignature) {
      if (!txTime) return { reason: 'missing-txtime' }
      if (!/^[0-9a-fA-F]{1,12}$/.test(txTime)) return { reason: 'bad-txtime' }
      const expiresAtMs = (parseInt(txTime, 16) + (opts.authDeltaSec ?? 0)) * 1000
      if (now() > expiresAtMs) return { reason: 'expired' }
      if (!txSecret) return { reason: 'missing-signature' }
      const keys: Array<['primary' | 'backup', string | undefined]> = [
        ['primary', opts.key],
        ['backup', opts.backupKey]
      ]
      for (const [which, key] of keys) {
        if (!key) continue
        for (const algorithm of ['md5', 'sha256'] as const) {
          // Exact comparison: Tencent documents lower-case hex.
          if (digest(algorithm, key + stream + txTime) === txSecret) {
            matched = { key: which, algorithm }
          }
        }
        if (matched) break
      }
      if (!matched) return { reason: 'bad-signature' }
    }
    if (live.has(`${app}/${stream}`) && !opts.takeover) return { reason: 'in-use' }
    return { reason: 'ok', matched }
  }

  /** Rejection = close, as real ingests do: FIN first, then RST if the client keeps it open. */
  function reject(socket: net.Socket, attempt: PublishAttempt): void {
    attempt.closedBy = 'server-reject'
    socket.end()
    later(REJECT_LINGER_MS, () => socket.destroy())
  }

  function handleConnection(socket: net.Socket): void {
    if (closing) {
      socket.destroy()
      return
    }
    sockets.add(socket)
    const conn: IngestConnection = {
      remote: `${socket.remoteAddress}:${socket.remotePort}`,
      at: now()
    }
    connections.push(conn)
    events.emit('connection', conn)
    let current: PublishAttempt | undefined
    const mine: PublishAttempt[] = []
    let cutTimer: NodeJS.Timeout | undefined
    // Read budget (readLimitKbps): bytes read so far against wall time since the first byte.
    let readBytes = 0
    let readStartedAt: number | undefined

    /** Creates the attempt record from the raw publish command and the connect info. */
    const newAttempt = (invoke: NmsInvoke): PublishAttempt => {
      const publishName = String(invoke.streamName ?? '')
      const { stream, txSecret, txTime } = splitPublishName(publishName)
      const tcUrl = String(rtmp.connectCmdObj?.tcUrl ?? '')
      const attempt: PublishAttempt = {
        n: attempts.length + 1,
        at: now(),
        remote: conn.remote,
        tcUrl,
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
      Object.assign(attempt, evaluate(attempt.app, stream, txSecret, txTime))
      attempt.accepted = attempt.reason === 'ok'
      attempts.push(attempt)
      mine.push(attempt)
      return attempt
    }

    const onAccepted = (attempt: PublishAttempt): void => {
      const key = `${attempt.app}/${attempt.stream}`
      const running = live.get(key)
      if (running && running !== socket) {
        // takeover: the newcomer wins; the running publisher's session is dropped.
        for (const a of attempts) {
          if (a !== attempt && a.accepted && a.closedAt === undefined && `${a.app}/${a.stream}` === key) a.closedBy = 'server-replaced'
        }
        running.destroy()
      }
      live.set(key, socket)
      if (cutAfterSec !== undefined) {
        cutTimer = later(cutAfterSec * 1000, () => {
          attempt.closedBy = 'server-cut'
          // destroy, not end: a cut ingest drops the TCP session; the client sees a reset/EPIPE.
          socket.destroy()
        })
      }
    }

    const rtmp = new IngestRtmp((invoke, streamId) => {
      const attempt = newAttempt(invoke)
      current = attempt
      if (style === 'nms') {
        // NMS order: Publish.Start goes out in super.onPublish; the verdict follows in
        // onPushCallback.
        attempt.statusSent = 'NetStream.Publish.Start'
        return true
      }
      if (attempt.accepted) {
        attempt.statusSent = 'NetStream.Publish.Start'
        onAccepted(attempt)
        events.emit('attempt', attempt)
        return true
      }
      if (attempt.reason === 'in-use') {
        // nginx-rtmp ngx_rtmp_live_join: "already publishing" status, as ffmpeg then prints
        // "Server error: Already publishing".
        rtmp.sendStatusMessage(streamId, 'error', 'NetStream.Publish.BadName', 'Already publishing')
        attempt.statusSent = 'NetStream.Publish.BadName'
      }
      // nginx-rtmp on_publish denial: the session is finalized without any status.
      reject(socket, attempt)
      events.emit('attempt', attempt)
      return false
    })
    rtmp.onOutputCallback = (buffer) => {
      if (!socket.destroyed && socket.writable) socket.write(buffer)
    }
    rtmp.onConnectCallback = () => {}
    rtmp.onPlayCallback = () => {}
    rtmp.onPushCallback = () => {
      // Only reached in nms style (nginx style decided before super.onPublish) or when accepted.
      const attempt = current
      if (!attempt || style !== 'nms') return
      if (attempt.accepted) onAccepted(attempt)
      else reject(socket, attempt)
      events.emit('attempt', attempt)
    }
    rtmp.onPacketCallback = (packet) => {
      const media = current?.media
      if (!media) return
      media.bytes += packet.size
      if (packet.codec_type === 9 && (packet.flags === 3 || packet.flags === 4)) media.videoFrames++
      else if (packet.codec_type === 8 && packet.flags === 1) media.audioFrames++
      else if (packet.codec_type === 18) media.dataMessages++
      const isAv = packet.codec_type === 8 || packet.codec_type === 9
      if (isAv && media.firstMediaAt === undefined) media.firstMediaAt = now()
    }

    socket.on('data', (data: Buffer) => {
      const limit = opts.readLimitKbps
      if (limit !== undefined && limit > 0) {
        readStartedAt ??= Date.now()
        readBytes += data.length
        // Ahead of budget: stop reading until wall time catches up with the bytes taken.
        const aheadMs = (readBytes * 8) / limit - (Date.now() - readStartedAt)
        if (aheadMs > 0) {
          socket.pause()
          later(aheadMs, () => {
            if (!socket.destroyed) socket.resume()
          })
        }
      }
      try {
        const err = rtmp.parserData(data)
        if (err !== null) throw new Error(err)
      } catch (e) {
        // NMS throws on e.g. an unparsable tcUrl (`new URL`); a real server would drop the client.
        conn.error = e instanceof Error ? e.message : String(e)
        if (current && !current.closedBy) current.closedBy = 'protocol-error'
        socket.destroy()
      }
    })
    socket.on('error', (e) => {
      conn.error ??= e.message
    })
    socket.on('close', () => {
      sockets.delete(socket)
      if (cutTimer) {
        clearTimeout(cutTimer)
        timers.delete(cutTimer)
      }
      const tcUrl = rtmp.connectCmdObj?.tcUrl
      conn.tcUrl = tcUrl === undefined ? undefined : String(tcUrl)
      conn.closedAt = now()
      for (const a of mine) {
        if (a.closedAt !== undefined) continue
        a.closedAt = now()
        a.closedBy ??= closing ? 'ingest-close' : 'client'
        const key = `${a.app}/${a.stream}`
        if (live.get(key) === socket) live.delete(key)
        events.emit('closed', a)
      }
    })
  }

  const server = net.createServer(handleConnection)
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, listenHost, () => {
      server.off('error', reject)
      resolve()
    })
  })
  const address = server.address()
  if (address === null || typeof address === 'string') throw new Error('ingest: no TCP address')
  const port = address.port
  const baseUrl = `rtmp://${listenHost.includes(':') ? `[${listenHost}]` : listenHost}:${port}`

  function waitFor<T>(
    check: () => T | undefined,
    eventNames: string[],
    timeoutMs: number,
    what: string
  ): Promise<T> {
    const found = check()
    if (found !== undefined) return Promise.resolve(found)
    return new Promise<T>((resolve, reject) => {
      const listener = (): void => {
        const hit = check()
        if (hit !== undefined) finish(() => resolve(hit))
      }
      const fail = (msg: string): void => finish(() => reject(new Error(msg)))
      const onClose = (): void => fail(`ingest closed while waiting for ${what}`)
      const timer = setTimeout(
        () => fail(`timed out after ${timeoutMs} ms waiting for ${what}`),
        timeoutMs
      )
      function finish(settle: () => void): void {
        clearTimeout(timer)
        for (const name of eventNames) events.off(name, listener)
        events.off('ingest-close', onClose)
        settle()
      }
      for (const name of eventNames) events.on(name, listener)
      events.on('ingest-close', onClose)
    })
  }

  return {
    port,
    host: listenHost,
    baseUrl,
    attempts,
    connections,
    events,
    disableStream: (stream) => void disabled.add(stream),
    enableStream: (stream) => void disabled.delete(stream),
    setCutAfterSec: (sec) => {
      cutAfterSec = sec
    },
    mediaFor: (stream) => {
      const sum = emptyMedia()
      for (const a of attempts) {
        if (a.stream !== stream) continue
        sum.bytes += a.media.bytes
        sum.videoFrames += a.media.videoFrames
        sum.audioFrames += a.media.audioFrames
        sum.dataMessages += a.media.dataMessages
        if (a.media.firstMediaAt !== undefined) {
          sum.firstMediaAt = Math.min(sum.firstMediaAt ?? Infinity, a.media.firstMediaAt)
        }
      }
      return sum
    },
    // An attempt's verdict is computed synchronously when the publish command is parsed, so any
    // attempt in the list is already decided.
    waitForAttempt: (match, timeoutMs = DEFAULT_WAIT_MS) =>
      waitFor(() => attempts.find(match), ['attempt'],
        timeoutMs,
        'a matching publish'
      ),
    waitForClosed: (attempt, timeoutMs = DEFAULT_WAIT_MS) =>
      waitFor(
        () => (attempt.closedAt !== undefined ? attempt : undefined),
        ['closed'],
        timeoutMs,
        `publish #${attempt.n} to close`
      ),
    close: async () => {
      if (closing) return
      closing = true
      events.emit('ingest-close')
      for (const t of timers) clearTimeout(t)
      timers.clear()
      const closed = new Promise<void>((resolve) => server.close(() => resolve()))
      for (const s of sockets) s.destroy()
      await closed
    }
  }
}
