/**
 * The end of a preflight run: the diagnosis of its checks and the Report — what was asked, where
 * it ran, what was found — with every secret redacted and the home folder written `~`.
 */
import { arch, homedir, hostname, platform, release } from 'node:os'
import pkg from '../../../package.json'
import type { PushUrl } from '../../shared/push-url'
import { mapStringsDeep, redactText } from '../../shared/redact'
import type {
  FfmpegResult,
  Report,
  ReportChecks,
  ReportInputs,
  ReportNote
} from '../../shared/report'
import { tildeHomeInText } from '../../shared/share-report'
import { asRtmpUrl, transportPort, transportUrl } from '../../shared/transport'
import { UPLINK_DEFAULT_PLANNED_KBPS } from './constants'
import { diagnose } from './diagnose'
import { rtmpTcUrl } from './ffmpeg-target'
import type { RunContext, RunState, RunTarget } from './run-context'
import type { PreflightOptions } from './run-preflight'

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

/** The URL as the user gave it: its normal form when it parsed, the raw input otherwise. */
function urlAsGiven(opts: PreflightOptions, typed: PushUrl | undefined): string {
  if (typed) {
    return typed.scheme === 'rtmp'
      ? `${rtmpTcUrl(typed)}/${typed.publishName}`
      : transportUrl(typed, typed.scheme, typed.port).url
  }
  return 'url' in opts.url ? opts.url.url : `${opts.url.server} ${opts.url.streamKey}`
}

/** The report's record of what was asked (the URL as typed; secrets go in the final redaction). */
function reportInputs(
  opts: PreflightOptions,
  typed: PushUrl | undefined,
  facts: RunFacts
): ReportInputs {
  const keys = opts.keys ?? {}
  const url = typed && asRtmpUrl(typed, 'rtmp', transportPort(typed, 'rtmp'))
  return {
    url: urlAsGiven(opts, typed),
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
function reportEnvironment(
  ffmpegInfo: FfmpegResult['evidence'] | undefined,
  network: Report['environment']['network']
): Report['environment'] {
  return {
    appVersion: pkg.version,
    os: `${platform()} ${release()}`,
    arch: arch(),
    machine: hostname(),
    node: process.versions.node,
    ffmpeg: ffmpegInfo
      ? { path: ffmpegInfo.path, version: ffmpegInfo.version, source: ffmpegInfo.source }
      : undefined,
    network
  }
}

/**
 * One last pass over everything: no key and no full txSecret may leave the run, and paths under
 * the home folder are written `~` (its name is usually the user's). One walk does both.
 */
function redactReport(
  report: Report,
  run: RunContext,
  target: RunTarget | undefined,
  state: RunState
): Report {
  const { keys, opts } = run
  const secrets = {
    keys: [
      keys.primary,
      keys.backup,
      keys.primary?.trim(),
      keys.backup?.trim(),
      opts.tencentApi?.secretKey,
      opts.tencentApi?.secretId
    ],
    txSecrets: [
      target?.url.txSecret,
      state.probeUrl?.txSecret,
      state.uplinkUrl?.txSecret,
      ...state.ladderUrls.map((u) => u.txSecret)
    ]
  }
  const home = homedir()
  return mapStringsDeep(report, (s) => tildeHomeInText(redactText(s, secrets), home))
}

/** Waits for the API's last answers, diagnoses the checks and builds the redacted Report. */
export async function assembleReport(
  run: RunContext,
  target: RunTarget | undefined,
  state: RunState
): Promise<Report> {
  const { checks, deps, opts } = run
  await Promise.all(state.apiPending)
  if (state.api) checks.tencentApi = state.api.result()
  const wasCancelled = run.cancelled()
  const dx = diagnose(checks, {
    keyGiven: run.keyGiven,
    pushTarget: state.pushTarget,
    noPush: !!opts.noPush,
    alternatives: (state.transports ?? []).filter((t) => t.transport !== 'rtmp')
  })
  // Named only when something was really sent to it (a publish probe or the media push).
  const probeSent = checks.probeStreamPublish || (state.pushTarget === 'probe' && checks.testPush)
  const facts: RunFacts = {
    pushSeconds: run.pushSeconds,
    realProbe: state.realProbe,
    pushTarget: state.pushTarget,
    probeStream: probeSent ? state.probeUrl?.stream : undefined,
    ip: state.ip,
    clockServer: state.clockServer
  }
  const notes = state.realProbe ? dx.notes : liveNotes(dx.notes, state.liveByApi)
  const report: Report = {
    kind: 'push-preflight-report',
    schemaVersion: 1,
    createdAt: run.t0,
    finishedAt: deps.now(),
    inputs: reportInputs(opts, target?.typed, facts),
    environment: reportEnvironment(checks.ffmpeg?.evidence, await deps.readNetworkIdentity()),
    checks,
    timeline: run.timeline,
    causes: wasCancelled ? [] : dx.causes,
    notes: wasCancelled ? [{ code: 'note.cancelled' }] : notes,
    verdict: wasCancelled ? 'not-ready' : dx.verdict,
    cancelled: wasCancelled,
    uplink: uplinkSummary(checks.uplink),
    ...(state.transports ? { transports: state.transports } : {})
  }
  return redactReport(report, run, target, state)
}
