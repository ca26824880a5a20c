/**
 * Publish-only probe of the real stream name (issue 3 item 4): handshake, `connect`,
 * `releaseStream`/`FCPublish`, `createStream`, `publish`, then read every reply and watch how the
 * server closes — and leave before any media is sent, so viewers never see anything. This gives
 * the server's own words where ffmpeg hides them ("Already publishing", BadName), and tells
 * accepted from rejected-at-publish for this name.
 */
import { redactText } from '../../shared/redact'
import type { CheckStatus } from '../../shared/result'
import type {
  PublishProbeCode,
  PublishProbeEvidence,
  PublishProbeResult,
  PublishStage,
  RtmpReply,
  ServerStatus
} from '../../shared/rtmp'
import { amf0String, isAmf0Object, type Amf0Value } from './rtmp/amf0'
import { parseControl } from './rtmp/chunk'
import {
  CSID_STREAM_COMMAND,
  RtmpConnection,
  decodeCommand,
  type InboxEntry,
  type WaitFailure
} from './rtmp/client'
import { openTcp, realNetDeps, type NetDeps } from './rtmp/tcp'
import {
  HANDSHAKE_TIMEOUT_MS,
  PORT_CONNECT_TIMEOUT_MS,
  PUBLISH_CLOSE_WATCH_MS,
  PUBLISH_GOODBYE_MS,
  PUBLISH_HOLD_MS,
  PUBLISH_PROBE_TIMEOUT_MS,
  PUBLISH_STEP_TIMEOUT_MS,
  RTMP_MAX_REPLIES
} from './constants'

/** Where to publish. `ip` is dialled; `tcUrl` keeps the original host (virtual hosting). */
export interface PublishTarget {
  ip: string
  port: number
  tcUrl: string
  app: string
  /** StreamName plus its raw query, as the RTMP publish name. */
  publishName: string
}

/** Probe timing options. */
export interface PublishProbeOptions {
  /** How long to keep the session after NetStream.Publish.Start before calling it accepted. */
  holdMs?: number
  /** Bound on the whole probe. */
  timeoutMs?: number
  /** Bound on each answered step (connect, createStream, publish status). */
  stepTimeoutMs?: number
  connectTimeoutMs?: number
  handshakeTimeoutMs?: number
}

/** What FMLE (and OBS) put in `flashVer`; some ingests only accept encoder-like clients. */
const FLASH_VER = 'FMLE/3.0 (compatible; FMSc/1.0)'

const STATUS_BY_CODE: Record<PublishProbeCode, CheckStatus> = {
  'publish-accepted': 'pass',
  'publish-rejected-status': 'fail',
  'publish-rejected-closed-after-start': 'fail',
  'publish-rejected-closed-no-status': 'fail',
  'publish-connect-rejected': 'fail',
  'publish-create-stream-rejected': 'fail',
  'publish-closed-before-publish': 'fail',
  'publish-timeout-silent': 'fail',
  'publish-not-rtmp': 'fail',
  'publish-protocol-error': 'fail',
  'publish-tcp-failed': 'fail',
  'publish-cancelled': 'skipped'
}

// Transaction ids, in the order OBS uses them.
const TX = { connect: 1, releaseStream: 2, fcPublish: 3, createStream: 4, publish: 5 } as const

/** txSecret values of a publish name (to redact them wherever the server echoes them). */
function txSecrets(publishName: string): string[] {
  const q = publishName.indexOf('?')
  if (q < 0) return []
  const out: string[] = []
  for (const pair of publishName.slice(q + 1).split('&')) {
    const eq = pair.indexOf('=')
    if (eq > 0 && pair.slice(0, eq).toLowerCase() === 'txsecret' && pair.length > eq + 1) {
      out.push(pair.slice(eq + 1))
    }
  }
  return out
}

/** Replaces each txSecret value by its first 4 characters + '…' (in a name or any server text). */
function redactSecrets(text: string, secrets: readonly string[]): string {
  return redactText(text, { txSecrets: [...secrets] })
}

/** Longest server-sent text kept (a status description is one sentence; the rest is noise). */
const SERVER_TEXT_MAX_CHARS = 500

/** A server-sent string as kept in evidence: redacted (servers echo the publish name) and capped. */
function serverText(s: string | undefined, secrets: readonly string[]): string | undefined {
  return s === undefined ? undefined : redactSecrets(s, secrets).slice(0, SERVER_TEXT_MAX_CHARS)
}

/** The publish name with its txSecret redacted. */
export function redactPublishName(publishName: string): string {
  return redactText(publishName)
}

/** Reads level/code/description from a status object (onStatus info, _error info). */
function statusOf(args: Amf0Value[]): Pick<ServerStatus, 'level' | 'code' | 'description'> {
  // onStatus: [null, info]; _error/_result: [cmdObj, info]; onFCPublish: [null?, info]
  const info = [...args]
    .reverse()
    .find((a) => isAmf0Object(a) && amf0String(a, 'code') !== undefined)
  if (!info) return {}
  return {
    level: amf0String(info, 'level'),
    code: amf0String(info, 'code'),
    description: amf0String(info, 'description')
  }
}

const CONTROL_NAMES: Record<string, string> = {
  'set-chunk-size': 'SetChunkSize',
  abort: 'Abort',
  ack: 'Acknowledgement',
  'window-ack-size': 'WindowAckSize',
  'set-peer-bandwidth': 'SetPeerBandwidth',
  'user-control': 'UserControl'
}

/** Turns an inbox entry into a plain-data reply (secrets redacted). */
function toReply(
  e: InboxEntry,
  secrets: readonly string[],
  publishAt: number | undefined
): RtmpReply {
  const m = e.message
  const base = {
    atMs: e.atMs,
    ...(publishAt !== undefined ? { afterPublishMs: e.atMs - publishAt } : {}),
    streamId: m.streamId
  }
  const cmd = decodeCommand(m)
  if (cmd) {
    const st = statusOf(cmd.args)
    const red = (s: string | undefined): string | undefined => serverText(s, secrets)
    const reply: RtmpReply = {
      ...base,
      kind: 'command',
      name: red(cmd.name) ?? '',
      transactionId: cmd.transactionId
    }
    if (st.level !== undefined) reply.level = red(st.level)
    if (st.code !== undefined) reply.code = red(st.code)
    if (st.description !== undefined) reply.description = red(st.description)
    if (cmd.name === '_result' && typeof cmd.args[1] === 'number') reply.value = cmd.args[1]
    return reply
  }
  const ctl = parseControl(m)
  if (ctl) {
    const value =
      ctl.type === 'user-control'
        ? ctl.event
        : ctl.type === 'abort'
          ? ctl.csid
          : ctl.type === 'ack'
            ? ctl.sequence
            : ctl.size
    return { ...base, kind: 'control', name: CONTROL_NAMES[ctl.type], value }
  }
  return { ...base, kind: 'other', name: `type-${m.typeId}` }
}

/** An error-level status (or `_error`) on the publish path: the server said no. */
function isErrorStatus(name: string, level: string | undefined, code: string | undefined): boolean {
  if (name === '_error') return true
  if (name !== 'onStatus' && name !== 'onFCPublish') return false
  if (level === 'error') return true
  // Some servers send level "status" with a failure code; the code is what counts.
  return code !== undefined && /(BadName|Failed|Rejected|Denied|Unauthorized|Forbidden)/i.test(code)
}

/** Runs the publish-only probe. Never sends audio or video. Never throws on server behaviour. */
export async function probePublish(
  target: PublishTarget,
  opts: PublishProbeOptions = {},
  deps: NetDeps = realNetDeps,
  signal?: AbortSignal
): Promise<PublishProbeResult> {
  const startedAt = deps.wallClock()
  const t0 = deps.now()
  const deadline = t0 + (opts.timeoutMs ?? PUBLISH_PROBE_TIMEOUT_MS)
  const holdMs = opts.holdMs ?? PUBLISH_HOLD_MS
  const stepMs = opts.stepTimeoutMs ?? PUBLISH_STEP_TIMEOUT_MS
  const left = (ms: number): number => Math.max(0, Math.min(ms, deadline - deps.now()))
  const secrets = txSecrets(target.publishName)
  let stage: PublishStage = 'tcp'
  const evidence: PublishProbeEvidence = {
    ip: target.ip,
    port: target.port,
    tcUrl: redactSecrets(target.tcUrl, secrets),
    app: target.app,
    publishName: redactPublishName(target.publishName),
    stage,
    replies: [],
    repliesTruncated: false,
    bytesRead: 0,
    mediaMessagesSent: 0
  }
  let conn: RtmpConnection | undefined
  // When we started closing: a close after it is ours, not the server's.
  let goodbyeAt: number | undefined
  const finish = (code: PublishProbeCode, status?: ServerStatus): PublishProbeResult => {
    evidence.stage = stage
    if (status) {
      const kept: ServerStatus = { via: status.via }
      for (const k of ['level', 'code', 'description'] as const) {
        const v = serverText(status[k], secrets)
        if (v !== undefined) kept[k] = v
      }
      evidence.status = kept
    }
    if (conn) {
      const publishAt = evidence.publishSentAtMs
      const all = conn.inbox.map((e) => toReply(e, secrets, publishAt))
      evidence.repliesTruncated = all.length > RTMP_MAX_REPLIES || conn.droppedMessages > 0
      evidence.replies = all.slice(0, RTMP_MAX_REPLIES)
      evidence.bytesRead = conn.bytesRead
      const c = conn.close
      if (c && (goodbyeAt === undefined || c.atMs < goodbyeAt) && c.kind !== 'client') {
        evidence.close = {
          by: 'server',
          kind: c.kind === 'rst' ? 'rst' : c.kind === 'fin' ? 'fin' : 'none',
          atMs: c.atMs,
          ...(publishAt !== undefined ? { afterPublishMs: c.atMs - publishAt } : {})
        }
      } else {
        const atMs = goodbyeAt ?? conn.elapsed()
        evidence.close = {
          by: 'client',
          kind: 'none',
          atMs,
          ...(publishAt !== undefined ? { afterPublishMs: atMs - publishAt } : {})
        }
      }
    }
    return {
      id: 'publish-probe',
      status: STATUS_BY_CODE[code],
      code,
      timing: { startedAt, durationMs: Math.max(0, Math.round(deps.now() - t0)) },
      evidence
    }
  }
  // A failed wait in a pre-publish step → its code.
  const failed = (why: WaitFailure, onClose: PublishProbeCode): PublishProbeCode => {
    if (why === 'aborted') return 'publish-cancelled'
    if (why === 'timeout') return 'publish-timeout-silent'
    if (why === 'protocol-error') {
      evidence.protocolError = conn?.protocolError
      return 'publish-protocol-error'
    }
    if (why === 'not-rtmp') return 'publish-not-rtmp'
    return onClose
  }

  const tcp = await openTcp(
    target.ip,
    target.port,
    left(opts.connectTimeoutMs ?? PORT_CONNECT_TIMEOUT_MS),
    deps,
    signal
  )
  if (!tcp.ok) {
    evidence.tcpFailure = tcp.failure
    if (tcp.errno) evidence.errno = tcp.errno
    return finish(tcp.failure === 'cancelled' ? 'publish-cancelled' : 'publish-tcp-failed')
  }
  evidence.connectMs = tcp.connectMs
  conn = new RtmpConnection(tcp.socket, { now: deps.now })
  const c = conn
  try {
    // ── handshake
    stage = 'handshake'
    c.startHandshake()
    const hs = await c.waitFor(
      () => (c.hello.state === 'done' ? c.hello : undefined),
      left(opts.handshakeTimeoutMs ?? HANDSHAKE_TIMEOUT_MS),
      signal
    )
    if (!hs.ok) {
      if (c.hello.state === 'not-rtmp') evidence.notRtmp = c.hello.verdict.kind
      else if (hs.why === 'closed') evidence.notRtmp = c.close?.kind === 'rst' ? 'reset' : 'closed'
      return finish(failed(hs.why, 'publish-not-rtmp'))
    }
    evidence.handshakeMs = hs.value.doneAtMs

    // ── connect
    stage = 'connect'
    c.sendCommand('connect', TX.connect, [
      {
        app: target.app,
        type: 'nonprivate',
        flashVer: FLASH_VER,
        swfUrl: target.tcUrl,
        tcUrl: target.tcUrl
      }
    ])
    // Scans the inbox from `from` for a _result/_error answering `tx`.
    const answer =
      (tx: number, from = 0) =>
      (): { name: string; args: Amf0Value[] } | undefined => {
        for (let i = from; i < c.inbox.length; i++) {
          const cmd = decodeCommand(c.inbox[i].message)
          if (cmd && (cmd.name === '_result' || cmd.name === '_error') && cmd.transactionId === tx)
            return cmd
        }
        return undefined
      }
    const conRes = await c.waitFor(answer(TX.connect), left(stepMs), signal)
    if (!conRes.ok) return finish(failed(conRes.why, 'publish-closed-before-publish'))
    if (conRes.value.name === '_error') {
      return finish('publish-connect-rejected', { ...statusOf(conRes.value.args), via: '_error' })
    }

    // ── releaseStream / FCPublish (as OBS does; many servers never answer) / createStream
    stage = 'create-stream'
    c.sendCommand('releaseStream', TX.releaseStream, [null, target.publishName])
    c.sendCommand('FCPublish', TX.fcPublish, [null, target.publishName])
    c.sendCommand('createStream', TX.createStream, [null])
    const csRes = await c.waitFor(answer(TX.createStream), left(stepMs), signal)
    if (!csRes.ok) return finish(failed(csRes.why, 'publish-closed-before-publish'))
    if (csRes.value.name === '_error') {
      return finish('publish-create-stream-rejected', {
        ...statusOf(csRes.value.args),
        via: '_error'
      })
    }
    const sid = csRes.value.args[1]
    const streamId =
      typeof sid === 'number' && Number.isInteger(sid) && sid > 0 && sid < 2 ** 31 ? sid : 1

    // ── publish
    stage = 'publish'
    c.sendCommand(
      'publish',
      TX.publish,
      [null, target.publishName, 'live'],
      streamId,
      CSID_STREAM_COMMAND
    )
    const publishAt = c.elapsed()
    evidence.publishSentAtMs = publishAt
    // Any reply from the inbox (after or before publish) that decides the outcome.
    const decision =
      (from: number) => (): { start: InboxEntry } | { error: ServerStatus } | undefined => {
        for (let i = from; i < c.inbox.length; i++) {
          const cmd = decodeCommand(c.inbox[i].message)
          if (!cmd) continue
          const st = statusOf(cmd.args)
          // releaseStream/FCPublish `_error`s mean "nothing to release": not a rejection.
          if (cmd.name === '_error' && cmd.transactionId !== TX.publish) continue
          if (isErrorStatus(cmd.name, st.level, st.code)) return { error: { ...st, via: cmd.name } }
          if (cmd.name === 'onStatus' && st.code === 'NetStream.Publish.Start')
            return { start: c.inbox[i] }
        }
        return undefined
      }
    // Statuses answering FCPublish may arrive before publish was sent: scan from createStream on.
    const pubRes = await c.waitFor(decision(0), left(stepMs), signal)
    if (!pubRes.ok) {
      if (pubRes.why === 'closed') return finish('publish-rejected-closed-no-status')
      return finish(failed(pubRes.why, 'publish-rejected-closed-no-status'))
    }
    if ('error' in pubRes.value) {
      // Watch briefly how the server ends it (nginx-rtmp closes right after its status).
      await c.waitFor(() => undefined, left(PUBLISH_CLOSE_WATCH_MS), signal)
      return finish('publish-rejected-status', pubRes.value.error)
    }
    evidence.startAfterPublishMs = pubRes.value.start.atMs - publishAt

    // ── hold: a server whose hook rejects after Start closes now
    stage = 'hold'
    const holdStart = c.elapsed()
    const later = c.inbox.indexOf(pubRes.value.start) + 1
    const errorAfterStart = (): ServerStatus | undefined => {
      const d = decision(later)()
      return d && 'error' in d ? d.error : undefined
    }
    const held = await c.waitFor(errorAfterStart, left(holdMs), signal)
    evidence.heldMs = c.elapsed() - holdStart
    if (held.ok) return finish('publish-rejected-status', held.value)
    if (held.why === 'aborted') return finish('publish-cancelled')
    if (held.why === 'protocol-error') return finish(failed(held.why, 'publish-protocol-error'))
    if (held.why === 'closed') return finish('publish-rejected-closed-after-start')
    if (deps.now() >= deadline && holdMs > 0 && (evidence.heldMs ?? 0) < holdMs) {
      // The overall timeout cut the hold short: we cannot call it accepted.
      return finish('publish-timeout-silent')
    }

    // ── goodbye, before any media
    stage = 'done'
    c.sendCommand('FCUnpublish', 6, [null, target.publishName])
    c.sendCommand('deleteStream', 7, [null, streamId])
    c.end()
    goodbyeAt = c.elapsed()
    await c.waitFor(() => undefined, left(PUBLISH_GOODBYE_MS), signal)
    return finish('publish-accepted')
  } finally {
    c.destroy()
  }
}
