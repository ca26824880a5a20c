/**
 * The steps of a preflight run, in the order a push goes through them. Each reads the run's
 * context, adds its result to the checks and writes what it found out to the run's state.
 */
import type { PushUrl } from '../../shared/push-url'
import type { FfmpegResult, PreflightProgress } from '../../shared/report'
import { transportPort, type Transport, type TransportEntry } from '../../shared/transport'
import { clockResult, knownSkewMs } from './clock-check'
import {
  DEFAULT_CLOCK_SERVER,
  UPLINK_DEFAULT_PLANNED_KBPS,
  UPLINK_LOOPBACK_SEND_BUFFER_BYTES
} from './constants'
import { PROBE_NETWORK, REJECTED_AT_PUBLISH } from './diagnose'
import { checkExpiry } from './expiry-check'
import { ffmpegRtmpTarget, rtmpTcUrl } from './ffmpeg-target'
import { probeStreamUrl } from './probe-stream'
import {
  isLoopback,
  type ProgressEvent,
  type RunContext,
  type RunState,
  type RunTarget
} from './run-context'
import type { PreflightDeps } from './run-preflight'
import { apiTarget, pushInfoWatcher } from './tencent-api-run'
import {
  checkRtmps,
  checkSrt,
  failedEntry,
  rtmpEntry,
  type LadderDeps,
  type LadderInput
} from './transport-check'
import { uplinkResult } from './uplink-check'

/** ffmpeg, located first so a missing tool is known before anything is dialled. */
export async function locateFfmpegStep(run: RunContext, state: RunState): Promise<void> {
  const { deps, opts } = run
  if (state.pushTarget === 'none' && (opts.noPush || !run.keyGiven)) return
  run.checks.ffmpeg = await run.phase('ffmpeg', async (): Promise<FfmpegResult> => {
    const s = deps.now()
    const info = await deps.locateFfmpeg()
    const status = info.code === 'ffmpeg-ok' ? 'pass' : 'fail'
    const timing = { startedAt: s, durationMs: deps.now() - s }
    return { id: 'ffmpeg', status, code: info.code, timing, evidence: info }
  })
}

/** DNS: the ingest's address (the URL's own when it names an IP). */
export async function dnsStep(run: RunContext, target: RunTarget, state: RunState): Promise<void> {
  if (run.cancelled()) return
  const { url } = target
  const dns = await run.phase('dns', () =>
    run.deps.checkDns(url.host, { server: run.opts.dnsServer }, run.signal)
  )
  run.checks.dns = dns
  const e = dns.evidence
  state.ip = url.hostKind === 'name' ? (e.addresses.v4[0] ?? e.addresses.v6[0]) : url.host
}

/** The clock: this machine's time against a trusted server's (optional). */
export async function clockStep(
  run: RunContext,
  target: RunTarget,
  state: RunState
): Promise<void> {
  const { opts, deps } = run
  if (!state.ip || opts.clockServer === false || run.cancelled()) return
  if (opts.clockServer === undefined && isLoopback(state.ip)) {
    // Recorded without a phase: nothing was asked, and the ingest shares this clock.
    const s = deps.now()
    run.checks.clock = clockResult(
      'clock-skipped-local-ingest',
      { server: DEFAULT_CLOCK_SERVER },
      s,
      0
    )
    return
  }
  const server = opts.clockServer ?? DEFAULT_CLOCK_SERVER
  state.clockServer = server
  const clock = await run.phase('clock', () => deps.checkClock(server, run.signal))
  run.checks.clock = clock
  const skew = knownSkewMs(clock)
  if (skew !== 0) {
    // The expiry is judged by the server's clock: "now" corrected by the measured skew.
    const { authDeltaSec, showLengthSec } = opts
    run.checks.expiry = checkExpiry(target.url, { authDeltaSec, showLengthSec }, run.t0 + skew)
  }
}

/** Tencent's API (with credentials): the stream's state before anything is sent to its name. */
export async function tencentApiStep(
  run: RunContext,
  target: RunTarget,
  state: RunState
): Promise<void> {
  const config = run.opts.tencentApi
  if (!config || run.cancelled()) return
  const session = run.deps.tencentApi(config, apiTarget(target.typed), run.t0)
  state.api = session
  const result = await run.phase('api', async () => {
    await session.streamState(run.signal)
    return session.result()
  })
  if (result.evidence.state === 'active' && state.realProbe) {
    // Live right now: the same guard as the user's "it is live" answer — nothing to the real name.
    state.realProbe = false
    state.liveByApi = true
    if (state.pushTarget === 'real') state.pushTarget = 'none'
  }
  // The last hour's push events come in while the network checks run.
  state.apiPending.push(session.eventList(run.signal))
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
  progress: (p: ProgressEvent) => void,
  signal?: AbortSignal
): Promise<TransportEntry[]> {
  const ladderDeps: LadderDeps = deps
  const one = async (t: 'rtmps' | 'srt'): Promise<TransportEntry> => {
    progress({ phase: t, state: 'running' })
    // A bug in one row must not take the run down (nor leave the other row's work unawaited).
    const check = t === 'rtmps' ? checkRtmps : checkSrt
    const row = await check(input, ladderDeps, signal).catch((err: unknown) =>
      failedEntry(input, t, err)
    )
    const skipped = row.code === 'transport-cancelled' || row.code === 'transport-not-tested'
    const state = row.ok ? 'pass' : skipped ? 'skipped' : 'fail'
    progress({ phase: t, state, code: row.code })
    return row
  }
  const alts = (['rtmps', 'srt'] as const).filter((t) => wanted.has(t))
  return Promise.all(alts.map(one))
}

/** The ladder: RTMPS and SRT, started to run concurrently with the RTMP path from here on. */
export function startLadder(run: RunContext, target: RunTarget, state: RunState): void {
  const { opts, deps } = run
  if (run.cancelled() || !(run.wanted.has('rtmps') || run.wanted.has('srt'))) return
  const { typed, url } = target
  const input: LadderInput = {
    url: typed,
    ip: state.ip,
    servername: typed.hostKind === 'name' ? typed.host : (typed.txHost ?? typed.host),
    ports: {
      rtmps: transportPort(typed, 'rtmps', opts.rtmpsPort),
      srt: transportPort(typed, 'srt', opts.srtPort)
    },
    keyMismatch: target.keyMismatch,
    probeUrl: () => {
      if (!run.keyGiven || opts.noPush || state.pushTarget === 'none' || target.keyMismatch) {
        return undefined
      }
      const p = probeStreamUrl(
        url,
        target.probeKey,
        target.probeAlgorithm,
        deps.randomSuffix(),
        deps.now()
      )
      state.ladderUrls.push(p)
      return p
    },
    realProbe: state.realProbe,
    realName: serialized(state.realNameFree),
    caPem: opts.caPem,
    ffmpeg: run.checks.ffmpeg?.evidence,
    noPush: !!opts.noPush
  }
  state.ladderStart = run.at()
  state.ladder = runLadder(input, run.wanted, deps, run.progress, run.signal)
}

/** Port, then the RTMP handshake once the port is open. */
export async function portAndHandshakeStep(
  run: RunContext,
  target: RunTarget,
  state: RunState
): Promise<void> {
  const { deps, signal } = run
  const ip = state.ip
  const port = target.url.port
  if (ip && run.wanted.has('rtmp') && !run.cancelled()) {
    run.checks.port = await run.phase('port', () => deps.checkPort(ip, port, signal))
  }
  if (ip && run.checks.port?.status === 'pass' && !run.cancelled()) {
    run.checks.handshake = await run.phase('handshake', () => deps.checkHandshake(ip, port, signal))
  }
}

/** The publish-only probe of the real stream name (no media); never while that stream is live. */
export async function publishProbeStep(
  run: RunContext,
  target: RunTarget,
  state: RunState
): Promise<void> {
  const ip = state.ip
  if (!state.realProbe || !ip || run.checks.handshake?.status !== 'pass' || run.cancelled()) return
  const { url } = target
  const probe = await run.phase('publish', () =>
    run.deps.probePublish(
      { ip, port: url.port, tcUrl: rtmpTcUrl(url), app: url.app, publishName: url.publishName },
      run.signal
    )
  )
  run.checks.publishProbe = probe
  for (const r of probe.evidence.replies) {
    if (r.kind === 'command' && (r.code || r.name === '_error')) {
      run.timeline.push({
        at: run.timeline[run.timeline.length - 1].at,
        phase: 'publish',
        event: 'server-reply',
        detail: [r.name, r.code, r.description].filter(Boolean).join(' ')
      })
    }
  }
}

/** The ffmpeg the pushes use, when it was found and works. */
function ffmpegPathOf(run: RunContext): string | undefined {
  const ffmpeg = run.checks.ffmpeg
  return ffmpeg?.code === 'ffmpeg-ok' ? ffmpeg.evidence.path : undefined
}

/**
 * Whether the server answered far enough for a media push to make sense. Without the real-name
 * probe (the stream is live), the handshake is the last word from the server before the push to
 * the separate probe stream name.
 */
function probeReachedServer(run: RunContext, state: RunState): boolean {
  const probe = run.checks.publishProbe
  return state.realProbe
    ? probe !== undefined && !PROBE_NETWORK.has(probe.code) && probe.code !== 'publish-cancelled'
    : run.checks.handshake?.status === 'pass'
}

/**
 * The real name is refused: a media push cannot make this push work. Ask the server the same
 * question for the probe stream name instead (no media, ~1 s): accepted means only the real
 * name is refused (in use / disabled); refused means the key or the domain is.
 */
async function probeStreamPublishStep(
  run: RunContext,
  port: number,
  ip: string,
  probeStream: PushUrl
): Promise<void> {
  run.checks.probeStreamPublish = await run.phase('push', () =>
    run.deps.probePublish(
      {
        ip,
        port,
        tcUrl: rtmpTcUrl(probeStream),
        app: probeStream.app,
        publishName: probeStream.publishName
      },
      run.signal
    )
  )
}

/** The media push of the test pattern (to the probe stream, or the real name when asked). */
async function testPushStep(
  run: RunContext,
  target: RunTarget,
  state: RunState,
  ip: string,
  ffmpegPath: string
): Promise<void> {
  const pushUrl = state.pushTarget === 'probe' && state.probeUrl ? state.probeUrl : target.url
  const ffTarget = ffmpegRtmpTarget(pushUrl, ip)
  const pushStart = run.at()
  run.progress({ phase: 'push', state: 'running', stream: pushUrl.stream })
  // What the ingest receives from the test stream, asked while it is being pushed.
  const watchReceived =
    state.api && state.pushTarget === 'probe'
      ? pushInfoWatcher(state.api, pushUrl.stream, run.pushSeconds, state.apiPending, run.signal)
      : undefined
  const push = await run.deps.runTestPush(
    {
      ffmpegPath,
      output: ffTarget.output,
      extraArgs: ffTarget.args,
      seconds: run.pushSeconds,
      onProgress: (p) => {
        if (p.kind !== 'sample') return
        watchReceived?.(p.sample)
        if (!run.onProgress) return
        const { timeSec, kbps, speed } = p.sample
        const event: PreflightProgress = {
          phase: 'push',
          state: 'running',
          atMs: run.at(),
          stream: pushUrl.stream,
          push: { timeSec, kbps, speed }
        }
        run.onProgress(event)
      }
    },
    run.signal
  )
  for (const ev of push.evidence.timeline) {
    run.timeline.push({
      at: pushStart + ev.atMs,
      phase: 'push',
      event: ev.phase,
      detail: ev.detail
    })
  }
  run.checks.testPush = push
  run.progress({ phase: 'push', state: push.status, code: push.code })
}

/**
 * The media push: the test pattern once the server answered, or — when the real name was
 * refused — a publish-only probe of the probe stream name that tells why.
 */
export async function mediaPushStep(
  run: RunContext,
  target: RunTarget,
  state: RunState
): Promise<void> {
  const { deps } = run
  const ip = state.ip
  const ffmpegPath = ffmpegPathOf(run)
  if (state.pushTarget === 'probe' && ip && run.wanted.has('rtmp')) {
    const { url, probeKey, probeAlgorithm } = target
    state.probeUrl = probeStreamUrl(url, probeKey, probeAlgorithm, deps.randomSuffix(), deps.now())
  }
  if (!ip || run.cancelled()) return
  const probe = run.checks.publishProbe
  const realRejected = probe !== undefined && REJECTED_AT_PUBLISH.has(probe.code)
  if (realRejected && state.probeUrl) {
    await probeStreamPublishStep(run, target.url.port, ip, state.probeUrl)
  } else if (state.pushTarget !== 'none' && probeReachedServer(run, state) && ffmpegPath) {
    await testPushStep(run, target, state, ip, ffmpegPath)
  }
}

/** Waits for the ladder and puts the RTMP row (from the main path's checks) first. */
export async function finishLadder(
  run: RunContext,
  target: RunTarget,
  state: RunState
): Promise<TransportEntry[]> {
  // Measured before the wait: the RTMP row's time is the main path's, not the ladder's.
  const durationMs = run.at() - state.ladderStart
  const alts = (await state.ladder) ?? []
  if (!run.wanted.has('rtmp')) return alts
  return [rtmpEntry(target.typed, target.url.port, run.checks, durationMs), ...alts]
}

/** The uplink measurement itself: a clip at the planned bitrate to another probe stream. */
async function measureUplink(
  run: RunContext,
  target: RunTarget,
  state: RunState,
  ip: string,
  ffmpegPath: string,
  plannedKbps: number
): Promise<void> {
  const { deps } = run
  const { url, probeKey, probeAlgorithm } = target
  const suffix = `${deps.randomSuffix()}_uplink`
  const upUrl = probeStreamUrl(url, probeKey, probeAlgorithm, suffix, deps.now())
  state.uplinkUrl = upUrl
  const ffTarget = ffmpegRtmpTarget(upUrl, ip)
  run.progress({ phase: 'uplink', state: 'running', stream: upUrl.stream })
  const r = await deps.checkUplink(
    {
      ffmpegPath,
      output: ffTarget.output,
      extraArgs: ffTarget.args,
      plannedKbps,
      stream: upUrl.stream,
      rttTarget: { host: ip, port: upUrl.port }
    },
    {
      sendBufferBytes: isLoopback(ip) ? UPLINK_LOOPBACK_SEND_BUFFER_BYTES : undefined,
      onProgress: (p) => {
        if (p.kbps === undefined || !run.onProgress) return
        const push = { timeSec: p.elapsedMs / 1000, kbps: p.kbps }
        const atMs = run.at()
        run.onProgress({ phase: 'uplink', state: 'running', atMs, stream: upUrl.stream, push })
      }
    },
    run.signal
  )
  run.checks.uplink = r
  run.progress({ phase: 'uplink', state: r.status, code: r.code })
}

/** The uplink test, after a working test push (otherwise recorded as skipped, and why). */
export async function uplinkStep(
  run: RunContext,
  target: RunTarget,
  state: RunState
): Promise<void> {
  if (!run.opts.uplink || run.cancelled()) return
  const plannedKbps = run.opts.plannedKbps ?? UPLINK_DEFAULT_PLANNED_KBPS
  const s = run.deps.now()
  const ip = state.ip
  const ffmpegPath = ffmpegPathOf(run)
  if (state.pushTarget !== 'probe' || !ip || !ffmpegPath) {
    const code = run.keyGiven ? 'uplink-skipped-earlier-failure' : 'uplink-needs-key'
    run.checks.uplink = uplinkResult(code, { plannedKbps }, s, 0)
    run.progress({ phase: 'uplink', state: 'skipped', code })
  } else if (run.checks.testPush?.code !== 'push-ok') {
    const code = 'uplink-skipped-earlier-failure'
    run.checks.uplink = uplinkResult(code, { plannedKbps }, s, 0)
    run.progress({ phase: 'uplink', state: 'skipped', code })
  } else {
    await measureUplink(run, target, state, ip, ffmpegPath, plannedKbps)
  }
}
