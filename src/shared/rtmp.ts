/**
 * Types of the publish-only probe: the engine's own RTMP client does handshake, connect,
 * createStream and publish on the real stream name, reads every reply, and closes before any
 * media is sent. Evidence is plain data; the publish name's txSecret is redacted.
 */
import type { NetFailure } from './network'
import type { CheckResult } from './result'

export const PUBLISH_PROBE_CODES = [
  'publish-accepted',
  'publish-rejected-status',
  'publish-rejected-closed-after-start',
  'publish-rejected-closed-no-status',
  'publish-connect-rejected',
  'publish-create-stream-rejected',
  'publish-closed-before-publish',
  'publish-timeout-silent',
  'publish-not-rtmp',
  'publish-protocol-error',
  'publish-tcp-failed',
  'publish-cancelled'
] as const
export type PublishProbeCode = (typeof PUBLISH_PROBE_CODES)[number]

/** The step the probe had reached when it decided. */
export type PublishStage =
  'tcp' | 'handshake' | 'connect' | 'create-stream' | 'publish' | 'hold' | 'done'

/** One message the server sent, in order of arrival. */
export interface RtmpReply {
  /** ms since the TCP connection opened. */
  atMs: number
  /** ms since our `publish` was sent (negative before it; absent if publish was never sent). */
  afterPublishMs?: number
  kind: 'command' | 'control' | 'other'
  /** Command name (`_result`, `_error`, `onStatus`, `onFCPublish`, …) or control type. */
  name: string
  transactionId?: number
  /** Message stream id it came on. */
  streamId: number
  /** From the status/info object, when there is one. */
  level?: string
  code?: string
  description?: string
  /** A control message's value (chunk size, window size, user control event…). */
  value?: number
}

/** How the connection ended. */
export interface CloseInfo {
  /** Who ended it: the server (FIN or RST), or we did (after deciding). */
  by: 'server' | 'client'
  /** FIN = orderly close, RST = reset, none = we closed and the server had not. */
  kind: 'fin' | 'rst' | 'none'
  /** ms since the TCP connection opened. */
  atMs: number
  /** ms since `publish` was sent, if it was. */
  afterPublishMs?: number
}

/** A server status that named the outcome. */
export interface ServerStatus {
  level?: string
  code?: string
  description?: string
  /** The command that carried it (`onStatus`, `_error`, `onFCPublish`). */
  via: string
}

/** Evidence of the publish-only probe. */
export interface PublishProbeEvidence {
  ip: string
  port: number
  tcUrl: string
  app: string
  /** The publish name with txSecret redacted to its first 4 characters + '…'. */
  publishName: string
  stage: PublishStage
  connectMs?: number
  handshakeMs?: number
  tcpFailure?: NetFailure
  errno?: string
  /** What the handshake got instead of RTMP, for `publish-not-rtmp`. */
  notRtmp?: 'bad-version' | 'http' | 'garbage' | 'closed' | 'reset'
  /** The reader's error code, for `publish-protocol-error`. */
  protocolError?: string
  /** When `publish` was sent, ms since the TCP connection opened. */
  publishSentAtMs?: number
  /** When NetStream.Publish.Start arrived, ms after publish. */
  startAfterPublishMs?: number
  /** How long the session was held open after Start, ms. */
  heldMs?: number
  /** The status that decided a rejection (or the connect/createStream error). */
  status?: ServerStatus
  replies: RtmpReply[]
  /** True when more replies came than are kept. */
  repliesTruncated: boolean
  close?: CloseInfo
  bytesRead: number
  /** Always 0: the probe never sends audio or video. Kept as evidence of that promise. */
  mediaMessagesSent: 0
}

export type PublishProbeResult = CheckResult<
  'publish-probe',
  PublishProbeCode,
  PublishProbeEvidence
>
