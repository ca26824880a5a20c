/**
 * Quality under load, measured around the uplink test's push:
 * - RTT: TCP connect time to the ingest port, sampled a few times a second while idle (before the
 *   push) and while pushing. A queue that fills under load (bufferbloat) shows as the loaded RTT
 *   rising above the idle one: the connect's SYN waits behind the push's data.
 * - Retransmissions of the push's own TCP connection, where the OS tells them (Linux: `ss -tinp`
 *   lists the kernel's per-socket counters with the owning process). Elsewhere: not measured —
 *   never guessed. They are retransmitted segments, not "packet loss": TCP also retransmits on
 *   reordering or a timeout, and a lost packet can cost more than one retransmission.
 * - Steadiness: standard deviation of the per-second send rate, and stalls.
 * Each item gets a grade from thresholds in constants.ts; the recommended encoder bitrate keeps
 * more headroom when the RTT or retransmission grade is not good.
 */
import { spawn as nodeSpawn, type ChildProcess } from 'node:child_process'
import net from 'node:net'
import { performance } from 'node:perf_hooks'
import type { QualityGrade, UplinkQuality, UplinkRtt } from '../../shared/uplink'
import {
  BUFFERBLOAT_FAIR_INCREASE_MS,
  BUFFERBLOAT_FAIR_RATIO,
  BUFFERBLOAT_POOR_INCREASE_MS,
  BUFFERBLOAT_POOR_RATIO,
  RETRANSMIT_FAIR_PERCENT,
  RETRANSMIT_POOR_PERCENT,
  SS_MAX_OUTPUT_BYTES,
  SS_TIMEOUT_MS,
  STEADINESS_FAIR_SHARE,
  STEADINESS_POOR_SHARE,
  UPLINK_RTT_CONNECT_TIMEOUT_MS,
  UPLINK_RTT_INTERVAL_MS,
  UPLINK_RTT_MAX_SAMPLES,
  UPLINK_SAFE_SHARE,
  UPLINK_SHARE_FAIR,
  UPLINK_SHARE_POOR,
  UPLINK_STALLS_POOR
} from './constants'

/** Where RTT is sampled: the ingest's address and port (the IP the push connects to). */
export interface RttTarget {
  host: string
  port: number
}

/** One RTT sample: when its connect started, and its duration (undefined: failed or timed out). */
export interface RttSample {
  at: number
  ms?: number
}

/** Side effects of the RTT sampler. */
export interface RttDeps {
  /** Duration of one TCP connect, ms (closed at once); undefined when it failed or timed out. */
  connectMs: (
    target: RttTarget,
    timeoutMs: number,
    signal: AbortSignal
  ) => Promise<number | undefined>
  now: () => number
  /** Resolves after `ms`, or as soon as the signal aborts. */
  sleep: (ms: number, signal: AbortSignal) => Promise<void>
}

/** One real TCP connect, timed with the monotonic clock (sub-millisecond on loopback). */
function tcpConnectMs(
  target: RttTarget,
  timeoutMs: number,
  signal: AbortSignal
): Promise<number | undefined> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve(undefined)
    const started = performance.now()
    const socket = net.connect({ host: target.host, port: target.port })
    const done = (ms: number | undefined): void => {
      clearTimeout(timer)
      signal.removeEventListener('abort', onAbort)
      socket.destroy()
      resolve(ms)
    }
    const onAbort = (): void => done(undefined)
    const timer = setTimeout(() => done(undefined), timeoutMs)
    signal.addEventListener('abort', onAbort, { once: true })
    socket.once('connect', () => done(performance.now() - started))
    socket.once('error', () => done(undefined))
  })
}

function abortableSleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve()
    const finish = (): void => {
      clearTimeout(timer)
      signal.removeEventListener('abort', finish)
      resolve()
    }
    const timer = setTimeout(finish, ms)
    signal.addEventListener('abort', finish, { once: true })
  })
}

/** The real RTT side effects. */
export const realRttDeps: RttDeps = {
  connectMs: tcpConnectMs,
  now: () => Date.now(),
  sleep: abortableSleep
}

/** A running RTT sampler: `stop()` ends it (an in-flight connect is abandoned, not counted). */
export interface RttSampler {
  stop: () => Promise<RttSample[]>
}

/**
 * Sample the connect time to `target` every UPLINK_RTT_INTERVAL_MS (one connect at a time: on a
 * link whose RTT exceeds the interval, the next starts when the previous ends) until stopped,
 * aborted, or `maxSamples` taken.
 */
export function startRttSampler(
  target: RttTarget,
  deps: RttDeps = realRttDeps,
  signal?: AbortSignal,
  maxSamples = UPLINK_RTT_MAX_SAMPLES
): RttSampler {
  const samples: RttSample[] = []
  const halt = new AbortController()
  const onAbort = (): void => halt.abort()
  signal?.addEventListener('abort', onAbort, { once: true })
  if (signal?.aborted) halt.abort()
  const loop = (async (): Promise<void> => {
    while (!halt.signal.aborted && samples.length < maxSamples) {
      const at = deps.now()
      const ms = await deps.connectMs(target, UPLINK_RTT_CONNECT_TIMEOUT_MS, halt.signal)
      if (halt.signal.aborted) break
      samples.push({ at, ms })
      const wait = at + UPLINK_RTT_INTERVAL_MS - deps.now()
      if (wait > 0) await deps.sleep(wait, halt.signal)
    }
  })()
  return {
    stop: async () => {
      halt.abort()
      await loop
      signal?.removeEventListener('abort', onAbort)
      return samples
    }
  }
}

/** The p-th percentile (0–100) by linear interpolation between closest ranks; undefined if empty. Pure. */
export function percentile(values: readonly number[], p: number): number | undefined {
  if (values.length === 0) return undefined
  const sorted = [...values].sort((a, b) => a - b)
  const rank = (Math.min(100, Math.max(0, p)) / 100) * (sorted.length - 1)
  const lo = Math.floor(rank)
  const hi = Math.ceil(rank)
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (rank - lo)
}

/** Population standard deviation; 0 for fewer than two values. Pure. */
export function stdDev(values: readonly number[]): number {
  if (values.length < 2) return 0
  const mean = values.reduce((a, b) => a + b, 0) / values.length
  return Math.sqrt(values.reduce((a, v) => a + (v - mean) ** 2, 0) / values.length)
}

const round1 = (v: number | undefined): number | null =>
  v === undefined ? null : Math.round(v * 10) / 10

/**
 * Idle median and loaded median / 95th percentile, ms (one decimal). Loaded samples are those
 * started inside [fromAt, toAt] (the measured window, after the send buffer filled). Pure.
 */
export function summarizeRtt(
  idle: readonly RttSample[],
  loaded: readonly RttSample[],
  fromAt: number,
  toAt: number
): UplinkRtt {
  const ok = (s: readonly RttSample[]): number[] =>
    s.flatMap((x) => (x.ms === undefined ? [] : [x.ms]))
  const inWindow = loaded.filter((s) => s.at >= fromAt && s.at <= toAt)
  return {
    idleMs: round1(percentile(ok(idle), 50)),
    loadedP50Ms: round1(percentile(ok(inWindow), 50)),
    loadedP95Ms: round1(percentile(ok(inWindow), 95))
  }
}

/**
 * Bufferbloat grade from the loaded median's increase over the idle median and its ratio: a grade
 * needs both past its line (see BUFFERBLOAT_* in constants.ts). Not measured without both. Pure.
 */
export function gradeBufferbloat(rtt: UplinkRtt | undefined): QualityGrade {
  if (!rtt || rtt.idleMs === null || rtt.loadedP50Ms === null) return 'not-measured'
  const increase = rtt.loadedP50Ms - rtt.idleMs
  // A zero idle RTT (sub-0.05 ms, rounded) makes any load an infinite ratio: the increase decides.
  const ratio = rtt.idleMs > 0 ? rtt.loadedP50Ms / rtt.idleMs : Infinity
  if (increase >= BUFFERBLOAT_POOR_INCREASE_MS && ratio >= BUFFERBLOAT_POOR_RATIO) return 'poor'
  if (increase >= BUFFERBLOAT_FAIR_INCREASE_MS && ratio >= BUFFERBLOAT_FAIR_RATIO) return 'fair'
  return 'good'
}

/** The kernel's counters of one process's TCP sockets (summed), as `ss -tinp` prints them. */
export interface TcpRetransmits {
  /** Segments carrying data sent (`data_segs_out`; `segs_out` on kernels without it). */
  dataSegsOut: number
  /** Segments retransmitted over the connection's life (`retrans:current/total`: the total). */
  retransSegs: number
  /** Bytes retransmitted (`bytes_retrans`), when the kernel reports it. */
  bytesRetrans?: number
  /** Sockets of the process that were counted. */
  sockets: number
}

const field = (info: string, name: string): number | undefined => {
  const m = new RegExp(`(?:^|\\s)${name}:(\\d+)`).exec(info)
  return m ? Number(m[1]) : undefined
}

/**
 * The retransmission counters of `pid`'s TCP sockets from `ss -tinpH` output, or undefined when
 * the output lists no socket of that process. Each socket is one line (`… users:(("ffmpeg",
 * pid=123,fd=5))`) followed by an indented line of TCP info. Pure.
 */
export function parseSsRetransmits(text: string, pid: number): TcpRetransmits | undefined {
  const owner = new RegExp(`[(,]pid=${pid}[,)]`)
  const sockets: string[] = []
  let current: string | undefined
  for (const line of text.split('\n')) {
    if (/^\s/.test(line)) {
      if (current !== undefined) current += ` ${line.trim()}`
      continue
    }
    if (current !== undefined) sockets.push(current)
    current = owner.test(line) ? line : undefined
  }
  if (current !== undefined) sockets.push(current)
  if (sockets.length === 0) return undefined
  const total: TcpRetransmits = { dataSegsOut: 0, retransSegs: 0, sockets: sockets.length }
  for (const s of sockets) {
    total.dataSegsOut += field(s, 'data_segs_out') ?? field(s, 'segs_out') ?? 0
    const retrans = /(?:^|\s)retrans:\d+\/(\d+)/.exec(s)
    total.retransSegs += retrans ? Number(retrans[1]) : 0
    const bytes = field(s, 'bytes_retrans')
    if (bytes !== undefined) total.bytesRetrans = (total.bytesRetrans ?? 0) + bytes
  }
  return total
}

/** Retransmitted share of the data segments sent, % (two decimals); null when not measured. Pure. */
export function retransmitPercent(r: TcpRetransmits | undefined): number | null {
  if (!r || r.dataSegsOut <= 0) return null
  return Math.round((r.retransSegs / r.dataSegsOut) * 10_000) / 100
}

/** Retransmission grade (RETRANSMIT_* in constants.ts); not measured for null. Pure. */
export function gradeRetransmits(percent: number | null | undefined): QualityGrade {
  if (percent === null || percent === undefined) return 'not-measured'
  if (percent >= RETRANSMIT_POOR_PERCENT) return 'poor'
  if (percent >= RETRANSMIT_FAIR_PERCENT) return 'fair'
  return 'good'
}

/** One progress reading of the push: local time and bytes written so far. */
export interface ByteSample {
  at: number
  bytes: number
}

/**
 * Send rate of each whole second from `base` to `end`, kbit/s: bytes written at each second
 * boundary, interpolated linearly between progress readings (they arrive ~2 a second). Pure.
 */
export function perSecondRates(
  samples: readonly ByteSample[],
  base: ByteSample,
  end: ByteSample
): number[] {
  const inside = samples.filter((s) => s.at >= base.at && s.at <= end.at)
  const bytesAt = (t: number): number => {
    let prev = inside[0] ?? base
    for (const s of inside) {
      if (s.at >= t) {
        if (s.at === prev.at) return s.bytes
        return prev.bytes + ((s.bytes - prev.bytes) * (t - prev.at)) / (s.at - prev.at)
      }
      prev = s
    }
    return prev.bytes
  }
  const rates: number[] = []
  for (let k = 1; base.at + k * 1000 <= end.at; k++) {
    // bytes per second × 8 / 1000 = kbit/s
    rates.push(
      Math.round(((bytesAt(base.at + k * 1000) - bytesAt(base.at + (k - 1) * 1000)) * 8) / 1000)
    )
  }
  return rates
}

/** Steadiness grade from the per-second rates' spread over their mean, and stalls. Pure. */
export function gradeSteadiness(rates: readonly number[], stalls: number): QualityGrade {
  if (rates.length < 2) return 'not-measured'
  const mean = rates.reduce((a, b) => a + b, 0) / rates.length
  const share = mean > 0 ? stdDev(rates) / mean : Infinity
  if (stalls > UPLINK_STALLS_POOR || share >= STEADINESS_POOR_SHARE) return 'poor'
  if (stalls > 0 || share >= STEADINESS_FAIR_SHARE) return 'fair'
  return 'good'
}

/**
 * Share of the sustained rate to recommend for the encoder: UPLINK_SAFE_SHARE, lowered to
 * UPLINK_SHARE_FAIR / UPLINK_SHARE_POOR by the worse of the bufferbloat and retransmission
 * grades. Steadiness is already in the sustained rate (stalls lower it). Pure.
 */
export function recommendedShare(
  q: Pick<UplinkQuality, 'bufferbloat' | 'retransmits'> | undefined
): number {
  const grades = q ? [q.bufferbloat, q.retransmits] : []
  if (grades.includes('poor')) return UPLINK_SHARE_POOR
  if (grades.includes('fair')) return UPLINK_SHARE_FAIR
  return UPLINK_SAFE_SHARE
}

/** The thresholds behind the grades, as text parameters (the CLI and UI explain the grades). */
export function qualityThresholdParams(): Record<string, number> {
  return {
    bloatFairMs: BUFFERBLOAT_FAIR_INCREASE_MS,
    bloatPoorMs: BUFFERBLOAT_POOR_INCREASE_MS,
    bloatFairRatio: BUFFERBLOAT_FAIR_RATIO,
    bloatPoorRatio: BUFFERBLOAT_POOR_RATIO,
    retransFair: RETRANSMIT_FAIR_PERCENT,
    retransPoor: RETRANSMIT_POOR_PERCENT,
    jitterFair: Math.round(STEADINESS_FAIR_SHARE * 100),
    jitterPoor: Math.round(STEADINESS_POOR_SHARE * 100),
    stallsPoor: UPLINK_STALLS_POOR,
    shareGood: Math.round(UPLINK_SAFE_SHARE * 100),
    shareFair: Math.round(UPLINK_SHARE_FAIR * 100),
    sharePoor: Math.round(UPLINK_SHARE_POOR * 100)
  }
}

/** Runs `ss` with arguments; resolves with its stdout, or undefined when it failed or is missing. */
export type SsRunner = (args: string[], signal?: AbortSignal) => Promise<string | undefined>

/** Run ss (or `spawn` it some other way, e.g. inside a namespace) with a timeout and output cap. */
export function ssRunner(
  spawn: (file: string, args: string[]) => ChildProcess = (file, args) =>
    nodeSpawn(file, args, { stdio: ['ignore', 'pipe', 'ignore'], windowsHide: true })
): SsRunner {
  return (args, signal) =>
    new Promise((resolve) => {
      let child: ChildProcess
      try {
        child = spawn('ss', args)
      } catch {
        return resolve(undefined)
      }
      let out = ''
      const kill = (): void => void child.kill('SIGKILL')
      const timer = setTimeout(kill, SS_TIMEOUT_MS)
      signal?.addEventListener('abort', kill, { once: true })
      child.stdout?.setEncoding('utf8')
      child.stdout?.on('data', (d: string) => {
        if (out.length < SS_MAX_OUTPUT_BYTES) out += d
      })
      child.on('error', () => undefined)
      child.on('close', (code) => {
        clearTimeout(timer)
        signal?.removeEventListener('abort', kill)
        resolve(code === 0 ? out : undefined)
      })
    })
}

/**
 * The retransmission counters of `pid`'s TCP sockets (Linux, via `ss -tinpH`), or undefined where
 * they cannot be read: another OS, no `ss`, or the process's sockets not visible.
 */
export async function readTcpRetransmits(
  pid: number,
  run: SsRunner = ssRunner(),
  platform: NodeJS.Platform = process.platform,
  signal?: AbortSignal
): Promise<TcpRetransmits | undefined> {
  if (platform !== 'linux') return undefined
  const text = await run(['-tinpH'], signal)
  return text === undefined ? undefined : parseSsRetransmits(text, pid)
}
