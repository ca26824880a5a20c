/**
 * The transport ladder: besides RTMP on TCP 1935 (the main path of the run), the same push is
 * tried over RTMPS (TLS, TCP 443) and SRT (UDP 9000), concurrently with the main path, so that a
 * network that blocks one protocol can still be streamed from with another. Each alternative ends
 * in one row (TransportEntry): which host and port, whether it works from here, the code of what
 * was seen, the push URL and OBS's fields.
 *
 * Safety is the run's: media only ever goes to a separate probe stream signed with the user's
 * key; the real stream name gets at most a publish-only probe (RTMPS) or a handshake carrying its
 * stream id (SRT) — and none when the user says it may be live.
 */
import type { FfmpegInfo } from '../../shared/ffmpeg'
import type { PushUrl } from '../../shared/push-url'
import type { PushResult } from '../../shared/push'
import type { ReportChecks } from '../../shared/report'
import type { PublishProbeResult } from '../../shared/rtmp'
import type { SrtHandshakeResult } from '../../shared/srt'
import type { TlsResult } from '../../shared/tls'
import {
  asRtmpUrl,
  srtStreamId,
  TRANSPORT_IP_PROTOCOL,
  transportUrl,
  type Transport,
  type TransportCode,
  type TransportEntry,
  type TransportMedia,
  type TransportStep
} from '../../shared/transport'
import { TRANSPORT_PUSH_SECONDS } from './constants'
import { PUSH_REJECTED, REJECTED_AT_PUBLISH } from './diagnose'
import { ffmpegRelayTarget, rtmpTcUrl } from './ffmpeg-target'
import type { TlsRelay } from './tls-relay'
import type { HandshakeResult } from '../../shared/network'
import type { PublishTarget } from './publish-probe'
import type { TestPushOptions } from './ffmpeg-push'
import type { NetDeps } from './rtmp/tcp'

/** What the ladder needs to know about the run. */
export interface LadderInput {
  /** The user's push URL (any of the three forms). */
  url: PushUrl
  /** The address DNS gave for the host (undefined: it did not resolve). */
  ip?: string
  /** The name TLS and SRT present to the server: txHost when the URL dials an IP, else the host. */
  servername: string
  /** Port of each alternative. */
  ports: { rtmps: number; srt: number }
  /** A signed probe stream URL for a transport (a fresh name each), or undefined without a key. */
  probeUrl: (transport: Transport) => PushUrl | undefined
  /** May the real stream name get a publish-only probe (false when it may be live)? */
  realProbe: boolean
  /**
   * A key was given but does not reproduce the URL's txSecret: no test stream is signed with it
   * (the server would refuse it), so no media goes anywhere.
   */
  keyMismatch?: boolean
  /** Runs a step on the real stream name when no other client of the run is on it. */
  realName: <T>(fn: () => Promise<T>) => Promise<T>
  /** Extra CA certificate(s) to trust, PEM. */
  caPem?: string
  /** The ffmpeg found, when a media push is wanted. */
  ffmpeg?: FfmpegInfo
  /** The user asked for no media push. */
  noPush: boolean
}

/** The checks the ladder calls (the run passes its own, so tests can swap any of them). */
export interface LadderDeps {
  checkTls: (
    ip: string,
    port: number,
    servername: string,
    caPem: string | undefined,
    signal?: AbortSignal
  ) => Promise<TlsResult>
  tlsNet: (servername: string, caPem?: string) => NetDeps
  checkHandshake: (
    ip: string,
    port: number,
    signal?: AbortSignal,
    net?: NetDeps
  ) => Promise<HandshakeResult>
  probePublish: (
    target: PublishTarget,
    signal?: AbortSignal,
    net?: NetDeps
  ) => Promise<PublishProbeResult>
  srtHandshake: (
    ip: string,
    port: number,
    streamId: string,
    signal?: AbortSignal
  ) => Promise<SrtHandshakeResult>
  runTestPush: (opts: TestPushOptions, signal?: AbortSignal) => Promise<PushResult>
  /** A loopback relay that carries ffmpeg's RTMPS push over Node's verified TLS (see tls-relay.ts). */
  startTlsRelay: (ip: string, port: number, net: NetDeps) => Promise<TlsRelay>
  now: () => number
}

/** Publish-probe codes where the server answered and refused: the path itself works. */
const PUBLISH_REFUSED: ReadonlySet<string> = new Set([
  ...REJECTED_AT_PUBLISH,
  'publish-connect-rejected',
  'publish-create-stream-rejected',
  'publish-closed-before-publish'
])

/** Builds one row as the steps add up. */
class Row {
  readonly steps: TransportStep[] = []
  media: TransportMedia = 'not-tested-earlier-failure'

  constructor(
    private readonly input: Pick<LadderInput, 'url' | 'ip'>,
    readonly transport: Transport,
    private readonly port: number,
    private readonly t0: number,
    private readonly now: () => number
  ) {}

  step(
    step: TransportStep['step'],
    r: { status: TransportStep['status']; code: string; timing: { durationMs: number } }
  ): void {
    this.steps.push({ step, status: r.status, code: r.code, ms: r.timing.durationMs })
  }

  done(code: TransportCode, params: Record<string, string | number> = {}): TransportEntry {
    const { url, obs } = transportUrl(this.input.url, this.transport, this.port)
    const ok = code === 'transport-ok'
    return {
      transport: this.transport,
      host: this.input.url.host,
      ...(this.input.ip ? { ip: this.input.ip } : {}),
      port: this.port,
      protocol: TRANSPORT_IP_PROTOCOL[this.transport],
      ok,
      code,
      params: { port: this.port, ip: this.input.ip ?? '', host: this.input.url.host, ...params },
      url,
      obs,
      media: this.media,
      steps: this.steps,
      durationMs: Math.max(0, Math.round(this.now() - this.t0))
    }
  }
}

/**
 * The RTMP row, read from the main path's checks (DNS, port, handshake, publish probes, push):
 * how far RTMP got on this network.
 */
export function rtmpEntry(
  url: PushUrl,
  port: number,
  checks: ReportChecks,
  durationMs: number
): TransportEntry {
  const ip =
    checks.port?.evidence.ip ??
    checks.dns?.evidence.addresses.v4[0] ??
    checks.dns?.evidence.addresses.v6[0]
  const row = new Row({ url, ip }, 'rtmp', port, 0, () => durationMs)
  const {
    port: p,
    handshake: hs,
    publishProbe: pub,
    probeStreamPublish: probePub,
    testPush: push
  } = checks
  if (checks.dns && !ip) return row.done('transport-dns-failed')
  if (!p) return row.done('transport-not-tested')
  row.step('tcp', p)
  if (p.status !== 'pass')
    return row.done(
      p.code === 'port-cancelled' ? 'transport-cancelled' : tcpRowCode(PORT_FAILURE[p.code])
    )
  if (hs) row.step('rtmp-handshake', hs)
  if (!hs || hs.code === 'handshake-cancelled')
    return row.done(hs ? 'transport-cancelled' : 'transport-not-tested')
  if (hs.status !== 'pass') return row.done('rtmp-no-answer', { handshakeCode: hs.code })
  if (pub) row.step('publish', pub)
  if (probePub) row.step('publish', probePub)
  if (pub?.code === 'publish-cancelled') return row.done('transport-cancelled')
  if (pub && PUBLISH_REFUSED.has(pub.code)) {
    // The server answered: RTMP gets through this network; the stream name is the problem.
    return row.done('transport-publish-refused', { publishCode: pub.code })
  }
  if (pub && pub.status === 'fail') return row.done('rtmp-no-answer', { publishCode: pub.code })
  if (!push) {
    row.media =
      checks.ffmpeg?.code === 'ffmpeg-ok' || !checks.ffmpeg
        ? 'not-tested-no-key'
        : 'not-tested-no-ffmpeg'
    return row.done(pub ? 'transport-ok' : 'transport-reachable')
  }
  if (pub?.code === 'publish-accepted' && PUSH_REJECTED.has(push.code)) {
    // The real name was accepted; only the test stream was refused (the key, see Step 4).
    row.step('push', push)
    row.media = 'failed'
    return row.done('transport-ok')
  }
  return afterPush(row, push)
}

/** The port check's code → the failure kind it stands for. */
const PORT_FAILURE: Record<string, string> = {
  'port-filtered': 'timeout',
  'port-refused': 'refused',
  'port-unreachable': 'unreachable'
}

/** TLS result code → the row's code (the TCP failures read as for RTMP's port check). */
const TLS_ROW_CODE: Record<TlsResult['code'], TransportCode | undefined> = {
  'tls-ok': undefined,
  'tls-name-mismatch': 'tls-name-mismatch',
  'tls-untrusted-issuer': 'tls-untrusted-issuer',
  'tls-expired': 'tls-expired',
  'tls-not-yet-valid': 'tls-not-yet-valid',
  'tls-handshake-failed': 'tls-handshake-failed',
  'tls-not-tls': 'tls-handshake-failed',
  'tls-timeout': 'tls-no-answer',
  'tls-tcp-failed': 'tcp-error',
  'tls-cancelled': 'transport-cancelled'
}

/** A failed TCP connect, by its failure kind. */
function tcpRowCode(failure: string | undefined): TransportCode {
  if (failure === 'timeout') return 'tcp-filtered'
  if (failure === 'refused' || failure === 'reset') return 'tcp-refused'
  if (failure === 'unreachable') return 'tcp-unreachable'
  if (failure === 'cancelled') return 'transport-cancelled'
  return 'tcp-error'
}

/** Why no media push is made over a transport, or undefined when one is. */
function mediaBlocker(
  input: LadderInput,
  probe: PushUrl | undefined,
  transport: Transport
): TransportMedia | undefined {
  if (input.noPush) return 'not-tested-by-user'
  if (!probe) return input.keyMismatch ? 'not-tested-wrong-key' : 'not-tested-no-key'
  if (!input.ffmpeg?.path || input.ffmpeg.code !== 'ffmpeg-ok') return 'not-tested-no-ffmpeg'
  if (transport === 'srt' && input.ffmpeg.hasSrt !== true) return 'not-tested-no-support'
  return undefined
}

/**
 * The row's code after a media push. A push the server refused (a test stream signed with a key
 * that is not this domain's) says nothing against the path: the server answered over it.
 */
function afterPush(row: Row, push: PushResult): TransportEntry {
  row.step('push', push)
  if (push.code === 'push-cancelled') return row.done('transport-cancelled')
  row.media = push.code === 'push-ok' ? 'sustained' : 'failed'
  if (push.code === 'push-ok') return row.done('transport-ok')
  if (PUSH_REJECTED.has(push.code))
    return row.done('transport-publish-refused', { pushCode: push.code })
  return row.done('transport-push-failed', { pushCode: push.code })
}

/** A row for a transport whose check threw (a bug, not the network): said, not hidden. */
export function failedEntry(
  input: LadderInput,
  transport: 'rtmps' | 'srt',
  err: unknown
): TransportEntry {
  const message = err instanceof Error ? err.message : String(err)
  return new Row(input, transport, input.ports[transport], 0, () => 0).done('transport-error', {
    error: message.slice(0, 200)
  })
}

/** Node errnos of a UDP send that never left this machine for want of a route. */
const UNREACHABLE_ERRNOS: ReadonlySet<string> = new Set([
  'ENETUNREACH',
  'EHOSTUNREACH',
  'EADDRNOTAVAIL',
  'ENETDOWN'
])

/**
 * RTMPS: TCP + TLS (SNI = the push domain, certificate verified), then the RTMP handshake and a
 * publish-only probe over TLS, then (with a key) a short ffmpeg push to a probe stream through the
 * loopback relay, whose TLS is verified the same way.
 */
export async function checkRtmps(
  input: LadderInput,
  deps: LadderDeps,
  signal?: AbortSignal
): Promise<TransportEntry> {
  const port = input.ports.rtmps
  const row = new Row(input, 'rtmps', port, deps.now(), deps.now)
  const ip = input.ip
  if (!ip) return row.done('transport-dns-failed')
  const tls = await deps.checkTls(ip, port, input.servername, input.caPem, signal)
  row.step('tls', tls)
  if (tls.code === 'tls-tcp-failed') return row.done(tcpRowCode(tls.evidence.tcpFailure))
  const tlsCode = TLS_ROW_CODE[tls.code]
  if (tlsCode) {
    return row.done(tlsCode, {
      issuer: tls.evidence.issuer ?? '',
      names: tls.evidence.names.join(', '),
      servername: input.servername
    })
  }
  const net = deps.tlsNet(input.servername, input.caPem)
  const hs = await deps.checkHandshake(ip, port, signal, net)
  row.step('rtmp-handshake', hs)
  if (hs.code === 'handshake-cancelled') return row.done('transport-cancelled')
  if (hs.status !== 'pass') return row.done('rtmp-no-answer', { handshakeCode: hs.code })

  const probe = input.probeUrl('rtmps')
  const target = probe ? asRtmpUrl(probe, 'rtmps', port) : asRtmpUrl(input.url, 'rtmps', port)
  if (!probe && !input.realProbe) {
    // The stream may be live and there is no test stream: RTMPS answered, publishing is untried.
    row.media = mediaBlocker(input, probe, 'rtmps') ?? 'not-tested-no-key'
    return row.done('transport-reachable')
  }
  const publish = (): ReturnType<LadderDeps['probePublish']> =>
    deps.probePublish(
      { ip, port, tcUrl: rtmpTcUrl(target), app: target.app, publishName: target.publishName },
      signal,
      net
    )
  const pub = await (probe ? publish() : input.realName(publish))
  row.step('publish', pub)
  if (pub.code === 'publish-cancelled') return row.done('transport-cancelled')
  if (PUBLISH_REFUSED.has(pub.code))
    return row.done('transport-publish-refused', { publishCode: pub.code })
  if (pub.status === 'fail') return row.done('rtmp-no-answer', { publishCode: pub.code })
  const blocker = mediaBlocker(input, probe, 'rtmps')
  if (blocker || !probe || !input.ffmpeg?.path) {
    row.media = blocker ?? 'not-tested-no-key'
    return row.done('transport-ok')
  }
  const relay = await deps.startTlsRelay(ip, port, net)
  try {
    const t = ffmpegRelayTarget(target, relay.port)
    const push = await deps.runTestPush(
      {
        ffmpegPath: input.ffmpeg.path,
        output: t.output,
        extraArgs: t.args,
        seconds: TRANSPORT_PUSH_SECONDS
      },
      signal
    )
    // The relay's own TLS connection failed (verification, reset): that, not the push, is the news.
    if (push.status === 'fail' && relay.failures.length > 0 && !push.evidence.publishStartSeen) {
      row.step('push', push)
      row.media = 'failed'
      return row.done('tls-handshake-failed', { tlsError: relay.failures[0] })
    }
    return afterPush(row, push)
  } finally {
    await relay.close()
  }
}

/** ffmpeg's SRT output for a push of `url` to the resolved address. */
export function ffmpegSrtOutput(url: PushUrl, ip: string, port: number): string {
  const host = ip.includes(':') ? `[${ip}]` : ip
  // As Tencent writes it: ffmpeg passes the streamid value to libsrt as it is, without
  // percent-decoding it (measured with ffmpeg 5.1), so an encoded one would reach the ingest encoded.
  return `srt://${host}:${port}?streamid=${srtStreamId(url)}`
}

/**
 * SRT: the engine's own caller handshake (induction, then conclusion carrying the stream id),
 * closed at once, then (with a key, and an ffmpeg built with SRT) a short MPEG-TS push to a probe
 * stream.
 */
export async function checkSrt(
  input: LadderInput,
  deps: LadderDeps,
  signal?: AbortSignal
): Promise<TransportEntry> {
  const port = input.ports.srt
  const row = new Row(input, 'srt', port, deps.now(), deps.now)
  const ip = input.ip
  if (!ip) return row.done('transport-dns-failed')
  const probe = input.probeUrl('srt')
  if (!probe && !input.realProbe) {
    // Without a key the only stream id to present is the real one, which may be live.
    row.media = 'not-tested-no-key'
    return row.done('transport-not-tested', { why: 'live' })
  }
  // The real stream id is a publish request too: it waits its turn on the real name.
  const handshake = (): ReturnType<LadderDeps['srtHandshake']> =>
    deps.srtHandshake(ip, port, srtStreamId(probe ?? input.url), signal)
  const hs = await (probe ? handshake() : input.realName(handshake))
  row.step('srt-handshake', hs)
  const e = hs.evidence
  switch (hs.code) {
    case 'srt-cancelled':
      return row.done('transport-cancelled')
    case 'udp-no-answer':
      // The induction was answered: UDP gets through, only the conclusion (larger, with the
      // stream id) went unanswered.
      if (e.inductionMs !== undefined)
        return row.done('srt-no-conclusion', { timeoutMs: e.timeoutMs })
      return row.done('udp-no-answer', { timeoutMs: e.timeoutMs })
    case 'udp-refused':
      return row.done('udp-refused')
    case 'srt-rejected':
      // The reason value as people quote it (1403), not the wire value (2403).
      return row.done('srt-rejected', {
        rejectCode: e.rejectReason?.code ?? '',
        reason: e.rejectReason?.id ?? 'unknown'
      })
    case 'srt-bad-response':
      return row.done('srt-bad-response')
    case 'srt-error':
      if (e.errno !== undefined && UNREACHABLE_ERRNOS.has(e.errno))
        return row.done('tcp-unreachable', { errno: e.errno })
      return row.done('transport-error', { error: e.errno ?? 'socket error' })
    case 'srt-accepted':
      break
  }
  const blocker = mediaBlocker(input, probe, 'srt')
  if (blocker || !probe || !input.ffmpeg?.path) {
    row.media = blocker ?? 'not-tested-no-key'
    return row.done('transport-ok')
  }
  const push = await deps.runTestPush(
    {
      ffmpegPath: input.ffmpeg.path,
      output: ffmpegSrtOutput(probe, ip, port),
      format: 'mpegts',
      seconds: TRANSPORT_PUSH_SECONDS
    },
    signal
  )
  return afterPush(row, push)
}
