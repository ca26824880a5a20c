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
import { arch, hostname, platform, release } from 'node:os'
import pkg from '../../../package.json'
import type { PushKeys, PushUrl, PushUrlInput } from '../../shared/push-url'
import { redactDeep } from '../../shared/redact'
import type {
  FfmpegResult,
  Phase,
  PreflightProgress,
  Report,
  ReportChecks,
  ReportInputs,
  TimelineEvent
} from '../../shared/report'
import type { CheckResult } from '../../shared/result'
import { PUSH_DEFAULT_SECONDS, PROBE_STREAM_TXTIME_VALIDITY_SEC } from './constants'
import { diagnose } from './diagnose'
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

/** Publish-probe codes meaning the server refused the stream name at publish. */
const REJECTED_AT_PUBLISH: readonly string[] = [
  'publish-rejected-status',
  'publish-rejected-closed-after-start',
  'publish-rejected-closed-no-status'
]

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
}

/** The checks the run calls; tests swap single ones (e.g. a fake ffmpeg lookup). */
export interface PreflightDeps {
  locateFfmpeg: () => ReturnType<typeof locateFfmpeg>
  checkDns: (host: string, opts: { server?: string }, signal?: AbortSignal) => ReturnType<typeof checkDns>
  checkPort: (ip: string, port: number, signal?: AbortSignal) => ReturnType<typeof checkPort>
  checkHandshake: (ip: string, port: number, signal?: AbortSignal) => ReturnType<typeof checkHandshake>
  probePublish: (target: Parameters<typeof probePublish>[0], signal?: AbortSignal) => ReturnType<typeof probePublish>
  runTestPush: (
    opts: Parameters<typeof runTestPush>[0],
    signal?: AbortSignal
  ) => ReturnType<typeof runTestPush>
  readNetworkIdentity: typeof readNetworkIdentity
  now: () => number
  /** Random suffix of the probe stream name. */
  randomSuffix: () => string
}

export const realPreflightDeps: PreflightDeps = {
  locateFfmpeg: () => locateFfmpeg(),
  checkDns: (host, opts, signal) => checkDns(host, opts, undefined, signal),
  checkPort: (ip, port, signal) => checkPort(ip, port, {}, undefined, signal),
  checkHandshake: (ip, port, signal) => checkHandshake(ip, port, {}, undefined, signal),
  probePublish: (target, signal) => probePublish(target, {}, undefined, signal),
  runTestPush: (opts, signal) => runTestPush(opts, undefined, signal),
  readNetworkIdentity: () => readNetworkIdentity(),
  now: () => Date.now(),
  randomSuffix: () => randomBytes(3).toString('hex')
}

/** How the run is driven: cancel, progress, swapped checks. */
export interface PreflightControl {
  signal?: AbortSignal
  onProgress?: (p: PreflightProgress) => void
  deps?: Partial<PreflightDeps>
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
  const url = offline.parse.ok ? offline.parse.url : undefined
  progress({ phase: 'url', state: url ? 'pass' : 'fail', code: offline.parse.ok ? 'url-ok' : offline.parse.code })

  let pushTarget: ReportInputs['pushTarget'] = 'none'
  if (!opts.noPush && keyGiven) pushTarget = 'probe'
  else if (!opts.noPush && opts.pushRealStream) pushTarget = 'real'
  let ip: string | undefined
  let probeUrl: PushUrl | undefined

  if (url && !cancelled()) {
    // ── ffmpeg: located first so a missing tool is known before anything is dialled ──
    if (pushTarget !== 'none') {
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
    if (ip && !cancelled()) {
      const target = ip
      checks.port = await phase('port', () => deps.checkPort(target, url.port, signal))
    }
    if (ip && checks.port?.status === 'pass' && !cancelled()) {
      const target = ip
      checks.handshake = await phase('handshake', () => deps.checkHandshake(target, url.port, signal))
    }

    // ── publish-only probe of the real stream name (no media) ──
    if (ip && checks.handshake?.status === 'pass' && !cancelled()) {
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
    const probeReachedServer = probe !== undefined && !['publish-timeout-silent', 'publish-not-rtmp', 'publish-protocol-error', 'publish-tcp-failed', 'publish-cancelled'].includes(probe.code)
    const ffmpegPath = checks.ffmpeg?.code === 'ffmpeg-ok' ? checks.ffmpeg.evidence.path : undefined
    if (pushTarget === 'probe' && ip) {
      const matched = checks.signature?.evidence.matched
      // `||`, not `??`: an empty or blank primary field must fall back to the backup key.
      const key = (matched?.key === 'backup' ? keys.backup?.trim() : keys.primary?.trim() || keys.backup?.trim()) ?? ''
      const algorithm = matched?.algorithm ?? (checks.signature?.evidence.form === 'sha256' ? 'sha256' : 'md5')
      probeUrl = probeStreamUrl(url, key, algorithm, deps.randomSuffix(), deps.now())
    }
    const realRejected = probe !== undefined && REJECTED_AT_PUBLISH.includes(probe.code)
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
      const push = await deps.runTestPush(
        {
          ffmpegPath,
          output: target.output,
          extraArgs: target.args,
          seconds: pushSeconds,
          onProgress: (p) => {
            if (p.kind === 'sample') {
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
  }

  const wasCancelled = cancelled()
  const dx = diagnose(checks, { keyGiven, pushTarget, noPush: !!opts.noPush })
  const ffmpegInfo = checks.ffmpeg?.evidence
  const report: Report = {
    kind: 'push-preflight-report',
    schemaVersion: 1,
    createdAt: t0,
    finishedAt: deps.now(),
    inputs: {
      url: url ? `${rtmpTcUrl(url)}/${url.publishName}` : 'url' in opts.url ? opts.url.url : `${opts.url.server} ${opts.url.streamKey}`,
      host: url?.host,
      port: url?.port,
      app: url?.app,
      stream: url?.stream,
      keyGiven: !!keys.primary?.trim(),
      backupKeyGiven: !!keys.backup?.trim(),
      authDeltaSec: opts.authDeltaSec,
      showLengthSec: opts.showLengthSec,
      dnsServer: opts.dnsServer,
      pushSeconds,
      noPush: !!opts.noPush,
      pushRealStream: !!opts.pushRealStream,
      pushTarget,
      probeStream: probeUrl?.stream,
      ip
    },
    environment: {
      appVersion: pkg.version,
      os: `${platform()} ${release()}`,
      arch: arch(),
      machine: hostname(),
      node: process.versions.node,
      ffmpeg: ffmpegInfo ? { path: ffmpegInfo.path, version: ffmpegInfo.version, source: ffmpegInfo.source } : undefined,
      network: await deps.readNetworkIdentity()
    },
    checks,
    timeline,
    causes: wasCancelled ? [] : dx.causes,
    notes: wasCancelled ? [{ code: 'note.cancelled' }] : dx.notes,
    verdict: wasCancelled ? 'not-ready' : dx.verdict,
    cancelled: wasCancelled
  }
  // One last pass over everything: no key and no full txSecret may leave this function.
  return redactDeep(report, {
    keys: [keys.primary, keys.backup, keys.primary?.trim(), keys.backup?.trim()],
    txSecrets: [url?.txSecret, probeUrl?.txSecret]
  })
}
