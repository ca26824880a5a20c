/**
 * Uplink test: can this network carry the planned bitrate? A pre-encoded clip is pushed with
 * `-re -c copy` — no encoding, so the CPU costs nothing and only the network is measured — at
 * planned / UPLINK_SAFE_SHARE × UPLINK_TEST_HEADROOM (so a link that carries the plan with the
 * recommended headroom runs unsaturated and passes clearly, and a narrower one shows how much it
 * does carry).
 *
 * What is measured: ffmpeg's `bitrate=` is the stream's bitrate, not the upload
 * rate, and the socket buffer hides a slow link for the first 2–3 s. So the sent rate is bytes
 * written (`total_size` of `-progress`) over wall time, from UPLINK_WARMUP_MS after media starts
 * flowing, for UPLINK_MEASURE_MS. Once the send buffer is full, bytes written can only grow as
 * fast as the network drains it.
 *
 * "Uplink too slow" vs "encoder too slow" (`source: 'live'`, a live encode): both show as
 * speed < 1. Linux tells them apart by the push socket's send queue (/proc/<pid>/net/tcp,
 * tx_queue): full = data waits for the network; empty = ffmpeg cannot produce it fast enough.
 *
 * The clip is made once per bitrate into a cache under os.tmpdir() (see uplink-clip.ts).
 */
import { readFileSync, readdirSync, readlinkSync } from 'node:fs'
import type { CheckStatus } from '../../shared/result'
import type {
  UplinkCode,
  UplinkEvidence,
  UplinkQuality,
  UplinkResult,
  UplinkRtt
} from '../../shared/uplink'
import {
  LINUX_CLOCK_TICKS_PER_SEC,
  PUSH_KILL_GRACE_MS,
  PUSH_RW_TIMEOUT_MS,
  UPLINK_CLIP_SECONDS,
  UPLINK_CLIP_TIMEOUT_MS,
  UPLINK_MEASURE_MS,
  UPLINK_PUSH_TIMEOUT_MS,
  UPLINK_RTT_IDLE_MS,
  UPLINK_SAFE_SHARE,
  UPLINK_SEND_QUEUE_FULL_BYTES,
  UPLINK_SLOW_SPEED,
  UPLINK_STALL_MS,
  UPLINK_TEST_HEADROOM,
  UPLINK_WARMUP_MS
} from './constants'
import {
  realRunnerDeps,
  startFfmpeg,
  type FfmpegRun,
  type FfmpegRunnerDeps,
  type FfmpegStopReason
} from './ffmpeg-runner'
import { testPatternInputArgs } from './test-pattern'
import {
  clipEncodeArgs,
  defaultClipCacheDir,
  encodeClipWithFluent,
  ensureClip,
  type EncodeClip
} from './uplink-clip'
import {
  gradeBufferbloat,
  gradeRetransmits,
  gradeSteadiness,
  perSecondRates,
  readTcpRetransmits,
  realRttDeps,
  recommendedShare,
  retransmitPercent,
  startRttSampler,
  stdDev,
  summarizeRtt,
  type RttDeps,
  type RttSample,
  type RttTarget,
  type TcpRetransmits
} from './uplink-quality'

/** ffmpeg stderr lines kept (loglevel error: a failing push writes a handful). */
const STDERR_TAIL_LINES = 20
/** Cap on one buffered stdout/stderr line, chars. */
const LINE_MAX_CHARS = 2_000

/** What to push and how. */
export interface UplinkInput {
  ffmpegPath: string
  /** ffmpeg output URL (ffmpegRtmpTarget: the IP, publish name and query). */
  output: string
  /** Output options before the URL (`-rtmp_tcurl …`). */
  extraArgs?: string[]
  /** The bitrate the user plans to stream at, kbit/s. */
  plannedKbps: number
  /** Stream name pushed to (for the report). */
  stream?: string
  /** The ingest's address and port, for RTT sampling (idle and under load); none: not measured. */
  rttTarget?: RttTarget
}

/** Tunables (defaults from constants.ts). */
export interface UplinkOptions {
  warmupMs?: number
  measureMs?: number
  /** Rate to push at, kbit/s (default plannedKbps / UPLINK_SAFE_SHARE). */
  testKbps?: number
  /** 'clip' (default): pre-encoded, `-c copy`. 'live': encode while pushing (tells encoder vs uplink). */
  source?: 'clip' | 'live'
  /**
   * Cap the push socket's send buffer (ffmpeg's tcp `send_buffer_size`), bytes. For loopback
   * ingests only: there the kernel autotunes buffers to megabytes (64 KiB MSS) and a throttled
   * local ingest would stay hidden past any warm-up; a real link's buffer follows its BDP.
   */
  sendBufferBytes?: number
  /** Where clips are cached (default os.tmpdir()/push-preflight/uplink-clips). */
  cacheDir?: string
  onProgress?: (p: {
    elapsedMs: number
    kbps?: number
    phase: 'clip' | 'warmup' | 'measure'
  }) => void
}

/** One `-progress` block, stamped with the local time it arrived. */
export interface UplinkSample {
  at: number
  bytes: number
  /** Media time pushed, ms. */
  outTimeMs?: number
}

/** Side effects of the uplink test: the ffmpeg runner's, plus what it reads about the push. */
export interface UplinkDeps extends FfmpegRunnerDeps {
  /** CPU time used by a process so far, ms; undefined where the OS does not tell. */
  cpuTimeMs: (pid: number) => number | undefined
  /** Bytes queued in the process's TCP send queues; undefined where unknown. */
  sendQueueBytes: (pid: number) => number | undefined
  /** RTT sampling (TCP connects to the ingest); the clock is `now` above. */
  rtt: Omit<RttDeps, 'now'>
  /** Retransmission counters of the process's TCP sockets; undefined where the OS does not tell. */
  tcpRetransmits: (pid: number, signal?: AbortSignal) => Promise<TcpRetransmits | undefined>
  /** The clip encode (a local file encode, before the push). */
  encodeClip: EncodeClip
}

/** Linux: utime + stime from /proc/<pid>/stat (fields 14 and 15, after the `(comm)`). */
function linuxCpuTimeMs(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    const ticks = Number(fields[11]) + Number(fields[12])
    return Number.isFinite(ticks) ? (ticks * 1000) / LINUX_CLOCK_TICKS_PER_SEC : undefined
  } catch {
    return undefined
  }
}

/** Linux: tx_queue of the process's TCP sockets, from its own network namespace's table. */
function linuxSendQueueBytes(pid: number): number | undefined {
  try {
    const inodes = new Set<string>()
    for (const fd of readdirSync(`/proc/${pid}/fd`)) {
      try {
        const m = /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${pid}/fd/${fd}`))
        if (m) inodes.add(m[1])
      } catch {
        // the fd closed while we looked
      }
    }
    let total: number | undefined
    for (const table of ['tcp', 'tcp6']) {
      let text = ''
      try {
        text = readFileSync(`/proc/${pid}/net/${table}`, 'utf8')
      } catch {
        continue
      }
      for (const line of text.split('\n').slice(1)) {
        const f = line.trim().split(/\s+/)
        // sl local rem st tx_queue:rx_queue tr:tm->when retrnsmt uid timeout inode
        if (f.length > 9 && inodes.has(f[9]))
          total = (total ?? 0) + parseInt(f[4].split(':')[0], 16)
      }
    }
    return total
  } catch {
    return undefined
  }
}

/** The real side effects. */
export const realUplinkDeps: UplinkDeps = {
  ...realRunnerDeps,
  cpuTimeMs: (pid) => (process.platform === 'linux' ? linuxCpuTimeMs(pid) : undefined),
  sendQueueBytes: (pid) => (process.platform === 'linux' ? linuxSendQueueBytes(pid) : undefined),
  rtt: realRttDeps,
  tcpRetransmits: (pid, signal) => readTcpRetransmits(pid, undefined, undefined, signal),
  encodeClip: encodeClipWithFluent
}

/** Parses `-progress` output (key=value lines; a block ends at `progress=`). Pure. */
export function createProgressParser(
  onBlock: (b: { bytes?: number; outTimeMs?: number; end: boolean }) => void
): (chunk: string) => void {
  let buffer = ''
  let block: { bytes?: number; outTimeMs?: number } = {}
  return (chunk) => {
    buffer = (buffer + chunk).slice(-LINE_MAX_CHARS * 4)
    const lines = buffer.split('\n')
    buffer = lines.pop() ?? ''
    for (const raw of lines) {
      const line = raw.trim()
      const eq = line.indexOf('=')
      if (eq < 0) continue
      const k = line.slice(0, eq)
      const v = line.slice(eq + 1)
      if (k === 'total_size' && /^\d+$/.test(v)) block.bytes = Number(v)
      // ffmpeg 4's out_time_ms is in microseconds despite its name.
      else if (k === 'out_time_us' || k === 'out_time_ms') {
        if (/^\d+$/.test(v)) block.outTimeMs = Number(v) / 1000
      } else if (k === 'progress') {
        onBlock({ ...block, end: v === 'end' })
        block = {}
      }
    }
  }
}

/** The measurement from samples (pure): rate over the window, stalls, speed. */
export function measureSamples(
  samples: readonly UplinkSample[],
  warmupMs: number,
  measureMs: number
):
  | {
      sustainedKbps: number
      measuredMs: number
      stalls: number
      speed?: number
      base: UplinkSample
      end: UplinkSample
    }
  | undefined {
  const first = samples.find((s) => s.bytes > 0)
  if (!first) return undefined
  const base = samples.find((s) => s.at >= first.at + warmupMs)
  if (!base) return undefined
  const window = samples.filter((s) => s.at >= base.at && s.at <= base.at + measureMs * 1.5)
  const end = window.find((s) => s.at >= base.at + measureMs) ?? window[window.length - 1]
  const measuredMs = end.at - base.at
  if (measuredMs <= 0) return undefined
  let stalls = 0
  let lastGrowth = base
  for (const s of window) {
    if (s.at > end.at) break
    if (s.bytes > lastGrowth.bytes) {
      if (s.at - lastGrowth.at >= UPLINK_STALL_MS) stalls++
      lastGrowth = s
    }
  }
  if (end.at - lastGrowth.at >= UPLINK_STALL_MS) stalls++
  const speed =
    base.outTimeMs !== undefined && end.outTimeMs !== undefined
      ? (end.outTimeMs - base.outTimeMs) / measuredMs
      : undefined
  // bits per ms = kbit/s
  return {
    sustainedKbps: ((end.bytes - base.bytes) * 8) / measuredMs,
    measuredMs,
    stalls,
    speed,
    base,
    end
  }
}

/** The verdict from the numbers (pure). */
export function classifyUplink(m: {
  plannedKbps: number
  sustainedKbps: number
  speed?: number
  sendQueueBytes?: number
  source: 'clip' | 'live'
}): UplinkCode {
  const slow = m.speed !== undefined && m.speed < UPLINK_SLOW_SPEED
  // Only a live encode can be CPU-bound; an empty send queue means the network was waiting on us.
  if (
    m.source === 'live' &&
    slow &&
    m.sendQueueBytes !== undefined &&
    m.sendQueueBytes < UPLINK_SEND_QUEUE_FULL_BYTES
  ) {
    return 'uplink-encoder-too-slow'
  }
  if (m.sustainedKbps < m.plannedKbps) return 'uplink-too-slow'
  if (m.plannedKbps > UPLINK_SAFE_SHARE * m.sustainedKbps) return 'uplink-tight'
  return 'uplink-ok'
}

const STATUS_BY_CODE: Record<UplinkCode, CheckStatus> = {
  'uplink-ok': 'pass',
  'uplink-tight': 'warn',
  'uplink-too-slow': 'fail',
  'uplink-encoder-too-slow': 'fail',
  'uplink-push-failed': 'fail',
  'uplink-clip-failed': 'skipped',
  'uplink-needs-key': 'skipped',
  'uplink-skipped-earlier-failure': 'skipped',
  'uplink-cancelled': 'skipped'
}

/** An uplink result from a code and evidence. */
export function uplinkResult(
  code: UplinkCode,
  evidence: UplinkEvidence,
  startedAt: number,
  durationMs: number
): UplinkResult {
  return {
    id: 'uplink',
    status: STATUS_BY_CODE[code],
    code,
    timing: { startedAt, durationMs },
    evidence
  }
}

/**
 * Encoder bitrate to recommend, in steps of 10 kbit/s: UPLINK_SAFE_SHARE of the sustained rate,
 * less when the link's queue grows or it retransmits under load (recommendedShare).
 */
export function recommendedKbps(sustainedKbps: number, quality?: UplinkQuality): number {
  // Integer percent first: 0.7 × 1000 in floating point is 699.99…, which would floor a step low.
  const percent = Math.round(recommendedShare(quality) * 100)
  return Math.floor((sustainedKbps * percent) / 1000) * 10
}

/**
 * Retransmission counters over the measured window: end minus start when both were read (the
 * same sockets), else the end's whole-connection counters.
 */
export function windowRetransmits(
  start: TcpRetransmits | undefined,
  end: TcpRetransmits | undefined
): TcpRetransmits | undefined {
  if (!end || !start || start.sockets !== end.sockets) return end
  return {
    dataSegsOut: end.dataSegsOut - start.dataSegsOut,
    retransSegs: end.retransSegs - start.retransSegs,
    bytesRetrans:
      end.bytesRetrans === undefined ? undefined : end.bytesRetrans - (start.bytesRetrans ?? 0),
    sockets: end.sockets
  }
}

/** How the runner's stop reasons read in the uplink test. */
const STOP_REASONS: Record<FfmpegStopReason, 'measured' | 'timeout' | 'cancelled'> = {
  requested: 'measured',
  timeout: 'timeout',
  cancel: 'cancelled'
}

/** Idle RTT: samples to the ingest for UPLINK_RTT_IDLE_MS before the push starts. */
async function idleRttSamples(
  target: RttTarget | undefined,
  deps: UplinkDeps,
  signal?: AbortSignal
): Promise<RttSample[]> {
  if (!target) return []
  const rttDeps = { ...deps.rtt, now: deps.now }
  const sampler = startRttSampler(target, rttDeps, signal)
  const wait = new AbortController()
  const stopWaiting = (): void => wait.abort()
  signal?.addEventListener('abort', stopWaiting, { once: true })
  await rttDeps.sleep(UPLINK_RTT_IDLE_MS, wait.signal)
  signal?.removeEventListener('abort', stopWaiting)
  return sampler.stop()
}

/** The quality part of the evidence from the window's samples and the counters read at its end. */
function qualityEvidence(q: {
  samples: readonly UplinkSample[]
  window: { base: UplinkSample; end: UplinkSample; stalls: number }
  idle: readonly RttSample[]
  loaded: readonly RttSample[]
  measuredRtt: boolean
  tcp: TcpRetransmits | undefined
}): {
  rtt: UplinkRtt
  retransmitPercent: number | null
  rateKbps: number[]
  jitterKbps: number
  quality: UplinkQuality
} {
  const { base, end, stalls } = q.window
  const rtt = q.measuredRtt
    ? summarizeRtt(q.idle, q.loaded, base.at, end.at)
    : { idleMs: null, loadedP50Ms: null, loadedP95Ms: null }
  const rateKbps = perSecondRates(q.samples, base, end)
  const retrans = retransmitPercent(q.tcp)
  return {
    rtt,
    retransmitPercent: retrans,
    rateKbps,
    jitterKbps: Math.round(stdDev(rateKbps)),
    quality: {
      bufferbloat: gradeBufferbloat(rtt),
      retransmits: gradeRetransmits(retrans),
      steadiness: gradeSteadiness(rateKbps, stalls)
    }
  }
}

/** What the push's window tracker reads while ffmpeg runs. */
interface PushReadings {
  samples: UplinkSample[]
  /** CPU time at the window's start and end (with when it was read). */
  cpuAtBase?: { at: number; ms?: number }
  cpuAtEnd?: { at: number; ms?: number }
  /**
   * The push's retransmission counters at the start and end of the window (while ffmpeg still
   * runs): their difference leaves out the connection's start (slow start's overshoot).
   */
  tcpAtBase?: Promise<TcpRetransmits | undefined>
  tcpAtEnd?: TcpRetransmits
  /** Send-queue readings through the window (one per progress tick): a single one is noisy. */
  queueReadings: number[]
  /** The window was measured (set even if ffmpeg ends on its own while the counters are read). */
  measured: boolean
  /** Settles once the end-of-window counters are read. */
  finishing?: Promise<void>
}

/**
 * Handles each `-progress` block of the push: stamps a sample, reads CPU, send queue and TCP
 * counters at the window's start and through it, reports progress, and once the window is
 * complete reads the end counters and calls `stop`.
 */
function createWindowTracker(
  w: { warmupMs: number; measureMs: number; onProgress?: UplinkOptions['onProgress'] },
  deps: UplinkDeps,
  run: { pid: () => number | undefined; stop: () => void },
  signal?: AbortSignal
): { readings: PushReadings; onBlock: (b: { bytes?: number; outTimeMs?: number }) => void } {
  const r: PushReadings = { samples: [], queueReadings: [], measured: false }
  const onBlock = (b: { bytes?: number; outTimeMs?: number }): void => {
    const pid = run.pid()
    if (b.bytes === undefined) return
    const at = deps.now()
    r.samples.push({ at, bytes: b.bytes, outTimeMs: b.outTimeMs })
    const first = r.samples.find((s) => s.bytes > 0)
    if (!first || pid === undefined) return
    if (!r.cpuAtBase && at >= first.at + w.warmupMs) {
      r.cpuAtBase = { at, ms: deps.cpuTimeMs(pid) }
      // An injected reader that rejects must not make the uplink test throw.
      r.tcpAtBase = deps.tcpRetransmits(pid, signal).catch(() => undefined)
    }
    if (r.cpuAtBase) {
      const q = deps.sendQueueBytes(pid)
      if (q !== undefined) r.queueReadings.push(q)
    }
    const m = r.cpuAtBase ? measureSamples(r.samples, w.warmupMs, w.measureMs) : undefined
    const phase = r.cpuAtBase ? 'measure' : 'warmup'
    w.onProgress?.({ elapsedMs: at - first.at, kbps: m?.sustainedKbps, phase })
    if (r.cpuAtBase && !r.cpuAtEnd && at >= r.cpuAtBase.at + w.measureMs) {
      r.cpuAtEnd = { at, ms: deps.cpuTimeMs(pid) }
      r.finishing = deps
        .tcpRetransmits(pid, signal)
        .catch(() => undefined)
        .then((tcp) => {
          r.tcpAtEnd = tcp
          r.measured = true
          run.stop()
        })
    }
  }
  return { readings: r, onBlock }
}

/** How the push ended and what was read during it. */
interface PushOutcome {
  readings: PushReadings
  pid?: number
  exitCode: number | null
  stderrTail: string[]
  stopReason?: 'measured' | 'timeout' | 'cancelled'
  loadedRtt: RttSample[]
}

/**
 * The push: ffmpeg on the runner (watchdog, abort, SIGTERM then SIGKILL after the grace),
 * `-progress` blocks into the window tracker, RTT sampled under load. ffmpeg is gone when it
 * resolves.
 */
async function pushAndSample(
  p: { ffmpegPath: string; args: string[]; warmupMs: number; measureMs: number },
  input: UplinkInput,
  opts: UplinkOptions,
  deps: UplinkDeps,
  signal?: AbortSignal
): Promise<PushOutcome> {
  const handle: { run?: FfmpegRun } = {}
  const tracker = createWindowTracker(
    { warmupMs: p.warmupMs, measureMs: p.measureMs, onProgress: opts.onProgress },
    deps,
    { pid: () => handle.run?.pid, stop: () => handle.run?.stop('requested') },
    signal
  )
  const run = startFfmpeg(
    {
      ffmpegPath: p.ffmpegPath,
      args: p.args,
      timeoutMs: UPLINK_PUSH_TIMEOUT_MS + p.warmupMs + p.measureMs,
      graceMs: PUSH_KILL_GRACE_MS,
      tailLines: STDERR_TAIL_LINES,
      lineMaxChars: LINE_MAX_CHARS,
      onStdout: createProgressParser(tracker.onBlock)
    },
    deps,
    signal
  )
  handle.run = run
  const loadedRtt = input.rttTarget
    ? startRttSampler(input.rttTarget, { ...deps.rtt, now: deps.now }, signal)
    : undefined
  const ran = await run.done
  // ffmpeg may exit on its own while the counters are read: wait for that read (bounded by ss's
  // timeout), so the result has them.
  await tracker.readings.finishing
  const r = tracker.readings
  return {
    readings: r,
    pid: run.pid,
    exitCode: ran.exitCode,
    stderrTail: ran.stderrTail,
    stopReason: ran.stopReason ? STOP_REASONS[ran.stopReason] : r.measured ? 'measured' : undefined,
    loadedRtt: (await loadedRtt?.stop()) ?? []
  }
}

/** The push's arguments: progress on stdout, the source, the ingest's options, the output. */
function pushArgs(
  input: UplinkInput,
  opts: UplinkOptions,
  inputArgs: string[],
  window: { warmupMs: number; measureMs: number }
): string[] {
  return [
    '-hide_banner',
    '-nostdin',
    '-loglevel',
    'error',
    '-progress',
    'pipe:1',
    ...inputArgs,
    '-rw_timeout',
    String(PUSH_RW_TIMEOUT_MS * 1000),
    ...(opts.sendBufferBytes ? ['-send_buffer_size', String(opts.sendBufferBytes)] : []),
    ...(input.extraArgs ?? []),
    '-t',
    String(Math.ceil((window.warmupMs + window.measureMs) / 1000) + UPLINK_CLIP_SECONDS),
    '-f',
    'flv',
    input.output
  ]
}

/**
 * What to push: the cached clip (`-re -c copy`, at the clip's real rate) or a live encode of the
 * test pattern; or why there is nothing to push.
 */
async function pushSource(
  input: UplinkInput,
  opts: UplinkOptions,
  wantKbps: number,
  deps: UplinkDeps,
  signal?: AbortSignal
): Promise<{ inputArgs: string[]; testKbps: number } | 'uplink-clip-failed' | 'uplink-cancelled'> {
  if ((opts.source ?? 'clip') === 'live') {
    const inputArgs = [...testPatternInputArgs({ realtime: true }), ...clipEncodeArgs(wantKbps)]
    return { inputArgs, testKbps: wantKbps }
  }
  opts.onProgress?.({ elapsedMs: 0, phase: 'clip' })
  // The cache's fs calls throw on an unwritable temp dir or a full disk: an expected failure
  // (the uplink test never throws), reported as a clip that could not be made.
  const clip = await ensureClip(
    {
      ffmpegPath: input.ffmpegPath,
      kbps: wantKbps,
      cacheDir: opts.cacheDir ?? defaultClipCacheDir(),
      timeoutMs: UPLINK_CLIP_TIMEOUT_MS
    },
    deps,
    signal
  ).catch(() => undefined)
  if (signal?.aborted) return 'uplink-cancelled'
  if (!clip) return 'uplink-clip-failed'
  return { inputArgs: ['-re', '-i', clip.path, '-c', 'copy'], testKbps: clip.kbps }
}

/** The code and evidence from a push that ran (pure apart from awaiting the start counters). */
async function pushVerdict(
  push: PushOutcome,
  ctx: {
    evidence: UplinkEvidence
    plannedKbps: number
    source: 'clip' | 'live'
    window: { warmupMs: number; measureMs: number }
    idleRtt: RttSample[]
    measuredRtt: boolean
  }
): Promise<{ code: UplinkCode; evidence: UplinkEvidence }> {
  const evidence = { ...ctx.evidence, pid: push.pid, exitCode: push.exitCode }
  if (push.stopReason === 'cancelled') return { code: 'uplink-cancelled', evidence }
  const r = push.readings
  const m =
    push.stopReason === 'measured'
      ? measureSamples(r.samples, ctx.window.warmupMs, ctx.window.measureMs)
      : undefined
  if (!m) {
    return { code: 'uplink-push-failed', evidence: { ...evidence, stderrTail: push.stderrTail } }
  }
  const cpuPercent =
    r.cpuAtBase?.ms !== undefined && r.cpuAtEnd?.ms !== undefined && r.cpuAtEnd.at > r.cpuAtBase.at
      ? Math.round(((r.cpuAtEnd.ms - r.cpuAtBase.ms) / (r.cpuAtEnd.at - r.cpuAtBase.at)) * 1000) /
        10
      : null
  const sorted = [...r.queueReadings].sort((a, b) => a - b)
  const sendQueueBytes = sorted.length > 0 ? sorted[Math.floor(sorted.length / 2)] : undefined
  const sustainedKbps = Math.round(m.sustainedKbps)
  const code = classifyUplink({
    plannedKbps: ctx.plannedKbps,
    sustainedKbps,
    speed: m.speed,
    sendQueueBytes,
    source: ctx.source
  })
  const quality = qualityEvidence({
    samples: r.samples,
    window: m,
    idle: ctx.idleRtt,
    loaded: push.loadedRtt,
    measuredRtt: ctx.measuredRtt,
    tcp: windowRetransmits(await r.tcpAtBase, r.tcpAtEnd)
  })
  return {
    code,
    evidence: {
      ...evidence,
      sustainedKbps,
      recommendedKbps: recommendedKbps(sustainedKbps, quality.quality),
      ...quality,
      stalls: m.stalls,
      cpuPercent,
      measuredMs: m.measuredMs,
      speed: m.speed === undefined ? undefined : Math.round(m.speed * 100) / 100,
      sendQueueBytes
    }
  }
}

/** Run the uplink test. Never throws; ffmpeg is gone when it resolves. */
export async function checkUplink(
  input: UplinkInput,
  opts: UplinkOptions = {},
  deps: UplinkDeps = realUplinkDeps,
  signal?: AbortSignal
): Promise<UplinkResult> {
  const startedAt = deps.now()
  const window = {
    warmupMs: opts.warmupMs ?? UPLINK_WARMUP_MS,
    measureMs: opts.measureMs ?? UPLINK_MEASURE_MS
  }
  const source = opts.source ?? 'clip'
  const planned = input.plannedKbps
  const base: UplinkEvidence = {
    plannedKbps: planned,
    source,
    stream: input.stream,
    warmupMs: window.warmupMs
  }
  const finish = (code: UplinkCode, evidence: UplinkEvidence): UplinkResult =>
    uplinkResult(code, evidence, startedAt, deps.now() - startedAt)
  if (signal?.aborted) return finish('uplink-cancelled', base)

  const wantKbps = opts.testKbps ?? (planned / UPLINK_SAFE_SHARE) * UPLINK_TEST_HEADROOM
  const pushed = await pushSource(input, opts, wantKbps, deps, signal)
  if (typeof pushed === 'string') return finish(pushed, base)
  const args = pushArgs(input, opts, pushed.inputArgs, window)

  const idleRtt = await idleRttSamples(input.rttTarget, deps, signal)
  if (signal?.aborted) return finish('uplink-cancelled', base)

  const push = await pushAndSample(
    { ffmpegPath: input.ffmpegPath, args, ...window },
    input,
    opts,
    deps,
    signal
  )
  const verdict = await pushVerdict(push, {
    evidence: { ...base, testKbps: Math.round(pushed.testKbps) },
    plannedKbps: planned,
    source,
    window,
    idleRtt,
    measuredRtt: input.rttTarget !== undefined
  })
  return finish(verdict.code, verdict.evidence)
}
