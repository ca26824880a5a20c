/**
 * The Report: one JSON-serialisable object that holds everything a preflight run found — inputs
 * (secrets redacted), environment, every check result, the phase timeline, the ranked causes
 * and the verdict. The CLI prints it with --json; the app shows and saves it.
 */
import type { ClockResult } from './clock'
import type { DnsResult } from './dns'
import type { FfmpegInfo, FfmpegCode } from './ffmpeg'
import type { HandshakeResult, PortResult } from './network'
import type { PushResult } from './push'
import type { ExpiryResult, SignatureResult, TxHostResult, UrlParseResult } from './push-url'
import type { CheckResult } from './result'
import type { PublishProbeResult } from './rtmp'
import type { TransportEntry } from './transport'
import type { UplinkResult, UplinkSummary } from './uplink'
import type { TencentApiResult } from './tencent-api'
import type { DiagnosisReason, EvidenceCheck, TellApartKey } from './diagnosis-codes'

/** Stable ids of the causes the diagnosis can name (Tencent's five steps plus three of ours). */
export const CAUSE_IDS = [
  'cname',
  'network',
  'expiry',
  'signature',
  'stream-in-use',
  'stream-dropped',
  'uplink',
  'ffmpeg'
] as const
export type CauseId = (typeof CAUSE_IDS)[number]

/** How sure the diagnosis is. `confirmed` only with evidence that shows it. */
export type Confidence = 'confirmed' | 'likely' | 'possible'

/** Overall answer to "will my push work from here?". */
/** Every verdict (the list is also used to validate saved reports). */
export const VERDICTS = ['ready', 'warnings', 'not-ready'] as const
export type Verdict = (typeof VERDICTS)[number]

/** The phases a push goes through, in order. */
// 'clock' and 'uplink' appear only in runs that do them (a clock server asked, --uplink).
// 'api' only in runs given Tencent API credentials (the stream's state, asked before any probe).
// 'rtmps' and 'srt' are the transport ladder's two alternatives, run alongside port…push.
export const PHASES = [
  'url',
  'ffmpeg',
  'dns',
  'clock',
  'api',
  'port',
  'handshake',
  'publish',
  'push',
  'rtmps',
  'srt',
  'uplink'
] as const
export type Phase = (typeof PHASES)[number]

/** A pointer from a cause to the check result that supports it. */
export interface EvidenceRef {
  /** The check (key of Report.checks, or the ladder's rows). */
  check: EvidenceCheck
  /** That result's code (its i18n text explains it). */
  code: string
  params?: Record<string, string | number>
}

/** One diagnosed cause, with what to do about it. */
export interface Cause {
  id: CauseId
  severity: 'fail' | 'warn'
  confidence: Confidence
  /** A diagnosis code (i18n key `diag.<reason>`): the cause in plain words for this evidence. */
  reason: DiagnosisReason
  params?: Record<string, string | number>
  evidence: EvidenceRef[]
  /** When the evidence cannot separate causes: i18n keys saying what tells them apart. */
  tellApart?: TellApartKey[]
}

/** One moment of the run, ms after the run started. */
export interface TimelineEvent {
  at: number
  phase: Phase
  /** e.g. 'start', 'pass', 'fail', 'tcp-connected', 'publish-sent', 'accepted', 'ended'. */
  event: string
  /** A short, redacted detail (a server status, an end kind). */
  detail?: string
}

/** What identifies "this network": used to tell whether the user really switched networks. */
export interface NetworkIdentity {
  interfaces: Array<{ name: string; addresses: string[]; mac?: string }>
  defaultGateway?: string
  dnsServers: string[]
}

// ── The Report ───────────────────────────────────────────────────────────────────────────────

/** The ffmpeg lookup as a check result (evidence = what was found and tried). */
export type FfmpegResult = CheckResult<'ffmpeg', FfmpegCode, FfmpegInfo>

/** Every check of a run; a missing entry did not run (see `notes` for why). */
export interface ReportChecks {
  parse: UrlParseResult
  expiry?: ExpiryResult
  signature?: SignatureResult
  txHost?: TxHostResult
  ffmpeg?: FfmpegResult
  dns?: DnsResult
  port?: PortResult
  handshake?: HandshakeResult
  /** Publish-only probe of the REAL stream name (no media). */
  publishProbe?: PublishProbeResult
  /**
   * Publish-only probe of the probe stream name (signed with the user's key), run instead of the
   * media push when the real name was refused: it tells "this stream name is refused" from "the
   * key or domain is refused" in about a second instead of a whole push window.
   */
  probeStreamPublish?: PublishProbeResult
  /** The media push (to the probe stream name, or to the real one when the user asked). */
  testPush?: PushResult
  /** This machine's clock against a trusted server's. */
  clock?: ClockResult
  /** The uplink test (a clip at the planned bitrate, `-c copy`), when asked for. */
  uplink?: UplinkResult
  /** What Tencent's CSS API said (state, push events, received rates), when credentials were given. */
  tencentApi?: TencentApiResult
}

/** What the user asked for, secrets redacted (txSecret by its first 4 characters, keys never). */
export interface ReportInputs {
  /** The push URL, redacted. */
  url: string
  host?: string
  port?: number
  app?: string
  stream?: string
  keyGiven: boolean
  backupKeyGiven: boolean
  authDeltaSec?: number
  showLengthSec?: number
  dnsServer?: string
  pushSeconds: number
  noPush: boolean
  pushRealStream: boolean
  /** False when the stream was live, so the real stream name was not probed; absent otherwise. */
  realProbe?: boolean
  /** Where the media push went: 'probe' = a separate signed stream name, 'real', or 'none'. */
  pushTarget: 'probe' | 'real' | 'none'
  /** The probe stream name used for the media push, if any. */
  probeStream?: string
  /** The address the probes used. */
  ip?: string
  /** The server asked for the time (`host[:port]`), when the clock check ran. */
  clockServer?: string
  /** Planned bitrate of the uplink test, kbit/s, when asked for. */
  plannedKbps?: number
}

/** Where the run happened. */
export interface ReportEnvironment {
  appVersion: string
  os: string
  arch: string
  machine: string
  node: string
  ffmpeg?: { path?: string; version?: string; source?: string }
  network: NetworkIdentity
}

/** A fact worth telling that is not a cause (e.g. why the media push was skipped). */
export interface ReportNote {
  code: string
  params?: Record<string, string | number>
}

/** The whole result of one preflight run. JSON-serialisable; secrets redacted. */
export interface Report {
  kind: 'push-preflight-report'
  schemaVersion: 1
  createdAt: number
  finishedAt: number
  inputs: ReportInputs
  environment: ReportEnvironment
  checks: ReportChecks
  timeline: TimelineEvent[]
  /** Ranked: the first is the most likely. */
  causes: Cause[]
  notes: ReportNote[]
  verdict: Verdict
  cancelled: boolean
  /** The uplink test's numbers, when it ran and measured something. */
  uplink?: UplinkSummary
  /**
   * "Ways to push from here": RTMP, RTMPS and SRT as tried from this network, RTMP first.
   * Absent in reports made before the ladder existed and when the URL was unusable.
   */
  transports?: TransportEntry[]
  /**
   * The 4G-hotspot retry, when the user made one: the same check run again on another network.
   * Optional, so reports without it (CLI, older files) stay valid at schemaVersion 1.
   */
  comparison?: NetworkComparison
}

/** What differed between two networks (the values of network-identity.ts's networkChanges). */
/** Conclusions of a this-network vs hotspot comparison. */
export const COMPARISON_CONCLUSIONS = [
  'network-blocks',
  'fails-both',
  'works-both',
  'works-here-only'
] as const
export type ComparisonConclusion = (typeof COMPARISON_CONCLUSIONS)[number]

/** What can differ between two networks (also used to validate saved reports). */
export const NETWORK_CHANGES = ['interfaces', 'addresses', 'gateway', 'dns'] as const
export type NetworkChange = (typeof NETWORK_CHANGES)[number]

/**
 * The run on the other network (a phone's hotspot) and what the pair shows:
 * `network-blocks` = fails here on the network, works there; `fails-both` = not the network;
 * `works-both` and `works-here-only` = this network is not the problem.
 */
export interface NetworkComparison {
  /** The report of the run on the hotspot (it has no comparison of its own). */
  other: Report
  /** What changed between the two networks; empty when the user re-ran on the same one. */
  changes: NetworkChange[]
  conclusion: ComparisonConclusion
}

/** Progress of a run, per phase, sent to the UI and printed by the CLI as it happens. */
export interface PreflightProgress {
  phase: Phase
  state: 'running' | 'pass' | 'warn' | 'fail' | 'skipped'
  /** ms since the run started. */
  atMs: number
  /** The result code when the phase ended. */
  code?: string
  /** Live numbers of the media push. */
  push?: { timeSec: number; kbps?: number; speed?: number }
  /** The stream name the media push goes to (shown as "TEST — not live"). */
  stream?: string
}
