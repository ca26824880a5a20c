/**
 * Watch mode: a light check repeated until a count or a stop — DNS, a few TCP connects to the
 * ingest port (their median is the round's RTT), the RTMP handshake and, with a key, a
 * publish-only probe of a separate probe stream name (never the real one: by show time it may be
 * live, and some ingests let a newcomer replace the running push). Each round is compared with
 * the one before it; changes become alerts.
 *
 * Memory stays flat however long it runs: the loop keeps only the first round's RTT and the last
 * round's facts, never a list of rounds (the app keeps its own bounded history for the chart).
 */
import { randomBytes } from 'node:crypto'
import type { DnsResult } from '../../shared/dns'
import type { HandshakeResult, PortCode } from '../../shared/network'
import type { PushKeys, PushUrl, PushUrlInput } from '../../shared/push-url'
import type { NetworkIdentity } from '../../shared/report'
import type { PublishProbeResult } from '../../shared/rtmp'
import { asRtmpUrl, transportPort } from '../../shared/transport'
import {
  worseVerdict,
  type WatchAlert,
  type WatchRound,
  type WatchSummary,
  type WatchVerdict
} from '../../shared/watch'
import {
  WATCH_CONNECT_TIMEOUT_MS,
  WATCH_EXPIRY_SOON_MS,
  WATCH_IDENTITY_TIMEOUT_MS,
  WATCH_ROUND_TIMEOUT_MS,
  WATCH_RTT_ALERT_FACTOR,
  WATCH_RTT_MIN_RISE_MS,
  WATCH_RTT_SAMPLES
} from './constants'
import { checkDns } from './dns-check'
import { checkExpiry } from './expiry-check'
import { rtmpTcUrl } from './ffmpeg-target'
import { checkHandshake } from './handshake-check'
import { networkChanges, readNetworkIdentity } from './network-identity'
import { analyzeOffline } from './offline-analysis'
import { portCodeOf } from './port-check'
import { probePublish, type PublishTarget } from './publish-probe'
import { openTcp, realNetDeps, type NetDeps } from './rtmp/tcp'
import { probeStreamUrl } from './run-preflight'

/** What to watch. */
export interface WatchOptions {
  url: PushUrlInput
  /** With a key each round also asks the server to accept a probe stream (no media). */
  keys?: PushKeys
  /** Time from one round's start to the next one's, ms (a slow round just delays the next). */
  everyMs: number
  /** Stop after this many rounds; left out = until stopped. */
  count?: number
  /** A DNS server `host[:port]` instead of the system resolver. */
  dnsServer?: string
  /** The key's AuthDelta, seconds (extra validity after txTime). */
  authDeltaSec?: number
  /** Planned end of the show, ms since epoch: alert when the URL expires before it. */
  showEndAt?: number
}

/** Side effects of the watch (all injectable; real defaults in realWatchDeps). */
export interface WatchDeps {
  checkDns: (host: string, opts: { server?: string }, signal?: AbortSignal) => Promise<DnsResult>
  /** Sockets and clock of the RTT samples (tests inject a connect that is slow on purpose). */
  net: NetDeps
  checkHandshake: (ip: string, port: number, signal?: AbortSignal) => Promise<HandshakeResult>
  probePublish: (target: PublishTarget, signal?: AbortSignal) => Promise<PublishProbeResult>
  readNetworkIdentity: () => Promise<NetworkIdentity>
  /** Wall clock, ms since epoch: round times and the expiry countdown. */
  now: () => number
  /** Waits ms, or less when the signal aborts; never rejects. */
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>
  /** Random suffix of each round's probe stream name. */
  randomSuffix: () => string
}

/** Waits `ms` or until `signal` aborts, whichever comes first. */
export function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  if (signal?.aborted || ms <= 0) return Promise.resolve()
  return new Promise((resolve) => {
    const done = (): void => {
      clearTimeout(timer)
      signal?.removeEventListener('abort', done)
      resolve()
    }
    const timer = setTimeout(done, ms)
    signal?.addEventListener('abort', done, { once: true })
  })
}

/** The real side effects. */
export const realWatchDeps: WatchDeps = {
  checkDns: (host, opts, signal) => checkDns(host, opts, undefined, signal),
  net: realNetDeps,
  checkHandshake: (ip, port, signal) => checkHandshake(ip, port, {}, undefined, signal),
  probePublish: (target, signal) => probePublish(target, {}, undefined, signal),
  readNetworkIdentity: () => readNetworkIdentity(),
  now: () => Date.now(),
  sleep: abortableSleep,
  randomSuffix: () => randomBytes(3).toString('hex')
}

/** The few facts a round needs from the rounds before it (replaced, never appended to). */
interface WatchMemory {
  baselineRttMs?: number
  ips?: string[]
  portOpen?: boolean
  identity?: NetworkIdentity
  rttHigh: boolean
  /** Expiry alerts already given, so each is given once (the countdown goes on every round). */
  expiryAlerted: ReadonlySet<'expires-before-show-end' | 'expires-soon' | 'expired'>
}

/** The URL and probe key, worked out once for the whole watch. */
interface WatchTarget {
  url: PushUrl
  probe?: { key: string; algorithm: 'md5' | 'sha256' }
}

/** Resolves `p`, or undefined after `ms` (the promise's own work is left to finish). */
async function within<T>(p: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<undefined>(
    (resolve) => (timer = setTimeout(() => resolve(undefined), ms))
  )
  try {
    return await Promise.race([p.catch(() => undefined), timeout])
  } finally {
    clearTimeout(timer)
  }
}

/** Median of a non-empty list. */
function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  const mid = Math.floor(s.length / 2)
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2
}

/** TCP connects to ip:port: the median connect time, or the first failure's port code. */
async function sampleRtt(
  ip: string,
  port: number,
  net: NetDeps,
  signal: AbortSignal
): Promise<{ rttMs: number | null; portCode: PortCode }> {
  const times: number[] = []
  for (let i = 0; i < WATCH_RTT_SAMPLES && !signal.aborted; i++) {
    const t0 = net.now()
    const r = await openTcp(ip, port, WATCH_CONNECT_TIMEOUT_MS, net, signal)
    if (!r.ok) {
      // One refused or silent connect says it all; repeating it would only stretch the round.
      if (times.length === 0) return { rttMs: null, portCode: portCodeOf(r.failure) }
      break
    }
    r.socket.destroy()
    times.push(net.now() - t0)
  }
  if (times.length === 0) return { rttMs: null, portCode: 'port-cancelled' }
  return { rttMs: Math.round(median(times) * 10) / 10, portCode: 'port-open' }
}

/** Which key signs the probe stream: the one the URL's txSecret matched, else the primary. */
function watchTarget(opts: WatchOptions, now: number): WatchTarget | undefined {
  const keys = opts.keys ?? {}
  const offline = analyzeOffline({ url: opts.url, keys }, now)
  if (!offline.parse.ok) return undefined
  // Whichever form was typed (rtmps://, srt://), the rounds speak RTMP to the RTMP port.
  const typed = offline.parse.url
  const url = asRtmpUrl(typed, 'rtmp', transportPort(typed, 'rtmp'))
  const matched = offline.signature?.evidence.matched
  const key =
    (matched?.key === 'backup'
      ? keys.backup?.trim()
      : keys.primary?.trim() || keys.backup?.trim()) ?? ''
  if (!key) return { url }
  const algorithm =
    matched?.algorithm ?? (offline.signature?.evidence.form === 'sha256' ? 'sha256' : 'md5')
  return { url, probe: { key, algorithm } }
}

/** What one round measured, before it is compared with the rounds before. */
interface Measured {
  at: number
  ips: string[]
  dnsCode: string
  rttMs: number | null
  portCode: PortCode
  handshake: WatchRound['handshake']
  probe: WatchRound['probe']
  probeFailed: boolean
  identity?: NetworkIdentity
  expiresAt?: number
}

/** DNS, RTT samples, handshake and the probe stream's publish-only probe. */
async function measure(
  t: WatchTarget,
  opts: WatchOptions,
  deps: WatchDeps,
  signal: AbortSignal
): Promise<Measured> {
  const at = deps.now()
  const { url } = t
  const identity = await within(deps.readNetworkIdentity(), WATCH_IDENTITY_TIMEOUT_MS)
  let ips = [url.host.replace(/^\[(.*)\]$/, '$1')]
  let dnsCode = 'dns-raw-ip'
  if (url.hostKind === 'name') {
    const dns = await deps.checkDns(url.host, { server: opts.dnsServer }, signal)
    dnsCode = dns.code
    ips = [...dns.evidence.addresses.v4, ...dns.evidence.addresses.v6]
  }
  const m: Measured = {
    at,
    ips,
    dnsCode,
    rttMs: null,
    portCode: 'port-error',
    handshake: null,
    probe: null,
    probeFailed: false,
    identity
  }
  const expiry = checkExpiry(url, { authDeltaSec: opts.authDeltaSec }, at).evidence
  if (expiry.expiresAt !== undefined && expiry.txTimeSec !== undefined)
    m.expiresAt = expiry.expiresAt
  const ip = ips[0]
  if (ip === undefined || signal.aborted) return m
  const rtt = await sampleRtt(ip, url.port, deps.net, signal)
  m.rttMs = rtt.rttMs
  m.portCode = rtt.portCode
  if (rtt.portCode !== 'port-open' || signal.aborted) return m
  m.handshake = (await deps.checkHandshake(ip, url.port, signal)).code
  if (m.handshake !== 'handshake-ok' || !t.probe || signal.aborted) return m
  const p = probeStreamUrl(url, t.probe.key, t.probe.algorithm, deps.randomSuffix(), deps.now())
  const probe = await deps.probePublish(
    { ip, port: url.port, tcUrl: rtmpTcUrl(p), app: p.app, publishName: p.publishName },
    signal
  )
  m.probe = probe.code
  m.probeFailed = probe.status === 'fail'
  return m
}

/** Alerts about the network, the addresses, the port and the RTT, against the last round. */
function changeAlerts(
  m: Measured,
  mem: WatchMemory,
  port: number
): { alerts: WatchAlert[]; rttHigh: boolean } {
  const alerts: WatchAlert[] = []
  if (m.identity && mem.identity) {
    const changes = networkChanges(mem.identity, m.identity)
    if (changes.length > 0) alerts.push({ code: 'network-changed', params: { changes } })
  }
  const key = (ips: string[]): string => [...ips].sort().join(',')
  if (mem.ips && m.ips.length > 0 && key(mem.ips) !== key(m.ips)) {
    alerts.push({ code: 'ip-changed', params: { from: mem.ips, to: m.ips } })
  }
  const open = m.portCode === 'port-open'
  if (mem.portOpen === true && !open)
    alerts.push({ code: 'port-closed', params: { port, portCode: m.portCode } })
  if (mem.portOpen === false && open)
    alerts.push({ code: 'recovered', params: { of: 'port-closed' } })
  let rttHigh = mem.rttHigh
  const base = mem.baselineRttMs
  if (base !== undefined && m.rttMs !== null) {
    rttHigh = m.rttMs >= base * WATCH_RTT_ALERT_FACTOR && m.rttMs - base >= WATCH_RTT_MIN_RISE_MS
    if (rttHigh && !mem.rttHigh) {
      alerts.push({
        code: 'rtt-high',
        params: { rttMs: m.rttMs, baselineMs: base, factor: WATCH_RTT_ALERT_FACTOR }
      })
    }
    if (!rttHigh && mem.rttHigh) alerts.push({ code: 'recovered', params: { of: 'rtt-high' } })
  }
  return { alerts, rttHigh }
}

/** Expiry alerts, each once: before the show's end, within the hour, expired. */
function expiryAlerts(
  m: Measured,
  opts: WatchOptions,
  mem: WatchMemory
): { alerts: WatchAlert[]; active: WatchMemory['expiryAlerted'] } {
  const active = new Set<'expires-before-show-end' | 'expires-soon' | 'expired'>()
  const alerts: WatchAlert[] = []
  const expiresAt = m.expiresAt
  if (expiresAt === undefined) return { alerts, active }
  const left = expiresAt - m.at
  if (left <= 0) active.add('expired')
  else if (left < WATCH_EXPIRY_SOON_MS) active.add('expires-soon')
  if (opts.showEndAt !== undefined && expiresAt < opts.showEndAt && left > 0)
    active.add('expires-before-show-end')
  for (const code of active) {
    if (mem.expiryAlerted.has(code)) continue
    if (code === 'expired') alerts.push({ code, params: { expiresAt } })
    else if (code === 'expires-soon')
      alerts.push({ code, params: { expiresAt, expiresInSec: Math.round(left / 1000) } })
    else alerts.push({ code, params: { expiresAt, showEndAt: opts.showEndAt ?? 0 } })
  }
  return { alerts, active }
}

/** The round's verdict: fail when a push would not work now, warn on anything worth a look. */
function verdictOf(
  m: Measured,
  alerts: WatchAlert[],
  rttHigh: boolean,
  expiry: WatchMemory['expiryAlerted']
): WatchVerdict {
  let v: WatchVerdict = 'ok'
  if (rttHigh || expiry.size > 0 || alerts.some((a) => a.code !== 'recovered')) v = 'warn'
  const broken =
    m.ips.length === 0 ||
    m.portCode !== 'port-open' ||
    m.handshake !== 'handshake-ok' ||
    m.probeFailed ||
    expiry.has('expired')
  return broken ? worseVerdict(v, 'fail') : v
}

/** One round: measure, compare with the memory, and the memory for the next round. */
async function runRound(
  index: number,
  t: WatchTarget,
  opts: WatchOptions,
  mem: WatchMemory,
  deps: WatchDeps,
  signal: AbortSignal
): Promise<{ round: WatchRound; memory: WatchMemory }> {
  const m = await measure(t, opts, deps, signal)
  const change = changeAlerts(m, mem, t.url.port)
  const expiry = expiryAlerts(m, opts, mem)
  const alerts = [...change.alerts, ...expiry.alerts]
  const round: WatchRound = {
    index,
    at: m.at,
    verdict: verdictOf(m, alerts, change.rttHigh, expiry.active),
    rttMs: m.rttMs,
    ips: m.ips,
    dnsCode: m.dnsCode,
    portOpen: m.portCode === 'port-open',
    handshake: m.handshake,
    probe: m.probe,
    expiresInSec: m.expiresAt === undefined ? null : Math.round((m.expiresAt - m.at) / 1000),
    alerts,
    durationMs: Math.max(0, deps.now() - m.at)
  }
  const memory: WatchMemory = {
    baselineRttMs: mem.baselineRttMs ?? m.rttMs ?? undefined,
    ips: m.ips.length > 0 ? m.ips : mem.ips,
    portOpen: round.portOpen,
    identity: m.identity ?? mem.identity,
    rttHigh: change.rttHigh,
    expiryAlerted: expiry.active
  }
  return { round, memory }
}

/**
 * Runs one round with a signal that the stop or WATCH_ROUND_TIMEOUT_MS aborts. Its own controller
 * and listener per round, removed after: nothing piles up on the long-lived stop signal.
 */
async function boundedRound<T>(
  stop: AbortSignal,
  run: (signal: AbortSignal) => Promise<T>
): Promise<T> {
  const c = new AbortController()
  const onStop = (): void => c.abort()
  stop.addEventListener('abort', onStop, { once: true })
  const timer = setTimeout(onStop, WATCH_ROUND_TIMEOUT_MS)
  try {
    return await run(c.signal)
  } finally {
    clearTimeout(timer)
    stop.removeEventListener('abort', onStop)
  }
}

/**
 * Watch the push path: one round every `opts.everyMs` (rounds never overlap: a slow one delays the
 * next), `onRound` after each, until `opts.count` rounds or `signal` aborts. A round cut short by
 * the stop is not reported. Never throws for expected failures.
 */
export async function watch(
  opts: WatchOptions,
  deps: WatchDeps = realWatchDeps,
  signal?: AbortSignal,
  onRound?: (round: WatchRound) => void
): Promise<WatchSummary> {
  const target = watchTarget(opts, deps.now())
  if (!target) return { rounds: 0, stopped: false }
  const stop = signal ?? new AbortController().signal
  let memory: WatchMemory = { rttHigh: false, expiryAlerted: new Set() }
  let rounds = 0
  while (opts.count === undefined || rounds < opts.count) {
    if (stop.aborted) break
    const start = deps.now()
    // Every step has its own timeout; the round's bound only keeps one stuck round from stalling.
    const r = await boundedRound(stop, (roundSignal) =>
      runRound(rounds + 1, target, opts, memory, deps, roundSignal)
    )
    if (stop.aborted) break
    memory = r.memory
    rounds++
    onRound?.(r.round)
    if (opts.count !== undefined && rounds >= opts.count) break
    await deps.sleep(Math.max(0, start + opts.everyMs - deps.now()), stop)
  }
  return { rounds, stopped: stop.aborted }
}
