/**
 * Publish-only probe of the real stream name: handshake, `connect`,
 * `releaseStream`/`FCPublish`, `createStream`, `publish`, then read every reply and watch how the
 * server closes — and leave before any media is sent, so viewers never see anything. This gives
 * the server's own words where ffmpeg hides them ("Already publishing", BadName), and tells
 * accepted from rejected-at-publish for this name.
 */
import { redactText } from '../../shared/redact'
import { checkResult, startTiming, type CheckStatus } from '../../shared/result'
import type {
  PublishProbeCode,
  PublishProbeEvidence,
  PublishProbeResult,
  PublishStage,
  RtmpReply,
  ServerStatus
} from '../../shared/rtmp'
import { amf0String, isAmf0Object, type Amf0Value } from './rtmp/amf0'
import { parseControl, type ControlEvent } from './rtmp/chunk'
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

/** Protocol control messages by their names in the RTMP specification. */
const CONTROL_NAMES: Record<ControlEvent['type'], string> = {
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

/** How a probe ended: its code, and the server's status when one decided it. */
interface Outcome {
  code: PublishProbeCode
  status?: ServerStatus
}

/** State of one probe run, shared by its steps (one object per call: runs may overlap). */
interface ProbeRun {
  target: PublishTarget
  deps: NetDeps
  signal?: AbortSignal
  /** txSecret values of the publish name, redacted wherever the server echoes them. */
  secrets: string[]
  evidence: PublishProbeEvidence
  stage: PublishStage
  /** Monotonic time (deps.now) after which the probe gives up. */
  deadline: number
  /** `ms`, cut to the time left before the deadline. */
  left(ms: number): number
  conn?: RtmpConnection
  /** When we started closing: a close after it is ours, not the server's. */
  goodbyeAt?: number
}

/** A server status as kept in evidence: each text redacted and capped. */
function keptStatus(status: ServerStatus, secrets: readonly string[]): ServerStatus {
  const kept: ServerStatus = { via: status.via }
  for (const k of ['level', 'code', 'description'] as const) {
    const v = serverText(status[k], secrets)
    if (v !== undefined) kept[k] = v
  }
  return kept
}

/** Who closed the session and how: the server's close only if it came before our goodbye. */
function closeOf(
  conn: RtmpConnection,
  goodbyeAt: number | undefined,
  publishAt: number | undefined
): NonNullable<PublishProbeEvidence['close']> {
  const after = (atMs: number): { afterPublishMs?: number } =>
    publishAt !== undefined ? { afterPublishMs: atMs - publishAt } : {}
  const c = conn.close
  if (c && (goodbyeAt === undefined || c.atMs < goodbyeAt) && c.kind !== 'client') {
    const kind = c.kind === 'rst' ? 'rst' : c.kind === 'fin' ? 'fin' : 'none'
    return { by: 'server', kind, atMs: c.atMs, ...after(c.atMs) }
  }
  const atMs = goodbyeAt ?? conn.elapsed()
  return { by: 'client', kind: 'none', atMs, ...after(atMs) }
}

/** Completes the evidence from the connection (replies, bytes, close) for the final result. */
function completeEvidence(run: ProbeRun, status: ServerStatus | undefined): PublishProbeEvidence {
  const { evidence, conn, secrets } = run
  evidence.stage = run.stage
  if (status) evidence.status = keptStatus(status, secrets)
  if (conn) {
    const publishAt = evidence.publishSentAtMs
    const all = conn.inbox.map((e) => toReply(e, secrets, publishAt))
    evidence.repliesTruncated = all.length > RTMP_MAX_REPLIES || conn.droppedMessages > 0
    evidence.replies = all.slice(0, RTMP_MAX_REPLIES)
    evidence.bytesRead = conn.bytesRead
    evidence.close = closeOf(conn, run.goodbyeAt, publishAt)
  }
  return evidence
}

/** A failed wait in a pre-publish step → its code (`onClose` when the server closed). */
function failedCode(run: ProbeRun, why: WaitFailure, onClose: PublishProbeCode): PublishProbeCode {
  if (why === 'aborted') return 'publish-cancelled'
  if (why === 'timeout') return 'publish-timeout-silent'
  if (why === 'protocol-error') {
    run.evidence.protocolError = run.conn?.protocolError
    return 'publish-protocol-error'
  }
  if (why === 'not-rtmp') return 'publish-not-rtmp'
  return onClose
}

/** A `_result` or `_error` command answering one of ours. */
type Answer = { name: string; args: Amf0Value[] }
/** What decides a publish: the server's Start, or its error status. */
type Decision = { start: InboxEntry } | { error: ServerStatus }

/** Scans the inbox from `from` for a _result/_error answering transaction `tx`. */
function answerTo(c: RtmpConnection, tx: number, from = 0): () => Answer | undefined {
  return (): Answer | undefined => {
    for (let i = from; i < c.inbox.length; i++) {
      const cmd = decodeCommand(c.inbox[i].message)
      if (cmd && (cmd.name === '_result' || cmd.name === '_error') && cmd.transactionId === tx)
        return cmd
    }
    return undefined
  }
}

/** Any reply from the inbox (from index `from` on) that decides the publish: Start or an error. */
function publishDecision(c: RtmpConnection, from: number): () => Decision | undefined {
  return (): Decision | undefined => {
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
}

/** The RTMP handshake; an Outcome when it did not complete. */
async function handshake(
  run: ProbeRun,
  c: RtmpConnection,
  opts: PublishProbeOptions
): Promise<Outcome | undefined> {
  run.stage = 'handshake'
  c.startHandshake()
  const hs = await c.waitFor(
    () => (c.hello.state === 'done' ? c.hello : undefined),
    run.left(opts.handshakeTimeoutMs ?? HANDSHAKE_TIMEOUT_MS),
    run.signal
  )
  if (!hs.ok) {
    if (c.hello.state === 'not-rtmp') run.evidence.notRtmp = c.hello.verdict.kind
    else if (hs.why === 'closed')
      run.evidence.notRtmp = c.close?.kind === 'rst' ? 'reset' : 'closed'
    return { code: failedCode(run, hs.why, 'publish-not-rtmp') }
  }
  run.evidence.handshakeMs = hs.value.doneAtMs
  return undefined
}

/** `connect` to the app; an Outcome when it was not answered with _result. */
async function connectApp(
  run: ProbeRun,
  c: RtmpConnection,
  stepMs: number
): Promise<Outcome | undefined> {
  run.stage = 'connect'
  const { target } = run
  c.sendCommand('connect', TX.connect, [
    {
      app: target.app,
      type: 'nonprivate',
      flashVer: FLASH_VER,
      swfUrl: target.tcUrl,
      tcUrl: target.tcUrl
    }
  ])
  const res = await c.waitFor(answerTo(c, TX.connect), run.left(stepMs), run.signal)
  if (!res.ok) return { code: failedCode(run, res.why, 'publish-closed-before-publish') }
  if (res.value.name === '_error') {
    return {
      code: 'publish-connect-rejected',
      status: { ...statusOf(res.value.args), via: '_error' }
    }
  }
  return undefined
}

/**
 * releaseStream / FCPublish (as OBS does; many servers never answer) and createStream: the
 * stream id the server gave, or an Outcome when it refused or did not answer.
 */
async function createStream(
  run: ProbeRun,
  c: RtmpConnection,
  stepMs: number
): Promise<Outcome | number> {
  run.stage = 'create-stream'
  const name = run.target.publishName
  c.sendCommand('releaseStream', TX.releaseStream, [null, name])
  c.sendCommand('FCPublish', TX.fcPublish, [null, name])
  c.sendCommand('createStream', TX.createStream, [null])
  const res = await c.waitFor(answerTo(c, TX.createStream), run.left(stepMs), run.signal)
  if (!res.ok) return { code: failedCode(run, res.why, 'publish-closed-before-publish') }
  if (res.value.name === '_error') {
    return {
      code: 'publish-create-stream-rejected',
      status: { ...statusOf(res.value.args), via: '_error' }
    }
  }
  const sid = res.value.args[1]
  return typeof sid === 'number' && Number.isInteger(sid) && sid > 0 && sid < 2 ** 31 ? sid : 1
}

/** `publish`, then the first deciding reply: NetStream.Publish.Start, or an Outcome. */
async function publish(
  run: ProbeRun,
  c: RtmpConnection,
  streamId: number,
  stepMs: number
): Promise<Outcome | InboxEntry> {
  run.stage = 'publish'
  const name = run.target.publishName
  c.sendCommand('publish', TX.publish, [null, name, 'live'], streamId, CSID_STREAM_COMMAND)
  const publishAt = c.elapsed()
  run.evidence.publishSentAtMs = publishAt
  // Statuses answering FCPublish may arrive before publish was sent: scan from createStream on.
  const res = await c.waitFor(publishDecision(c, 0), run.left(stepMs), run.signal)
  if (!res.ok) {
    if (res.why === 'closed') return { code: 'publish-rejected-closed-no-status' }
    return { code: failedCode(run, res.why, 'publish-rejected-closed-no-status') }
  }
  if ('error' in res.value) {
    // Watch briefly how the server ends it (nginx-rtmp closes right after its status).
    await c.waitFor(() => undefined, run.left(PUBLISH_CLOSE_WATCH_MS), run.signal)
    return { code: 'publish-rejected-status', status: res.value.error }
  }
  run.evidence.startAfterPublishMs = res.value.start.atMs - publishAt
  return res.value.start
}

/** Holds the session after Start: a server whose hook rejects after Start closes now. */
async function hold(
  run: ProbeRun,
  c: RtmpConnection,
  start: InboxEntry,
  holdMs: number
): Promise<Outcome | undefined> {
  run.stage = 'hold'
  const holdStart = c.elapsed()
  const decideLater = publishDecision(c, c.inbox.indexOf(start) + 1)
  const errorAfterStart = (): ServerStatus | undefined => {
    const d = decideLater()
    return d && 'error' in d ? d.error : undefined
  }
  const held = await c.waitFor(errorAfterStart, run.left(holdMs), run.signal)
  run.evidence.heldMs = c.elapsed() - holdStart
  if (held.ok) return { code: 'publish-rejected-status', status: held.value }
  if (held.why === 'aborted') return { code: 'publish-cancelled' }
  if (held.why === 'protocol-error')
    return { code: failedCode(run, held.why, 'publish-protocol-error') }
  if (held.why === 'closed') return { code: 'publish-rejected-closed-after-start' }
  if (run.deps.now() >= run.deadline && holdMs > 0 && (run.evidence.heldMs ?? 0) < holdMs) {
    // The overall timeout cut the hold short: we cannot call it accepted.
    return { code: 'publish-timeout-silent' }
  }
  return undefined
}

/** Unpublishes and closes before any media was sent, then lets the goodbye go out. */
async function goodbye(run: ProbeRun, c: RtmpConnection, streamId: number): Promise<void> {
  run.stage = 'done'
  c.sendCommand('FCUnpublish', 6, [null, run.target.publishName])
  c.sendCommand('deleteStream', 7, [null, streamId])
  c.end()
  run.goodbyeAt = c.elapsed()
  await c.waitFor(() => undefined, run.left(PUBLISH_GOODBYE_MS), run.signal)
}

/** The RTMP steps on an open connection, in order; the first step that decides ends the run. */
async function runSteps(
  run: ProbeRun,
  c: RtmpConnection,
  opts: PublishProbeOptions
): Promise<Outcome> {
  const stepMs = opts.stepTimeoutMs ?? PUBLISH_STEP_TIMEOUT_MS
  const shook = await handshake(run, c, opts)
  if (shook) return shook
  const connected = await connectApp(run, c, stepMs)
  if (connected) return connected
  const streamId = await createStream(run, c, stepMs)
  if (typeof streamId !== 'number') return streamId
  const start = await publish(run, c, streamId, stepMs)
  if ('code' in start) return start
  const held = await hold(run, c, start, opts.holdMs ?? PUBLISH_HOLD_MS)
  if (held) return held
  await goodbye(run, c, streamId)
  return { code: 'publish-accepted' }
}

/** Runs the publish-only probe. Never sends audio or video. Never throws on server behaviour. */
export async function probePublish(
  target: PublishTarget,
  opts: PublishProbeOptions = {},
  deps: NetDeps = realNetDeps,
  signal?: AbortSignal
): Promise<PublishProbeResult> {
  const clock = startTiming(deps.now, deps.wallClock, { wholeMs: true })
  const deadline = clock.origin + (opts.timeoutMs ?? PUBLISH_PROBE_TIMEOUT_MS)
  const secrets = txSecrets(target.publishName)
  const run: ProbeRun = {
    target,
    deps,
    signal,
    secrets,
    stage: 'tcp',
    deadline,
    left: (ms) => Math.max(0, Math.min(ms, deadline - deps.now())),
    evidence: {
      ip: target.ip,
      port: target.port,
      tcUrl: redactSecrets(target.tcUrl, secrets),
      app: target.app,
      publishName: redactPublishName(target.publishName),
      stage: 'tcp',
      replies: [],
      repliesTruncated: false,
      bytesRead: 0,
      mediaMessagesSent: 0
    }
  }
  const finish = ({ code, status }: Outcome): PublishProbeResult =>
    checkResult(
      'publish-probe',
      code,
      STATUS_BY_CODE,
      completeEvidence(run, status),
      clock.timing()
    )

  const connectMs = opts.connectTimeoutMs ?? PORT_CONNECT_TIMEOUT_MS
  const tcp = await openTcp(target.ip, target.port, run.left(connectMs), deps, signal)
  if (!tcp.ok) {
    run.evidence.tcpFailure = tcp.failure
    if (tcp.errno) run.evidence.errno = tcp.errno
    return finish({
      code: tcp.failure === 'cancelled' ? 'publish-cancelled' : 'publish-tcp-failed'
    })
  }
  run.evidence.connectMs = tcp.connectMs
  const c = new RtmpConnection(tcp.socket, { now: deps.now })
  run.conn = c
  try {
    return finish(await runSteps(run, c, opts))
  } finally {
    c.destroy()
  }
}
