/**
 * The preflight run: every check in the order a push goes through them, stopping where the
 * evidence already gives the verdict, then the diagnosis and the Report. Plain Node — the
 * Electron main process and the CLI both call this.
 *
 * Safety: the test pattern never reaches viewers of the real stream unless the user asks. The
 * real stream name only gets a publish-only probe (no media); media goes to a separate probe
 * stream name signed with the user's key, or to the real name with `pushRealStream`.
 */
import { randomBytes } from 'node:crypto'
import { arch, homedir, hostname, platform, release } from 'node:os'
import pkg from '../../../package.json'
import type { PushKeys, PushUrl, PushUrlInput } from '../../shared/push-url'
import { mapStringsDeep, redactText } from '../../shared/redact'
import { tildeHomeInText } from '../../shared/share-report'
import type {
  FfmpegResult,
  Phase,
  PreflightProgress,
  Report,
  ReportChecks,
  ReportInputs,
  ReportNote,
  TimelineEvent
} from '../../shared/report'
import type { CheckResult } from '../../shared/result'
import {
  asRtmpUrl,
  TRANSPORTS,
  transportPort,
  transportUrl,
  type Transport,
  type TransportEntry
} from '../../shared/transport'
import { checkClock, clockResult, knownSkewMs } from './clock-check'
import {
  DEFAULT_CLOCK_SERVER,
  PUSH_DEFAULT_SECONDS,
  PROBE_STREAM_TXTIME_VALIDITY_SEC,
  UPLINK_DEFAULT_PLANNED_KBPS,
  UPLINK_LOOPBACK_SEND_BUFFER_BYTES
} from './constants'
import { diagnose, PROBE_NETWORK, REJECTED_AT_PUBLISH } from './diagnose'
import { checkDns } from './dns-check'
import { locateFfmpeg } from './ffmpeg-locate'
import { runTestPush } from './ffmpeg-push'
import { ffmpegRtmpTarget, rtmpTcUrl } from './ffmpeg-target'
import { checkHandshake } from './handshake-check'
import { readNetworkIdentity } from './network-identity'
import { analyzeOffline } from './offline-analysis'
import { checkPort } from './port-check'
import { probePublish } from './publish-probe'
import { computeTxSecret } from './signature-check'
import { checkExpiry } from './expiry-check'
import { checkUplink, uplinkResult } from './uplink-check'
import { checkTls } from './tls-check'
import { tlsNetDeps } from './rtmp/tls'
import { startTlsRelay } from './tls-relay'
import { srtHandshake } from './srt/caller'
import type { NetDeps } from './rtmp/tcp'
import { checkRtmps, checkSrt, failedEntry, rtmpEntry, type LadderDeps, type LadderInput } from './transport-check'
import type { TencentApiConfig } from '../../shared/tencent-api'
import { apiTarget, pushInfoWatcher, realTencentApi, type TencentApiFactory } from './tencent-api-run'

/** What to check. */
export interface PreflightOptions {
  url: PushUrlInput
  keys?: PushKeys
  authDeltaSec?: number
  showLengthSec?: number
  /** A DNS server `host[:port]` instead of the system resolver. */
  dnsServer?: string
  /** Media push window, seconds. */
  pushSeconds?: number
  /** Skip the media push entirely. */
  noPush?: boolean
  /** Without a key: push the test pattern to the REAL stream name (viewers would see it). */
  pushRealStream?: boolean
  /**
   * Server whose HTTPS `Date` is the trusted time (`host[:port]`), or false for no clock check.
   * Left out: Tencent's API host, but only when the ingest is not on this machine — a loopback
   * ingest shares this clock, so there is no skew to matter and nothing needs to go out.
   */
  clockServer?: string | false
  /** Run the uplink test after a successful test push (needs a key: it pushes to a probe stream). */
  uplink?: boolean
  /** Planned bitrate for the uplink test, kbit/s (default UPLINK_DEFAULT_PLANNED_KBPS). */
  plannedKbps?: number
  /** Which ways to push are tried (default all three: RTMP, RTMPS, SRT). */
  transports?: readonly Transport[]
  /** RTMPS port when the URL does not name one (default 443). */
  rtmpsPort?: number
  /** SRT port when the URL does not name one (default 9000). */
  srtPort?: number
  /** Extra CA certificate(s) to trust for RTMPS, PEM text (a venue's or a test ingest's CA). */
  caPem?: string
  /**
   * Probe the REAL stream name with a publish-only probe (default true). False when the stream is
   * live right now: some ingests let a new publisher replace the live one, so the probe could cut
   * the show. Then nothing is sent to the real name at all (no probe, no real-name push).
   */
  realProbe?: boolean
  /** Tencent API credentials: the run then asks the CSS API what the ingest saw (optional). */
  tencentApi?: TencentApiConfig
}

/** The checks the run calls; tests swap single ones (e.g. a fake ffmpeg lookup). */
export interface PreflightDeps {
  locateFfmpeg: () => ReturnType<typeof locateFfmpeg>
  checkDns: (host: string, opts: { server?: string }, signal?: AbortSignal) => ReturnType<typeof checkDns>
  checkPort: (ip: string, port: number, signal?: AbortSignal) => ReturnType<typeof checkPort>
  checkHandshake: (ip: string, port: number, signal?: AbortSignal, net?: NetDeps) => ReturnType<typeof checkHandshake>
  probePublish: (
    target: Parameters<typeof probePublish>[0],
    signal?: AbortSignal,
    net?: NetDeps
  ) => ReturnType<typeof probePublish>
  checkTls: LadderDeps['checkTls']
  tlsNet: LadderDeps['tlsNet']
  srtHandshake: LadderDeps['srtHandshake']
  startTlsRelay: LadderDeps['startTlsRelay']
  runTestPush: (
    opts: Parameters<typeof runTestPush>[0],
    signal?: AbortSignal
  ) => ReturnType<typeof runTestPush>
  readNetworkIdentity: typeof readNetworkIdentity
  checkClock: (server: string, signal?: AbortSignal) => ReturnType<typeof checkClock>
  checkUplink: (
    input: Parameters<typeof checkUplink>[0],
    opts: Parameters<typeof checkUplink>[1],
    signal?: AbortSignal
  ) => ReturnType<typeof checkUplink>
  now: () => number
  /** Random suffix of the probe stream name. */
  randomSuffix: () => string
  /** Opens a run's session with Tencent's CSS API. */
  tencentApi: TencentApiFactory
}

export const realPreflightDeps: PreflightDeps = {
  locateFfmpeg: () => locateFfmpeg(),
  checkDns: (host, opts, signal) => checkDns(host, opts, undefined, signal),
  checkPort: (ip, port, signal) => checkPort(ip, port, {}, undefined, signal),
  checkHandshake: (ip, port, signal, net) => checkHandshake(ip, port, {}, net, signal),
  probePublish: (target, signal, net) => probePublish(target, {}, net, signal),
  checkTls: (ip, port, servername, caPem, signal) => checkTls(ip, port, servername, { caPem }, undefined, signal),
  tlsNet: (servername, caPem) => tlsNetDeps(servername, { caPem }),
  srtHandshake: (ip, port, streamId, signal) => srtHandshake(ip, port, streamId, {}, undefined, signal),
  startTlsRelay: (ip, port, net) => startTlsRelay(ip, port, net),
  runTestPush: (opts, signal) => runTestPush(opts, undefined, signal),
  readNetworkIdentity: () => readNetworkIdentity(),
  checkClock: (server, signal) => checkClock(server, {}, undefined, signal),
  checkUplink: (input, opts, signal) => checkUplink(input, opts, undefined, signal),
  now: () => Date.now(),
  randomSuffix: () => randomBytes(3).toString('hex'),
  tencentApi: realTencentApi
}

/** How the run is driven: cancel, progress, swapped checks. */
export interface PreflightControl {
  signal?: AbortSignal
  onProgress?: (p: PreflightProgress) => void
  deps?: Partial<PreflightDeps>
}

/** True for an address on this machine's loopback (127.0.0.0/8, ::1). */
function isLoopback(ip: string): boolean {
  return ip.startsWith('127.') || ip === '::1'
}

/** Hex Unix seconds, upper case, as Tencent's generator writes txTime. */
function hexSeconds(ms: number): string {
  return Math.floor(ms / 1000).toString(16).toUpperCase()
}

/**
 * The probe stream: `<stream>_preflight_<random>`, signed with the key (and algorithm) that the
 * URL was signed with, or the primary key with MD5, and a fresh txTime — so it is accepted
 * whenever the key is right, whatever the URL's own txTime says.
 */
export function probeStreamUrl(
  url: PushUrl,
  key: string,
  algorithm: 'md5' | 'sha256',
  suffix: string,
  now: number
): PushUrl {
  const stream = `${url.stream}_preflight_${suffix}`
  const txTime = hexSeconds(now + PROBE_STREAM_TXTIME_VALIDITY_SEC * 1000)
  const txSecret = computeTxSecret(key, stream, txTime, algorithm)
  const query: Array<[string, string]> = url.query.filter(([k]) => k !== 'txSecret' && k !== 'txTime')
  query.unshift(['txSecret', txSecret], ['txTime', txTime])
  const raw = query.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&')
  return { ...url, stream, query, txSecret, txTime, publishName: `${encodeURIComponent(stream)}?${raw}` }
}

/** The report's uplink numbers, when the test measured something. */
function uplinkSummary(r: ReportChecks['uplink']): Report['uplink'] {
  const e = r?.evidence
  if (!e || e.sustainedKbps === undefined || e.plannedKbps === undefined) return undefined
  return {
    plannedKbps: e.plannedKbps,
    sustainedKbps: e.sustainedKbps,
    recommendedKbps: e.recommendedKbps ?? 0,
    stalls: e.stalls ?? 0,
    cpuPercent: e.cpuPercent ?? null,
    rtt: e.rtt,
    retransmitPercent: e.retransmitPercent ?? null
  }
}

/**
 * A lock that runs its callers one after another, the first once `start` has resolved: the
 * ladder's steps on the real stream name, after the RTMP path's.
 */
function serialized(start: Promise<void>): LadderInput['realName'] {
  let tail: Promise<unknown> = start
  return <T>(fn: () => Promise<T>): Promise<T> => {
    const run = tail.then(fn)
    tail = run.catch(() => undefined)
    return run
  }
}

/** Runs RTMPS and SRT side by side, each reported as a phase of its own. */
async function runLadder(
  input: LadderInput,
  wanted: ReadonlySet<Transport>,
  deps: PreflightDeps,
  progress: (p: Omit<PreflightProgress, 'atMs'>) => void,
  signal?: AbortSignal
): Promise<TransportEntry[]> {
  const ladderDeps: LadderDeps = deps
  const one = async (t: 'rtmps' | 'srt'): Promise<TransportEntry> => {
    progress({ phase: t, state: 'running' })
    // A bug in one row must not take the run down (nor leave the other row's work unawaited).
    const row = await (t === 'rtmps' ? checkRtmps : checkSrt)(input, ladderDeps, signal).catch((err: unknown) =>
      failedEntry(input, t, err)
    )
    const state = row.ok ? 'pass' : row.code === 'transport-cancelled' || row.code === 'transport-not-tested' ? 'skipped' : 'fail'
    progress({ phase: t, state, code: row.code })
    return row
  }
  const alts = (['rtmps', 'srt'] as const).filter((t) => wanted.has(t))
  return Promise.all(alts.map(one))
}

/** Waits for the ladder and puts the RTMP row (from the main path's checks) first. */
async function finishLadder(
  ladder: Promise<TransportEntry[]> | undefined,
  url: PushUrl,
  typed: PushUrl,
  checks: ReportChecks,
  wanted: ReadonlySet<Transport>,
  durationMs: number
): Promise<TransportEntry[]> {
  const alts = (await ladder) ?? []
  return wanted.has('rtmp') ? [rtmpEntry(typed, url.port, checks, durationMs), ...alts] : alts
}

/**
 * The notes of a run that left the real stream name alone because it is live: "the publish step
 * did not run" becomes why, and what is then unknown.
 */
function liveNotes(notes: ReportNote[], byApi: boolean): ReportNote[] {
  const why = byApi ? 'note.real-probe-skipped-api-active' : 'note.real-probe-skipped-live'
  return [...notes.filter((n) => n.code !== 'note.probe-not-run'), { code: why }]
}

/** What the run found out on the way that the report's inputs record. */
interface RunFacts {
  pushSeconds: number
  realProbe: boolean
  pushTarget: ReportInputs['pushTarget']
  probeStream?: string
  ip?: string
  clockServer?: string
}

/** The report's record of what was asked (the URL as typed; secrets go in the final redaction). */
function reportInputs(opts: PreflightOptions, typed: PushUrl | undefined, facts: RunFacts): ReportInputs {
  const keys = opts.keys ?? {}
  const url = typed && asRtmpUrl(typed, 'rtmp', transportPort(typed, 'rtmp'))
  return {
    url: typed
      ? typed.scheme === 'rtmp'
        ? `${rtmpTcUrl(typed)}/${typed.publishName}`
        : transportUrl(typed, typed.scheme, typed.port).url
      : 'url' in opts.url
        ? opts.url.url
        : `${opts.url.server} ${opts.url.streamKey}`,
    host: url?.host,
    port: url?.port,
    app: url?.app,
    stream: url?.stream,
    keyGiven: !!keys.primary?.trim(),
    backupKeyGiven: !!keys.backup?.trim(),
    authDeltaSec: opts.authDeltaSec,
    showLengthSec: opts.showLengthSec,
    dnsServer: opts.dnsServer,
    pushSeconds: facts.pushSeconds,
    noPush: !!opts.noPush,
    pushRealStream: !!opts.pushRealStream,
    // Recorded only when the user said the stream is live (reports stay as they were otherwise).
    ...(facts.realProbe ? {} : { realProbe: false }),
    pushTarget: facts.pushTarget,
    probeStream: facts.probeStream,
    ip: facts.ip,
    clockServer: facts.clockServer,
    plannedKbps: opts.uplink ? (opts.plannedKbps ?? UPLINK_DEFAULT_PLANNED_KBPS) : undefined
  }
}

/** Where the run happened: this app, OS and ffmpeg, and the network it was on. */
function reportEnvironment(ffmpegInfo: FfmpegResult['evidence'] | undefined, network: Report['environment']['network']): Report['environment'] {
  return {
    appVersion: pkg.version,
    os: `${platform()} ${release()}`,
    arch: arch(),
    machine: hostname(),
    node: process.versions.node,
    ffmpeg: ffmpegInfo ? { path: ffmpegInfo.path, version: ffmpegInfo.version, source: ffmpegInfo.source } : undefined,
    network
  }
}

/** Run the whole preflight. Never throws for expected failures; a cancel returns a partial report. */
export async function runPreflight(opts: PreflightOptions, ctl: PreflightControl = {}): Promise<Report> {
  const deps: PreflightDeps = { ...realPreflightDeps, ...ctl.deps }
  const signal = ctl.signal
  const t0 = deps.now()
  const at = (): number => deps.now() - t0
  const timeline: TimelineEvent[] = []
  const progress = (p: Omit<PreflightProgress, 'atMs'>): void => {
    const event: PreflightProgress = { ...p, atMs: at() }
    timeline.push({ at: event.atMs, phase: p.phase, event: p.state, detail: p.code })
    ctl.onProgress?.(event)
  }
  /** Run one phase: progress before and after, the result's status and code in the timeline. */
  const phase = async <R extends CheckResult>(name: Phase, run: () => Promise<R>): Promise<R> => {
    progress({ phase: name, state: 'running' })
    const r = await run()
    progress({ phase: name, state: r.status, code: r.code })
    return r
  }
  const cancelled = (): boolean => signal?.aborted === true

  const keys = opts.keys ?? {}
  const keyGiven = !!(keys.primary?.trim() || keys.backup?.trim())
  const pushSeconds = opts.pushSeconds ?? PUSH_DEFAULT_SECONDS

  // ── url (offline) ──
  progress({ phase: 'url', state: 'running' })
  const offline = analyzeOffline({
    url: opts.url,
    keys,
    authDeltaSec: opts.authDeltaSec,
    showLengthSec: opts.showLengthSec
  }, deps.now())
  const checks: ReportChecks = {
    parse: offline.parse,
    expiry: offline.expiry,
    signature: offline.signature,
    txHost: offline.txHost
  }
  const typed = offline.parse.ok ? offline.parse.url : undefined
  // The main path speaks RTMP whichever form was typed; the ladder tries the other two.
  const url = typed && asRtmpUrl(typed, 'rtmp', transportPort(typed, 'rtmp'))
  progress({ phase: 'url', state: url ? 'pass' : 'fail', code: offline.parse.ok ? 'url-ok' : offline.parse.code })
  const wanted = new Set<Transport>(opts.transports ?? TRANSPORTS)
  const testRtmp = wanted.has('rtmp')
  let ladder: Promise<TransportEntry[]> | undefined
  let ladderStart = 0
  const ladderUrls: PushUrl[] = []
  // One client at a time on the real stream name (an ingest refuses, or lets take over, a second
  // publisher): the ladder's real-name steps wait until the RTMP path is done with that name.
  let releaseRealName = (): void => undefined
  const realNameFree = new Promise<void>((resolve) => (releaseRealName = resolve))

  let realProbe = opts.realProbe !== false
  let pushTarget: ReportInputs['pushTarget'] = 'none'
  if (!opts.noPush && keyGiven) pushTarget = 'probe'
  else if (!opts.noPush && opts.pushRealStream && realProbe) pushTarget = 'real'
  let ip: string | undefined
  let probeUrl: PushUrl | undefined
  let uplinkUrl: PushUrl | undefined
  let clockServer: string | undefined
  let transports: TransportEntry[] | undefined
  let api: ReturnType<TencentApiFactory> | undefined
  let liveByApi = false
  const apiPending: Array<Promise<void>> = []

  const matched = checks.signature?.evidence.matched
  // `||`, not `??`: an empty or blank primary field must fall back to the backup key.
  const probeKey = (matched?.key === 'backup' ? keys.backup?.trim() : keys.primary?.trim() || keys.backup?.trim()) ?? ''
  const sigCode = checks.signature?.code
  const keyMismatch = keyGiven && (sigCode === 'signature-wrong' || sigCode === 'signature-mistake')
  const probeAlgorithm = matched?.algorithm ?? (checks.signature?.evidence.form === 'sha256' ? 'sha256' : 'md5')

  if (url && typed && !cancelled()) {
    // ── ffmpeg: located first so a missing tool is known before anything is dialled ──
    if (pushTarget !== 'none' || (!opts.noPush && keyGiven)) {
      checks.ffmpeg = await phase('ffmpeg', async (): Promise<FfmpegResult> => {
        const s = deps.now()
        const info = await deps.locateFfmpeg()
        const status = info.code === 'ffmpeg-ok' ? 'pass' : 'fail'
        return { id: 'ffmpeg', status, code: info.code, timing: { startedAt: s, durationMs: deps.now() - s }, evidence: info }
      })
    }

    // ── dns → port → handshake: each stops the run when it fails ──
    if (!cancelled()) {
      checks.dns = await phase('dns', () => deps.checkDns(url.host, { server: opts.dnsServer }, signal))
      const e = checks.dns.evidence
      ip = url.hostKind === 'name' ? (e.addresses.v4[0] ?? e.addresses.v6[0]) : url.host
    }

    // ── clock: this machine's time against a trusted server's (optional) ──
    if (ip && opts.clockServer !== false && !cancelled()) {
      if (opts.clockServer === undefined && isLoopback(ip)) {
        // Recorded without a phase: nothing was asked, and the ingest shares this clock.
        const s = deps.now()
        checks.clock = clockResult('clock-skipped-local-ingest', { server: DEFAULT_CLOCK_SERVER }, s, 0)
      } else {
        const server = opts.clockServer ?? DEFAULT_CLOCK_SERVER
        clockServer = server
        checks.clock = await phase('clock', () => deps.checkClock(server, signal))
        const skew = knownSkewMs(checks.clock)
        if (skew !== 0) {
          // The expiry is judged by the server's clock: "now" corrected by the measured skew.
          checks.expiry = checkExpiry(url, { authDeltaSec: opts.authDeltaSec, showLengthSec: opts.showLengthSec }, t0 + skew)
        }
      }
    }
    // ── Tencent's API (with credentials): the stream's state before anything is sent to its name ──
    if (opts.tencentApi && !cancelled()) {
      api = deps.tencentApi(opts.tencentApi, apiTarget(typed), t0)
      const session = api
      const state = await phase('api', async () => {
        await session.streamState(signal)
        return session.result()
      })
      if (state.evidence.state === 'active' && realProbe) {
        // Live right now: the same guard as the user's "it is live" answer — nothing to the real name.
        realProbe = false
        liveByApi = true
        if (pushTarget === 'real') pushTarget = 'none'
      }
      // The last hour's push events come in while the network checks run.
      apiPending.push(session.eventList(signal))
    }
    // ── the ladder: RTMPS and SRT, concurrently with the RTMP path from here on ──
    if (url && !cancelled() && (wanted.has('rtmps') || wanted.has('srt'))) {
      const input: LadderInput = {
        url: typed,
        ip,
        servername: typed.hostKind === 'name' ? typed.host : (typed.txHost ?? typed.host),
        ports: {
          rtmps: transportPort(typed, 'rtmps', opts.rtmpsPort),
          srt: transportPort(typed, 'srt', opts.srtPort)
        },
        keyMismatch,
        probeUrl: () => {
          if (!keyGiven || opts.noPush || pushTarget === 'none' || keyMismatch) return undefined
          const p = probeStreamUrl(url, probeKey, probeAlgorithm, deps.randomSuffix(), deps.now())
          ladderUrls.push(p)
          return p
        },
        realProbe,
        realName: serialized(realNameFree),
        caPem: opts.caPem,
        ffmpeg: checks.ffmpeg?.evidence,
        noPush: !!opts.noPush
      }
      ladderStart = at()
      ladder = runLadder(input, wanted, deps, progress, signal)
    }
    if (ip && testRtmp && !cancelled()) {
      const target = ip
      checks.port = await phase('port', () => deps.checkPort(target, url.port, signal))
    }
    if (ip && checks.port?.status === 'pass' && !cancelled()) {
      const target = ip
      checks.handshake = await phase('handshake', () => deps.checkHandshake(target, url.port, signal))
    }

    // ── publish-only probe of the real stream name (no media); never while that stream is live ──
    if (realProbe && ip && checks.handshake?.status === 'pass' && !cancelled()) {
      const target = ip
      checks.publishProbe = await phase('publish', () =>
        deps.probePublish(
          { ip: target, port: url.port, tcUrl: rtmpTcUrl(url), app: url.app, publishName: url.publishName },
          signal
        )
      )
      for (const r of checks.publishProbe.evidence.replies) {
        if (r.kind === 'command' && (r.code || r.name === '_error')) {
          timeline.push({ at: timeline[timeline.length - 1].at, phase: 'publish', event: 'server-reply', detail: [r.name, r.code, r.description].filter(Boolean).join(' ') })
        }
      }
    }

    // ── the media push ──
    const probe = checks.publishProbe
    // Without the real-name probe (the stream is live), the handshake is the last word from the
    // server before the push to the separate probe stream name.
    const probeReachedServer = realProbe
      ? probe !== undefined && !PROBE_NETWORK.has(probe.code) && probe.code !== 'publish-cancelled'
      : checks.handshake?.status === 'pass'
    const ffmpegPath = checks.ffmpeg?.code === 'ffmpeg-ok' ? checks.ffmpeg.evidence.path : undefined
    if (pushTarget === 'probe' && ip && testRtmp) {
      probeUrl = probeStreamUrl(url, probeKey, probeAlgorithm, deps.randomSuffix(), deps.now())
    }
    const realRejected = probe !== undefined && REJECTED_AT_PUBLISH.has(probe.code)
    if (realRejected && probeUrl && ip && !cancelled()) {
      // The real name is refused: a media push cannot make this push work. Ask the server the same
      // question for the probe stream name instead (no media, ~1 s): accepted means only the real
      // name is refused (in use / disabled); refused means the key or the domain is.
      const target = ip
      const probeStream = probeUrl
      checks.probeStreamPublish = await phase('push', () =>
        deps.probePublish(
          { ip: target, port: url.port, tcUrl: rtmpTcUrl(probeStream), app: probeStream.app, publishName: probeStream.publishName },
          signal
        )
      )
    } else if (pushTarget !== 'none' && ip && probeReachedServer && ffmpegPath && !cancelled()) {
      const pushUrl = pushTarget === 'probe' && probeUrl ? probeUrl : url
      const target = ffmpegRtmpTarget(pushUrl, ip)
      const pushStart = at()
      progress({ phase: 'push', state: 'running', stream: pushUrl.stream })
      // What the ingest receives from the test stream, asked while it is being pushed.
      const watchReceived = api && pushTarget === 'probe' ? pushInfoWatcher(api, pushUrl.stream, pushSeconds, apiPending, signal) : undefined
      const push = await deps.runTestPush(
        {
          ffmpegPath,
          output: target.output,
          extraArgs: target.args,
          seconds: pushSeconds,
          onProgress: (p) => {
            if (p.kind === 'sample') {
              watchReceived?.(p.sample)
              ctl.onProgress?.({ phase: 'push', state: 'running', atMs: at(), stream: pushUrl.stream, push: { timeSec: p.sample.timeSec, kbps: p.sample.kbps, speed: p.sample.speed } })
            }
          }
        },
        signal
      )
      for (const ev of push.evidence.timeline) {
        timeline.push({ at: pushStart + ev.atMs, phase: 'push', event: ev.phase, detail: ev.detail })
      }
      checks.testPush = push
      progress({ phase: 'push', state: push.status, code: push.code })
    }

    // The ladder's pushes must be over before the uplink test measures this network alone.
    releaseRealName()
    transports = await finishLadder(ladder, url, typed, checks, wanted, at() - ladderStart)

    // ── uplink: a clip at the planned bitrate to another probe stream, after a working push ──
    if (opts.uplink && !cancelled()) {
      const plannedKbps = opts.plannedKbps ?? UPLINK_DEFAULT_PLANNED_KBPS
      const s = deps.now()
      if (pushTarget !== 'probe' || !ip || !ffmpegPath) {
        const code = keyGiven ? 'uplink-skipped-earlier-failure' : 'uplink-needs-key'
        checks.uplink = uplinkResult(code, { plannedKbps }, s, 0)
        progress({ phase: 'uplink', state: 'skipped', code })
      } else if (checks.testPush?.code !== 'push-ok') {
        checks.uplink = uplinkResult('uplink-skipped-earlier-failure', { plannedKbps }, s, 0)
        progress({ phase: 'uplink', state: 'skipped', code: 'uplink-skipped-earlier-failure' })
      } else {
        const upUrl = probeStreamUrl(url, probeKey, probeAlgorithm, `${deps.randomSuffix()}_uplink`, deps.now())
        uplinkUrl = upUrl
        const target = ffmpegRtmpTarget(upUrl, ip)
        const loopback = isLoopback(ip)
        progress({ phase: 'uplink', state: 'running', stream: upUrl.stream })
        const r = await deps.checkUplink(
          {
            ffmpegPath,
            output: target.output,
            extraArgs: target.args,
            plannedKbps,
            stream: upUrl.stream,
            rttTarget: { host: ip, port: upUrl.port }
          },
          {
            sendBufferBytes: loopback ? UPLINK_LOOPBACK_SEND_BUFFER_BYTES : undefined,
            onProgress: (p) => {
              if (p.kbps !== undefined) {
                ctl.onProgress?.({ phase: 'uplink', state: 'running', atMs: at(), stream: upUrl.stream, push: { timeSec: p.elapsedMs / 1000, kbps: p.kbps } })
              }
            }
          },
          signal
        )
        checks.uplink = r
        progress({ phase: 'uplink', state: r.status, code: r.code })
      }
    }
  }

  await Promise.all(apiPending)
  if (api) checks.tencentApi = api.result()
  const wasCancelled = cancelled()
  const dx = diagnose(checks, {
    keyGiven,
    pushTarget,
    noPush: !!opts.noPush,
    alternatives: (transports ?? []).filter((t) => t.transport !== 'rtmp')
  })
  const report: Report = {
    kind: 'push-preflight-report',
    schemaVersion: 1,
    createdAt: t0,
    finishedAt: deps.now(),
    inputs: reportInputs(opts, typed, {
      pushSeconds,
      realProbe,
      pushTarget,
      // Named only when something was really sent to it (a publish probe or the media push).
      probeStream: checks.probeStreamPublish || (pushTarget === 'probe' && checks.testPush) ? probeUrl?.stream : undefined,
      ip,
      clockServer
    }),
    environment: reportEnvironment(checks.ffmpeg?.evidence, await deps.readNetworkIdentity()),
    checks,
    timeline,
    causes: wasCancelled ? [] : dx.causes,
    notes: wasCancelled ? [{ code: 'note.cancelled' }] : realProbe ? dx.notes : liveNotes(dx.notes, liveByApi),
    verdict: wasCancelled ? 'not-ready' : dx.verdict,
    cancelled: wasCancelled,
    uplink: uplinkSummary(checks.uplink),
    ...(transports ? { transports } : {})
  }
  // One last pass over everything: no key and no full txSecret may leave this function, and
  // paths under the home folder are written `~` (its name is usually the user's).
  const secrets = {
    keys: [keys.primary, keys.backup, keys.primary?.trim(), keys.backup?.trim(), opts.tencentApi?.secretKey, opts.tencentApi?.secretId],
    txSecrets: [url?.txSecret, probeUrl?.txSecret, uplinkUrl?.txSecret, ...ladderUrls.map((u) => u.txSecret)]
  }
  const home = homedir()
  // One walk over the report does both.
  return mapStringsDeep(report, (s) => tildeHomeInText(redactText(s, secrets), home))
}
