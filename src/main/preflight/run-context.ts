/**
 * What the steps of one preflight run share: the run's fixed inputs and helpers (progress, the
 * timeline, phases, cancel), the URL's targets once it parsed, and the facts the steps find out
 * and decide on the way. One object per run, so two runs can overlap.
 */
import type { PushKeys, PushUrl } from '../../shared/push-url'
import type {
  Phase,
  PreflightProgress,
  ReportChecks,
  ReportInputs,
  TimelineEvent
} from '../../shared/report'
import type { CheckResult } from '../../shared/result'
import {
  asRtmpUrl,
  TRANSPORTS,
  transportPort,
  type Transport,
  type TransportEntry
} from '../../shared/transport'
import { PUSH_DEFAULT_SECONDS } from './constants'
import { analyzeOffline } from './offline-analysis'
import type { PreflightControl, PreflightDeps, PreflightOptions } from './run-preflight'
import type { TencentApiFactory } from './tencent-api-run'

/** A progress event before the run stamps its time on it. */
export type ProgressEvent = Omit<PreflightProgress, 'atMs'>

/** One run's fixed inputs and the helpers every step uses. */
export interface RunContext {
  opts: PreflightOptions
  deps: PreflightDeps
  signal?: AbortSignal
  /** The caller's progress callback, for events that carry more than a phase's state. */
  onProgress?: (p: PreflightProgress) => void
  /** When the run started (deps.now()). */
  t0: number
  timeline: TimelineEvent[]
  /** The results so far; steps add theirs. */
  checks: ReportChecks
  keys: PushKeys
  keyGiven: boolean
  pushSeconds: number
  /** The ways to push that are tried. */
  wanted: ReadonlySet<Transport>
  /** Milliseconds since the run started. */
  at: () => number
  /** Reports progress and records it in the timeline. */
  progress: (p: ProgressEvent) => void
  /** Runs one phase: progress before and after, the result's status and code in the timeline. */
  phase: <R extends CheckResult>(name: Phase, run: () => Promise<R>) => Promise<R>
  cancelled: () => boolean
}

/** The URL as typed and its RTMP form, with the key the probe streams are signed with. */
export interface RunTarget {
  typed: PushUrl
  /** The main path speaks RTMP whichever form was typed; the ladder tries the other two. */
  url: PushUrl
  probeKey: string
  probeAlgorithm: 'md5' | 'sha256'
  /** A key was given and it does not reproduce the URL's signature. */
  keyMismatch: boolean
}

/** What the run finds out and decides on the way; the steps write it, the report reads it. */
export interface RunState {
  /** Whether the real stream name may be probed (false while it is live). */
  realProbe: boolean
  pushTarget: ReportInputs['pushTarget']
  /** The ingest's address, once DNS answered. */
  ip?: string
  probeUrl?: PushUrl
  uplinkUrl?: PushUrl
  clockServer?: string
  transports?: TransportEntry[]
  api?: ReturnType<TencentApiFactory>
  /** The real name was left alone because Tencent's API said the stream is live. */
  liveByApi: boolean
  /** API calls still under way; the report waits for them. */
  apiPending: Array<Promise<void>>
  /** The probe streams the ladder signed (their txSecrets are redacted from the report). */
  ladderUrls: PushUrl[]
  ladder?: Promise<TransportEntry[]>
  ladderStart: number
  /** Lets the ladder's real-name steps go once the RTMP path is done with that name. */
  releaseRealName: () => void
  realNameFree: Promise<void>
}

/** True for an address on this machine's loopback (127.0.0.0/8, ::1). */
export function isLoopback(ip: string): boolean {
  return ip.startsWith('127.') || ip === '::1'
}

/** The run's helpers, before any check ran. */
function runHelpers(
  deps: PreflightDeps,
  ctl: PreflightControl
): Pick<RunContext, 't0' | 'timeline' | 'at' | 'progress' | 'phase' | 'cancelled'> {
  const signal = ctl.signal
  const t0 = deps.now()
  const at = (): number => deps.now() - t0
  const timeline: TimelineEvent[] = []
  const progress = (p: ProgressEvent): void => {
    const event: PreflightProgress = { ...p, atMs: at() }
    timeline.push({ at: event.atMs, phase: p.phase, event: p.state, detail: p.code })
    ctl.onProgress?.(event)
  }
  const phase = async <R extends CheckResult>(name: Phase, run: () => Promise<R>): Promise<R> => {
    progress({ phase: name, state: 'running' })
    const r = await run()
    progress({ phase: name, state: r.status, code: r.code })
    return r
  }
  const cancelled = (): boolean => signal?.aborted === true
  return { t0, timeline, at, progress, phase, cancelled }
}

/** The key and algorithm that sign the probe streams: the ones the URL was signed with. */
function runTarget(
  typed: PushUrl,
  checks: ReportChecks,
  keys: PushKeys,
  keyGiven: boolean
): RunTarget {
  const url = asRtmpUrl(typed, 'rtmp', transportPort(typed, 'rtmp'))
  const matched = checks.signature?.evidence.matched
  // `||`, not `??`: an empty or blank primary field must fall back to the backup key.
  const probeKey =
    (matched?.key === 'backup'
      ? keys.backup?.trim()
      : keys.primary?.trim() || keys.backup?.trim()) ?? ''
  const sigCode = checks.signature?.code
  const keyMismatch = keyGiven && (sigCode === 'signature-wrong' || sigCode === 'signature-mistake')
  const probeAlgorithm =
    matched?.algorithm ?? (checks.signature?.evidence.form === 'sha256' ? 'sha256' : 'md5')
  return { typed, url, probeKey, probeAlgorithm, keyMismatch }
}

/** Who gets media: the probe stream (with a key), the real name (when asked), or nobody. */
function initialState(opts: PreflightOptions, keyGiven: boolean): RunState {
  const realProbe = opts.realProbe !== false
  let pushTarget: ReportInputs['pushTarget'] = 'none'
  if (!opts.noPush && keyGiven) pushTarget = 'probe'
  else if (!opts.noPush && opts.pushRealStream && realProbe) pushTarget = 'real'
  // One client at a time on the real stream name (an ingest refuses, or lets take over, a second
  // publisher): the ladder's real-name steps wait until the RTMP path is done with that name.
  let releaseRealName = (): void => undefined
  const realNameFree = new Promise<void>((resolve) => (releaseRealName = resolve))
  return {
    realProbe,
    pushTarget,
    liveByApi: false,
    apiPending: [],
    ladderUrls: [],
    ladderStart: 0,
    releaseRealName,
    realNameFree
  }
}

/**
 * Starts a run: its helpers, then the offline look at the URL (parse, expiry, signature, txHost),
 * the first phase. The target is there when the URL parsed.
 */
export function startRun(
  opts: PreflightOptions,
  deps: PreflightDeps,
  ctl: PreflightControl
): { run: RunContext; target?: RunTarget; state: RunState } {
  const helpers = runHelpers(deps, ctl)
  const keys = opts.keys ?? {}
  const keyGiven = !!(keys.primary?.trim() || keys.backup?.trim())
  const pushSeconds = opts.pushSeconds ?? PUSH_DEFAULT_SECONDS

  helpers.progress({ phase: 'url', state: 'running' })
  const offline = analyzeOffline(
    {
      url: opts.url,
      keys,
      authDeltaSec: opts.authDeltaSec,
      showLengthSec: opts.showLengthSec
    },
    deps.now()
  )
  const checks: ReportChecks = {
    parse: offline.parse,
    expiry: offline.expiry,
    signature: offline.signature,
    txHost: offline.txHost
  }
  const target = offline.parse.ok ? runTarget(offline.parse.url, checks, keys, keyGiven) : undefined
  helpers.progress({
    phase: 'url',
    state: target ? 'pass' : 'fail',
    code: offline.parse.ok ? 'url-ok' : offline.parse.code
  })
  const run: RunContext = {
    ...helpers,
    opts,
    deps,
    signal: ctl.signal,
    onProgress: ctl.onProgress,
    checks,
    keys,
    keyGiven,
    pushSeconds,
    wanted: new Set<Transport>(opts.transports ?? TRANSPORTS)
  }
  return { run, target, state: initialState(opts, keyGiven) }
}
