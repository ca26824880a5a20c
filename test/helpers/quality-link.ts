/**
 * A shaped link for measuring quality under load (tests and the bench), on kernels without
 * sch_netem: the tbf-shaped veth link of shaped-link.ts, plus
 * - delay and jitter from a user-space NFQUEUE delay line (nfq-delay.c, compiled here with gcc
 *   into os.tmpdir()), one per namespace on its INPUT, each holding half the round trip, so the
 *   RTT is delay ± jitter with both directions' jitter averaging out;
 * - random loss with `iptables -m statistic` on the ingest side's INPUT (the sender's packets are
 *   lost on the way, as on a real link — a DROP on the sender's own OUTPUT would be a local error);
 * - loss-based congestion control (cubic, else reno) in the client namespace, as on most desktop
 *   systems (this machine defaults to BBR, which paces and would keep a deep queue empty).
 * The uplink test runs in a child process inside the client namespace, so its TCP connects, its
 * ffmpeg and `ss` all see that namespace — the engine's real side effects, nothing injected.
 * Needs Linux, root, ip, tc, iptables; delay also needs gcc and libnetfilter-queue-dev.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { existsSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { UplinkInput, UplinkOptions } from '../../src/main/preflight/uplink-check'
import type { UplinkResult } from '../../src/shared/uplink'
import { signedPublishName, txTimeHex } from '../../src/main/demo/ingest-push'
import { runInNamespace } from './netns'
import { makeShapedLink } from './shaped-link'

/** Bound on each `ip` / `iptables` / `sysctl` / `gcc` command. */
const STEP_TIMEOUT_MS = 30_000
/** Wait for a delay line to bind its queue. */
const DELAYER_START_TIMEOUT_MS = 5_000
/** A delay line exits by itself after this, s (a bound if a run dies before removing it). */
const DELAYER_MAX_SECONDS = 900
/** Bound on one uplink run in the namespace: the engine's own watchdog ends it well before. */
const RUN_TIMEOUT_MS = 120_000
/** The delay line's source, found from the repository root (tests and the bench run from there). */
const SOURCE = path.join(process.cwd(), 'test', 'helpers', 'nfq-delay.c')
const HEADER = '/usr/include/libnetfilter_queue/libnetfilter_queue.h'
const INGEST_PORT = 1935

/** How a row of the bench (or a test) shapes the link. */
export interface Shaping {
  /** tbf rate, Mbit/s, and its queue depth, ms. */
  mbit: number
  queueMs?: number
  /** Round-trip delay and its jitter (±, uniform), ms; needs the NFQUEUE delay line. */
  delayMs?: number
  jitterMs?: number
  /** Random loss of the sender's packets, % (0–100). */
  lossPercent?: number
}

/** A shaped link ready for uplink runs, or why there is none. */
export type QualityLink =
  | {
      ok: true
      /** Reshape (rules and delay lines of the previous shaping are removed first). */
      shape: (s: Shaping) => Promise<{ ok: true } | { ok: false; reason: string }>
      /** Run the uplink test in the client namespace against the ingest behind the link. */
      runUplink: (plannedKbps: number, opts?: UplinkOptions) => Promise<UplinkResult>
      /** PIDs this link started that must be gone after remove() (ingest, delay lines). */
      pids: () => number[]
      remove: () => Promise<void>
    }
  | { ok: false; reason: string }

function run(args: string[]): { ok: boolean; err: string } {
  const r = spawnSync(args[0], args.slice(1), { timeout: STEP_TIMEOUT_MS })
  return {
    ok: r.status === 0,
    err: (r.stderr?.toString() ?? '').trim() || (r.error?.message ?? '')
  }
}

/**
 * Why delay cannot be made here (no gcc, no libnetfilter-queue header), or undefined. Cheap;
 * for skipping delay cases at collection time.
 */
export function delayUnavailable(): string | undefined {
  if (spawnSync('gcc', ['--version']).status !== 0) return 'no gcc'
  if (!existsSync(HEADER)) return `no ${HEADER} (Debian: libnetfilter-queue-dev)`
  return undefined
}

/** Compile the delay line into os.tmpdir(); the binary path, or the compiler's complaint. */
function compileDelayer(): { ok: true; bin: string } | { ok: false; reason: string } {
  const missing = delayUnavailable()
  if (missing) return { ok: false, reason: missing }
  const bin = path.join(tmpdir(), `pp-nfq-delay-${process.pid}`)
  const r = run(['gcc', '-O2', '-o', bin, SOURCE, '-lnetfilter_queue'])
  return r.ok ? { ok: true, bin } : { ok: false, reason: `gcc failed: ${r.err}` }
}

/** Start a delay line in `ns` on queue 0; resolves once it has bound the queue. */
function startDelayer(
  ns: string,
  bin: string,
  oneWayMs: number,
  jitterMs: number
): Promise<ChildProcess | undefined> {
  const child = spawn(
    'ip',
    [
      'netns',
      'exec',
      ns,
      bin,
      '0',
      String(oneWayMs),
      String(jitterMs),
      String(DELAYER_MAX_SECONDS)
    ],
    {
      stdio: ['ignore', 'pipe', 'pipe']
    }
  )
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(undefined), DELAYER_START_TIMEOUT_MS)
    child.stdout?.on('data', (d: Buffer) => {
      if (d.toString().includes('READY')) {
        clearTimeout(timer)
        resolve(child)
      }
    })
    child.on('close', () => {
      clearTimeout(timer)
      resolve(undefined)
    })
  })
}

/** SIGTERM (it releases held packets and exits), SIGKILL if still there after a second. */
async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return
  const gone = new Promise<void>((resolve) => child.once('close', () => resolve()))
  child.kill('SIGTERM')
  const timer = setTimeout(() => child.kill('SIGKILL'), 1_000)
  await gone
  clearTimeout(timer)
}

/** Build the link (namespaces named `<prefix>c<pid>` / `<prefix>s<pid>`) with the ingest behind it. */
export async function makeQualityLink(prefix: string, key: string): Promise<QualityLink> {
  const link = await makeShapedLink(prefix, 20, key)
  if (!link.ok) return link
  // A namespace may only pick the congestion controls the host allows (here often reno and bbr):
  // cubic where allowed, else reno — both loss-based, both fill a queue until it overflows.
  const lossBased = ['cubic', 'reno'].some(
    (cc) =>
      run([
        'ip',
        'netns',
        'exec',
        link.clientNs,
        'sysctl',
        '-qw',
        `net.ipv4.tcp_congestion_control=${cc}`
      ]).ok
  )
  if (!lossBased) {
    await link.remove()
    return {
      ok: false,
      reason: 'neither cubic nor reno congestion control can be set in the namespace'
    }
  }
  let delayers: ChildProcess[] = []
  /** Every process started for this link, for the caller's check that none outlives it. */
  const started: number[] = [link.ingestPid]
  let bin: string | undefined
  const clearShaping = async (): Promise<void> => {
    for (const d of delayers) await stopChild(d)
    delayers = []
    run(['ip', 'netns', 'exec', link.clientNs, 'iptables', '-F', 'INPUT'])
    run(['ip', 'netns', 'exec', link.serverNs, 'iptables', '-F', 'INPUT'])
  }
  const shape = async (s: Shaping): Promise<{ ok: true } | { ok: false; reason: string }> => {
    await clearShaping()
    const rate = link.setRate(s.mbit, s.queueMs)
    if (!rate.ok) return rate
    const rules: string[][] = []
    // Loss first: a packet the link loses never reaches the delay line.
    if (s.lossPercent) {
      const p = String(s.lossPercent / 100)
      rules.push([
        link.serverNs,
        '-i',
        link.serverDev,
        '-m',
        'statistic',
        '--mode',
        'random',
        '--probability',
        p,
        '-j',
        'DROP'
      ])
    }
    if (s.delayMs) {
      if (!bin) {
        const c = compileDelayer()
        if (!c.ok) return c
        bin = c.bin
      }
      // --queue-bypass: if a delay line is not (yet, or any more) there, packets pass undelayed.
      for (const [ns, dev] of [
        [link.serverNs, link.serverDev],
        [link.clientNs, link.clientDev]
      ]) {
        rules.push([ns, '-i', dev, '-j', 'NFQUEUE', '--queue-num', '0', '--queue-bypass'])
      }
    }
    for (const [ns, ...rule] of rules) {
      const r = run(['ip', 'netns', 'exec', ns, 'iptables', '-A', 'INPUT', ...rule])
      if (!r.ok) return { ok: false, reason: `iptables ${rule.join(' ')} failed: ${r.err}` }
    }
    if (s.delayMs && bin) {
      for (const ns of [link.serverNs, link.clientNs]) {
        const d = await startDelayer(ns, bin, s.delayMs / 2, (s.jitterMs ?? 0) / 2)
        if (!d) return { ok: false, reason: `the delay line did not start in ${ns}` }
        delayers.push(d)
        if (d.pid !== undefined) started.push(d.pid)
      }
    }
    return { ok: true }
  }
  const runUplink = async (
    plannedKbps: number,
    opts: UplinkOptions = {}
  ): Promise<UplinkResult> => {
    const stream = `quality${plannedKbps}`
    const host = new URL(link.baseUrl).hostname
    const input: UplinkInput = {
      ffmpegPath: '/usr/bin/ffmpeg',
      output: `${link.baseUrl}/live/${signedPublishName(stream, key, txTimeHex(Date.now() / 1000 + 3600))}`,
      plannedKbps,
      stream,
      rttTarget: { host, port: INGEST_PORT }
    }
    const script = `
      const { checkUplink } = require('./src/main/preflight/uplink-check.ts')
      const { input, opts } = JSON.parse(process.env.PP_QUALITY_RUN)
      checkUplink(input, opts).then((r) => console.log('RESULT ' + JSON.stringify(r)))
    `
    // The progress callback cannot cross into the namespaced process: everything else goes.
    const plainOpts = { ...opts, onProgress: undefined }
    const r = await runInNamespace(
      link.clientNs,
      script,
      { PP_QUALITY_RUN: JSON.stringify({ input, opts: plainOpts }) },
      RUN_TIMEOUT_MS
    )
    const line = r.out.split('\n').find((l) => l.startsWith('RESULT '))
    if (!line)
      throw new Error(
        `the uplink run in the namespace printed no result (exit ${r.code}): ${r.err.slice(-2000)}`
      )
    return JSON.parse(line.slice('RESULT '.length)) as UplinkResult
  }
  return {
    ok: true,
    shape,
    runUplink,
    pids: () => [...started],
    remove: async () => {
      await clearShaping()
      await link.remove()
      if (bin) rmSync(bin, { force: true })
    }
  }
}
