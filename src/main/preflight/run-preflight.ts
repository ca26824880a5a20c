/**
 * The preflight run: every check in the order a push goes through them, stopping where the
 * evidence already gives the verdict, then the diagnosis and the Report. Plain Node — the
 * Electron main process and the CLI both call this.
 *
 * Safety: the test pattern never reaches viewers of the real stream unless the user asks. The
 * real stream name only gets a publish-only probe (no media); media goes to a separate probe
 * stream name signed with the user's key, or to the real name with `pushRealStream`.
 */
import type { CheckRunOptions } from '../../shared/options'
import { randomBytes } from 'node:crypto'
import type { PushKeys, PushUrlInput } from '../../shared/push-url'
import type { PreflightProgress, Report } from '../../shared/report'
import type { TencentApiConfig } from '../../shared/tencent-api'
import { checkClock } from './clock-check'
import { checkDns } from './dns-check'
import { locateFfmpeg } from './ffmpeg-locate'
import { runTestPush } from './ffmpeg-push'
import { checkHandshake } from './handshake-check'
import { readNetworkIdentity } from './network-identity'
import { checkPort } from './port-check'
import { probePublish } from './publish-probe'
import { assembleReport } from './report-assembly'
import { startRun } from './run-context'
import {
  clockStep,
  dnsStep,
  finishLadder,
  locateFfmpegStep,
  mediaPushStep,
  portAndHandshakeStep,
  publishProbeStep,
  startLadder,
  tencentApiStep,
  uplinkStep
} from './run-steps'
import { checkUplink } from './uplink-check'
import { checkTls } from './tls-check'
import { tlsNetDeps } from './rtmp/tls'
import { startTlsRelay } from './tls-relay'
import { srtHandshake } from './srt/caller'
import type { NetDeps } from './rtmp/tcp'
import type { LadderDeps } from './transport-check'
import { realTencentApi, type TencentApiFactory } from './tencent-api-run'

export { probeStreamUrl } from './probe-stream'

/** What to check. */
/** What a run is asked to do: the shared check options, plus what only main and the CLI hold. */
export interface PreflightOptions extends CheckRunOptions {
  url: PushUrlInput
  keys?: PushKeys
  /**
   * Server whose HTTPS `Date` is the trusted time (`host[:port]`), or false for no clock check.
   * Left out: Tencent's API host, but only when the ingest is not on this machine — a loopback
   * ingest shares this clock, so there is no skew to matter and nothing needs to go out.
   */
  clockServer?: string | false
  /** Extra CA certificate(s) to trust for RTMPS, PEM text (a venue's or a test ingest's CA). */
  caPem?: string
  /** Tencent API credentials: the run then asks the CSS API what the ingest saw (optional). */
  tencentApi?: TencentApiConfig
}

/** The checks the run calls; tests swap single ones (e.g. a fake ffmpeg lookup). */
export interface PreflightDeps {
  locateFfmpeg: () => ReturnType<typeof locateFfmpeg>
  checkDns: (
    host: string,
    opts: { server?: string },
    signal?: AbortSignal
  ) => ReturnType<typeof checkDns>
  checkPort: (ip: string, port: number, signal?: AbortSignal) => ReturnType<typeof checkPort>
  checkHandshake: (
    ip: string,
    port: number,
    signal?: AbortSignal,
    net?: NetDeps
  ) => ReturnType<typeof checkHandshake>
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

/** The real checks, clock and randomness. */
export const realPreflightDeps: PreflightDeps = {
  locateFfmpeg: () => locateFfmpeg(),
  checkDns: (host, opts, signal) => checkDns(host, opts, undefined, signal),
  checkPort: (ip, port, signal) => checkPort(ip, port, {}, undefined, signal),
  checkHandshake: (ip, port, signal, net) => checkHandshake(ip, port, {}, net, signal),
  probePublish: (target, signal, net) => probePublish(target, {}, net, signal),
  checkTls: (ip, port, servername, caPem, signal) =>
    checkTls(ip, port, servername, { caPem }, undefined, signal),
  tlsNet: (servername, caPem) => tlsNetDeps(servername, { caPem }),
  srtHandshake: (ip, port, streamId, signal) =>
    srtHandshake(ip, port, streamId, {}, undefined, signal),
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

/**
 * Run the whole preflight. Never throws for expected failures; a cancel returns a partial report.
 * The steps go in the order a push goes through them; each one stops where the evidence already
 * gives the verdict (or the run was cancelled).
 */
export async function runPreflight(
  opts: PreflightOptions,
  ctl: PreflightControl = {}
): Promise<Report> {
  const deps: PreflightDeps = { ...realPreflightDeps, ...ctl.deps }
  const { run, target, state } = startRun(opts, deps, ctl)
  if (target && !run.cancelled()) {
    await locateFfmpegStep(run, state)
    await dnsStep(run, target, state)
    await clockStep(run, target, state)
    await tencentApiStep(run, target, state)
    startLadder(run, target, state)
    await portAndHandshakeStep(run, target, state)
    await publishProbeStep(run, target, state)
    await mediaPushStep(run, target, state)
    // The ladder's pushes must be over before the uplink test measures this network alone.
    state.releaseRealName()
    state.transports = await finishLadder(run, target, state)
    await uplinkStep(run, target, state)
  }
  return assembleReport(run, target, state)
}
