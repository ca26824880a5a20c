/**
 * Time to verdict: the engine vs a plain, hand-typed ffmpeg push, scenario by scenario, against
 * real loopback servers. Run with `npm run bench`
 * (`tsx bench/preflight.bench.ts`). Not a test: it prints a Markdown table (for the README), the
 * machine facts and each engine run's phase timeline. Bounded: every ffmpeg is killed at
 * PLAIN_CAP_MS, every server closed, the network namespace deleted, and a global deadline kills
 * whatever is left.
 *
 * Network: loopback only, plus a network namespace made here for the filtered port.
 */
import { spawn, spawnSync } from 'node:child_process'
import { cpus, platform, release } from 'node:os'
import { performance } from 'node:perf_hooks'
import { PUSH_DEFAULT_SECONDS } from '../src/main/preflight/constants'
import { locateFfmpeg } from '../src/main/preflight/ffmpeg-locate'
import type { PreflightOptions } from '../src/main/preflight/run-preflight'
import { startDnsServer, type DnsServerFixture, type Zone } from '../test/fixtures/dns-server'
import { startIngest, type Ingest, type IngestStyle } from '../test/fixtures/rtmp-ingest'
import { signedPublishName, startPush, txTimeHex } from '../test/fixtures/rtmp-ingest-push'
import { closedPort, startTcp } from '../test/main/preflight/rtmp-test-servers'
import { measureEngine, type EngineRun } from './engine-run'
import { pidAlive } from '../test/fixtures/rtmp-ingest-push'
import { makeFilteredNamespace } from '../test/helpers/netns'
import { runPlainFfmpeg, tellingLine, type PlainFfmpegRun } from './plain-ffmpeg'

/** Hand-typed ffmpeg is killed after this long ("never" exits on its own). */
const PLAIN_CAP_MS = 20_000
/** The whole bench must end well within 3 minutes; past this everything is killed. */
const GLOBAL_DEADLINE_MS = 175_000
const KEY = 'bench-push-key-0123456789abcdef'
const WRONG_KEY = 'not-the-push-key'
const STREAM = 'show'
const HOST = 'push.bench.test'
const ZONE: Zone = {
  [HOST]: { cname: 'bench-ingest.tlivepush.com' },
  'bench-ingest.tlivepush.com': { a: ['127.0.0.1'] }
}
const NS = `pfbench${process.pid}`

// ── bookkeeping so nothing outlives the bench ────────────────────────────────────────────────
const livePids = new Set<number>()
const cleanups = new Set<() => Promise<void>>()
function track(pid: number, done: Promise<unknown>): void {
  livePids.add(pid)
  void done.then(() => livePids.delete(pid))
}
function killAll(): void {
  for (const pid of livePids) {
    try {
      process.kill(pid, 'SIGKILL')
    } catch {
      // already gone
    }
  }
  spawnSync('ip', ['netns', 'del', NS], { timeout: 5000 })
}
const deadline = setTimeout(() => {
  process.stderr.write(
    `bench: global deadline ${GLOBAL_DEADLINE_MS} ms passed, killing everything\n`
  )
  killAll()
  process.exit(1)
}, GLOBAL_DEADLINE_MS)

/** Run `fn` with a resource, closing it afterwards whatever happens. */
async function using<T extends { close: () => Promise<void> }, R>(
  res: T,
  fn: (r: T) => Promise<R>
): Promise<R> {
  const close = (): Promise<void> => res.close()
  cleanups.add(close)
  try {
    return await fn(res)
  } finally {
    cleanups.delete(close)
    await res.close()
  }
}

// ── scenario plumbing ────────────────────────────────────────────────────────────────────────
interface Target {
  label: string
  met: (r: EngineRun) => boolean
  /** Which number the target is about. */
  measure: 'total' | 'after-publish'
}
const within =
  (ms: number, measure: Target['measure'] = 'total'): Target['met'] =>
  (r) => {
    const v = measure === 'total' ? r.totalMs : r.afterPublishMs
    return v !== undefined && v <= ms
  }

interface Row {
  scenario: string
  engine?: EngineRun
  engineSkipped?: string
  target: Target
  plain?: PlainFfmpegRun
  plainSkipped?: string
  plainUrl?: string
  telling?: RegExp
  /** Shown instead of yes/no (healthy: nothing to name). */
  tellingNote?: string
}
const rows: Row[] = []

/** `txSecret=…&txTime=…` publish name signed with `key`, valid until `txTimeSec`. */
function publishName(key: string, txTimeSec: number): string {
  return signedPublishName(STREAM, key, txTimeHex(txTimeSec))
}
const nowSec = (): number => Math.floor(Date.now() / 1000)

function engineOpts(
  port: number,
  name: string,
  dns: DnsServerFixture,
  key?: string
): PreflightOptions {
  return {
    url: { url: `rtmp://${HOST}:${port}/live/${name}` },
    keys: key ? { primary: key } : undefined,
    dnsServer: `127.0.0.1:${dns.port}`
  }
}

/**
 * One scenario: the engine (with and, if asked, without the key) and the plain ffmpeg. Concurrent
 * where they cannot disturb each other (the engine's numbers are its own either way); sequential
 * for the healthy push, where two encoders would share the CPUs.
 */
async function scenario(opts: {
  name: string
  target: Target
  telling?: RegExp
  tellingNote?: string
  port: number
  publishName: string
  dns: DnsServerFixture
  ffmpeg: string
  variants: Array<{ label: string; key?: string }>
  sequential?: boolean
}): Promise<void> {
  process.stderr.write(`bench: ${opts.name} …\n`)
  const plainUrl = `rtmp://127.0.0.1:${opts.port}/live/${opts.publishName}`
  const plainRun = (): Promise<PlainFfmpegRun> =>
    runPlainFfmpeg(opts.ffmpeg, plainUrl, PLAIN_CAP_MS, [], track)
  const engineRun = (key?: string): Promise<EngineRun> =>
    measureEngine(engineOpts(opts.port, opts.publishName, opts.dns, key))
  let plain: PlainFfmpegRun
  const engines: EngineRun[] = []
  if (opts.sequential) {
    for (const v of opts.variants) engines.push(await engineRun(v.key))
    plain = await plainRun()
  } else {
    const plainP = plainRun()
    for (const v of opts.variants) engines.push(await engineRun(v.key))
    plain = await plainP
  }
  opts.variants.forEach((v, i) =>
    rows.push({
      scenario: `${opts.name}${v.label}`,
      engine: engines[i],
      target: opts.target,
      plain,
      plainUrl,
      telling: opts.telling,
      tellingNote: opts.tellingNote
    })
  )
}

/** The engine inside the namespace (a child process), its own clock. */
async function engineInNamespace(url: string, key: string): Promise<EngineRun> {
  const input = JSON.stringify({ zone: ZONE, url, key })
  const args = [
    'netns',
    'exec',
    NS,
    process.execPath,
    '--import',
    'tsx',
    'bench/filtered-engine-child.ts',
    input
  ]
  const child = spawn('ip', args, { cwd: process.cwd(), stdio: ['ignore', 'pipe', 'pipe'] })
  let out = ''
  let err = ''
  child.stdout.on('data', (d) => (out += d))
  child.stderr.on('data', (d) => (err += d))
  const done = new Promise<number | null>((r) => child.on('close', r))
  if (child.pid !== undefined) track(child.pid, done)
  const killer = setTimeout(() => child.kill('SIGKILL'), 30_000)
  const code = await done
  clearTimeout(killer)
  if (code !== 0) throw new Error(`engine in namespace exited ${code}: ${err.trim()}`)
  return JSON.parse(out.trim().split('\n').pop() ?? '{}') as EngineRun
}

async function filteredScenario(ffmpeg: string, target: Target): Promise<void> {
  process.stderr.write('bench: filtered port …\n')
  const telling = /timed out|timeout/i
  const ns = makeFilteredNamespace(NS)
  const skipped = ns.ok ? undefined : ns.reason
  if (skipped) {
    rows.push({
      scenario: 'filtered port (DROP)',
      engineSkipped: skipped,
      target,
      plainSkipped: skipped
    })
    return
  }
  try {
    const name = publishName(KEY, nowSec() + 86_400)
    const plainUrl = `rtmp://127.0.0.1:1935/live/${name}`
    const plainP = runPlainFfmpeg(
      ffmpeg,
      plainUrl,
      PLAIN_CAP_MS,
      ['ip', 'netns', 'exec', NS],
      track
    )
    const engine = await engineInNamespace(`rtmp://${HOST}:1935/live/${name}`, KEY)
    const plain = await plainP
    rows.push({ scenario: 'filtered port (DROP)', engine, target, plain, plainUrl, telling })
  } finally {
    spawnSync('ip', ['netns', 'del', NS], { timeout: 5000 })
  }
}

// ── formatting ───────────────────────────────────────────────────────────────────────────────
const sec = (ms: number | undefined): string =>
  ms === undefined ? '—' : `${(ms / 1000).toFixed(2)} s`
const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/`/g, "'")

function tableLine(r: Row): string {
  const e = r.engine
  const engineCell = e ? `${e.verdict} · ${e.topCause}` : `skipped: ${r.engineSkipped}`
  let timeCell = '—'
  if (e) {
    timeCell = sec(e.totalMs)
    if (r.target.measure === 'after-publish')
      timeCell += ` (${sec(e.afterPublishMs)} after publish)`
  }
  const met = e ? (r.target.met(e) ? 'yes' : '**no**') : '—'
  let plainTime = r.plainSkipped ? `skipped: ${r.plainSkipped}` : '—'
  let names = '—'
  if (r.plain) {
    const p = r.plain
    plainTime =
      p.exitMs !== undefined
        ? `${sec(p.exitMs)} (exit ${p.code})`
        : `never (killed at ${PLAIN_CAP_MS / 1000} s)`
    const secrets = { keys: [KEY, WRONG_KEY] }
    // What a human could read while waiting counts; lines printed because we killed it do not.
    const before = tellingLine(
      p.stderr.slice(0, p.stderrBeforeKill),
      r.plainUrl ?? '',
      r.telling,
      secrets
    )
    const all = tellingLine(p.stderr, r.plainUrl ?? '', r.telling, secrets)
    if (r.tellingNote) names = r.tellingNote
    else if (before.names) names = `yes: '${before.line}'`
    else if (before.line) names = `no: '${before.line}'`
    else if (all.line) names = `no (silent until killed; then '${all.line}')`
    else names = 'no (no error printed)'
  }
  const cells = [r.scenario, engineCell, timeCell, r.target.label, met, plainTime, names]
  return `| ${cells.map(cell).join(' | ')} |`
}

function phaseLine(r: Row): string | undefined {
  if (!r.engine) return undefined
  const ps = r.engine.phases
    .map((p) => {
      const end = p.endMs === undefined ? '?' : Math.round(p.endMs)
      return `${p.phase} ${Math.round(p.startMs)}–${end}${p.code ? ` (${p.code})` : ''}`
    })
    .join(' · ')
  const causes = r.engine.causes.join(', ') || '—'
  return `- ${r.scenario}: ${ps}; verdict at ${Math.round(r.engine.totalMs)} ms; causes: ${causes}`
}

// ── main ─────────────────────────────────────────────────────────────────────────────────────
async function main(): Promise<void> {
  const t0 = performance.now()
  const info = await locateFfmpeg()
  if (!info.path || info.code !== 'ffmpeg-ok') throw new Error(`no usable ffmpeg: ${info.code}`)
  const ffmpeg = info.path
  const future = nowSec() + 86_400
  const window = PUSH_DEFAULT_SECONDS

  await using(await startDnsServer(ZONE), async (dns) => {
    const withIngest = <R>(style: IngestStyle, fn: (i: Ingest) => Promise<R>): Promise<R> =>
      startIngest({ key: KEY, style }).then((i) => using(i, fn))

    // healthy
    await withIngest('nms', (ingest) =>
      scenario({
        name: 'healthy',
        target: { label: `≤ ${window} + 3 s`, met: within((window + 3) * 1000), measure: 'total' },
        tellingNote: 'n/a (pushes until stopped)',
        port: ingest.port,
        publishName: publishName(KEY, future),
        dns,
        ffmpeg,
        variants: [{ label: '', key: KEY }],
        sequential: true
      })
    )

    // refused
    const refusedPort = await closedPort()
    await scenario({
      name: 'refused port',
      target: { label: '≤ 1 s', met: within(1000), measure: 'total' },
      telling: /connection refused/i,
      port: refusedPort,
      publishName: publishName(KEY, future),
      dns,
      ffmpeg,
      variants: [{ label: '', key: KEY }]
    })

    // filtered (own namespace, own DNS server inside it)
    await filteredScenario(ffmpeg, { label: '≤ 6 s', met: within(6000), measure: 'total' })

    // silent: accepts TCP, never answers
    await using(await startTcp(() => undefined), (silent) =>
      scenario({
        name: 'silent server',
        target: { label: '≤ 6 s (plain ffmpeg: never)', met: within(6000), measure: 'total' },
        telling: /timed out|timeout|no response/i,
        port: silent.port,
        publishName: publishName(KEY, future),
        dns,
        ffmpeg,
        variants: [{ label: '', key: KEY }]
      })
    )

    const rejected: Target = {
      label: '≤ 3 s after publish',
      met: within(3000, 'after-publish'),
      measure: 'after-publish'
    }
    const bothKeys = [
      { label: ', no key', key: undefined },
      { label: ', with key', key: KEY }
    ]

    // rejected: bad signature, nms style (Publish.Start, then closed)
    await withIngest('nms', (ingest) =>
      scenario({
        name: 'rejected: bad signature (nms)',
        target: rejected,
        telling: /signature|txsecret|unauthori[sz]ed|forbidden|denied|auth/i,
        port: ingest.port,
        publishName: publishName(WRONG_KEY, future),
        dns,
        ffmpeg,
        variants: bothKeys
      })
    )

    // rejected: in use, nginx style ("Already publishing"); a holder publishes the real name
    await withIngest('nginx', async (ingest) => {
      const name = publishName(KEY, future)
      const holder = startPush({ ffmpeg, output: `${ingest.baseUrl}/live/${name}`, seconds: 120 })
      track(holder.pid, holder.done)
      try {
        await ingest.waitForAttempt((a) => a.accepted && a.stream === STREAM, 10_000)
        await scenario({
          name: 'rejected: in use (nginx)',
          target: rejected,
          telling: /already publishing|in use/i,
          port: ingest.port,
          publishName: name,
          dns,
          ffmpeg,
          variants: bothKeys
        })
      } finally {
        await holder.kill()
      }
      if (pidAlive(holder.pid)) throw new Error(`holder ffmpeg ${holder.pid} still alive`)
    })

    // expired URL (nms ingest rejects it)
    await withIngest('nms', (ingest) =>
      scenario({
        name: 'expired URL',
        target: rejected,
        telling: /expired|txtime/i,
        port: ingest.port,
        publishName: publishName(KEY, nowSec() - 3600),
        dns,
        ffmpeg,
        variants: bothKeys
      })
    )
  })

  const cpu = cpus()
  const out: string[] = []
  const head = ['scenario', 'engine verdict · top cause', 'engine time', 'target', 'met?']
  head.push('plain ffmpeg exit', 'ffmpeg names the cause?')
  out.push(`| ${head.join(' | ')} |`)
  out.push('|---|---|---|---|---|---|---|')
  for (const r of rows) out.push(tableLine(r))
  out.push('')
  out.push(
    `Machine: ${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}, ` +
      `${platform()} ${release()}, Node ${process.version}, ` +
      `${info.version ?? 'ffmpeg ?'} (${info.source}); push window ${window} s (default); ` +
      `plain ffmpeg capped at ${PLAIN_CAP_MS / 1000} s; everything on loopback.`
  )
  out.push('')
  out.push('Engine phase timelines (ms since the run started):')
  for (const r of rows) {
    const l = phaseLine(r)
    if (l) out.push(l)
  }
  out.push('')
  out.push(`Bench total: ${sec(performance.now() - t0)}`)
  process.stdout.write(out.join('\n') + '\n')
  for (const pid of livePids) if (pidAlive(pid)) throw new Error(`process ${pid} still alive`)
}

main()
  .then(
    () => 0,
    async (e: unknown) => {
      process.stderr.write(
        `bench failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`
      )
      for (const c of cleanups) await c().catch(() => undefined)
      killAll()
      return 1
    }
  )
  .then((code) => {
    clearTimeout(deadline)
    // NMS/dns2 keep nothing alive after close, but exit explicitly so a stray handle cannot stall.
    process.exit(code)
  })
