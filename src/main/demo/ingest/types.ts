/**
 * The local RTMP ingest's public types: publish attempts and their outcome, connections, options
 * and the running ingest's API. Plain data apart from the ingest's event emitter.
 */
import type { EventEmitter } from 'node:events'

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
  'server-reject' | 'server-cut' | 'server-replaced' | 'client' | 'ingest-close' | 'protocol-error'

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
  statusSent?: 'NetStream.Publish.Start' | 'NetStream.Publish.BadName'
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

/** Options of startIngest. */
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
  /** Cut each accepted publisher this many seconds after its first audio/video packet. */
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
