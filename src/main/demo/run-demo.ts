/**
 * Demo mode: the whole preflight against a local Tencent-like ingest and DNS server on loopback
 * (the same code the tests use as fixtures), for anyone without a push URL, and as a training
 * tool for support: `fail` reproduces each of Tencent's failure causes end to end, with the real
 * engine, real sockets and a real ffmpeg. Nothing leaves this machine. Plain Node (no electron),
 * so the CLI and the app's "Try the demo" button share it.
 */
import net from 'node:net'
import { locateFfmpeg } from '../preflight/ffmpeg-locate'
import { runPreflight, type PreflightControl, type PreflightDeps } from '../preflight/run-preflight'
import type { PreflightProgress, Report } from '../../shared/report'
import { startDnsServer, type DnsServerFixture, type Zone } from './dns-server'
import { signedPublishName, startPush, txTimeHex, type FfmpegPush } from './ingest-push'
import type { DemoFailure } from './demo-failures'
import { startIngest, type Ingest } from './rtmp-ingest'
import { startSrtIngest } from './srt-ingest'
import { DEMO_TLS_DIR, readDemoTls, startTlsFront } from './tls-front'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export { DEMO_FAILURES, type DemoFailure } from './demo-failures'

/** The demo ingest's push key. Public on purpose: it only opens the loopback demo server. */
export const DEMO_KEY = 'demo-push-key-0123456789abcdef'
/** A key that is not the ingest's: signs the URL of `fail: 'signature'`. */
const DEMO_WRONG_KEY = 'old-push-key-from-another-domain'
/** `.test` is reserved (RFC 2606): these names can never leak to a real resolver's answers. */
const DEMO_PUSH_DOMAIN = 'live.demo.test'
/** A Tencent push name, so the CNAME check recognises the chain as Tencent's. */
const DEMO_TENCENT_TARGET = 'live.demo.test.tlivepush.com'
/**
 * `fail: 'cname'`: a push domain added in the console whose CNAME record was never created at the
 * DNS provider. With no record at all the name does not resolve (NXDOMAIN), as a real one would:
 * the encoder cannot even find an address, so every push fails.
 */
const DEMO_NO_CNAME_DOMAIN = 'nocname.demo.test'
const DEMO_APP = 'live'
const DEMO_STREAM = 'demo'
/** Demo URLs are valid for a day: Tencent's advice (12–24 h), so the healthy run has no warning. */
const DEMO_VALIDITY_SEC = 24 * 3600
/** `fail: 'expiry'`: the URL expired an hour ago. */
const DEMO_EXPIRED_AGO_SEC = 3600
/**
 * `fail: 'uplink'`: the ingest reads each connection at most this fast, kbit/s. Below the default
 * planned 3000 kbit/s, above the test pattern's ~2.1 Mbit/s (measured), so the ordinary test push
 * still works and only the uplink test finds the link too narrow.
 */
export const DEMO_SLOW_UPLINK_KBPS = 2500
/** How long the "other publisher" of `fail: 'stream-in-use'` may run at most, s (killed after). */
const HOLDER_MAX_SECONDS = 600
/** Wait for the other publisher to be accepted before the preflight starts, ms. */
const HOLDER_ACCEPT_TIMEOUT_MS = 10_000
/** Folders searched upwards for resources/ (src/main/demo → repo, out/main → repo, app.asar). */
const RESOURCES_SEARCH_DEPTH = 5
/** Default test push window of the demo, s: short, the demo is about the walkthrough. */
const DEMO_PUSH_SECONDS = 4

/** Options of {@link runDemo}. */
export interface DemoOptions {
  /** The failure to reproduce; a healthy push when left out. */
  fail?: DemoFailure
  /** Test push window, s (default DEMO_PUSH_SECONDS). */
  pushSeconds?: number
  /** Run the uplink test too (always on for `fail: 'uplink'`). */
  uplink?: boolean
  /** Planned bitrate for the uplink test, kbit/s (default: the engine's). */
  plannedKbps?: number
}

/** How the demo is driven: cancel and progress, like runPreflight. */
export interface DemoControl {
  signal?: AbortSignal
  onProgress?: (p: PreflightProgress) => void
  /** Swapped engine checks (tests only). */
  deps?: Partial<PreflightDeps>
}

/** What the demo ran and what it found. */
export interface DemoRun {
  /** The preflight's report, exactly as for a real push URL. */
  report: Report
  failure?: DemoFailure
  /** The local ingest, `127.0.0.1:port`. */
  ingest: string
  /** The local DNS server, `127.0.0.1:port`. */
  dnsServer: string
  /** PIDs of every ffmpeg the demo itself started (all gone when runDemo resolves). */
  helperPids: number[]
}

/** A TCP port on 127.0.0.1 with nothing listening (bound, then closed): connecting is refused. */
async function closedLoopbackPort(): Promise<number> {
  const server = net.createServer()
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve())
  })
  const address = server.address()
  await new Promise<void>((resolve) => server.close(() => resolve()))
  if (address === null || typeof address === 'string') throw new Error('demo: no TCP address')
  return address.port
}

/**
 * The app's resources folder (the demo's TLS material lives there): found upwards from this
 * module, in a checkout (src/main/demo, out/main) and in an installed app, where resources/ is
 * unpacked next to app.asar.
 */
function findResourcesDir(): string | undefined {
  let dir = fileURLToPath(new URL('.', import.meta.url)).replace(
    /app\.asar([\\/])/,
    'app.asar.unpacked$1'
  )
  for (let i = 0; i < RESOURCES_SEARCH_DEPTH; i++) {
    const candidate = path.join(dir, 'resources')
    if (existsSync(path.join(candidate, DEMO_TLS_DIR))) return candidate
    dir = path.dirname(dir)
  }
  return undefined
}

/** The ladder's two other servers of the demo: an RTMPS front and a Tencent-rule SRT ingest. */
interface LadderServers {
  rtmpsPort: number
  srtPort: number
  caPem?: string
  closers: Array<() => Promise<void>>
}

/**
 * RTMPS (a TLS front with the demo certificate, in front of the same RTMP ingest) and SRT (the
 * Tencent-rule SRT listener). `fail: 'network'` has none of them (every protocol is blocked);
 * `'rtmp-blocked'` has both while RTMP's own port is closed.
 */
async function startLadderServers(
  ingestPort: number,
  fail: DemoFailure | undefined
): Promise<LadderServers> {
  const resources = findResourcesDir()
  if (fail === 'network' || resources === undefined) {
    return {
      rtmpsPort: await closedLoopbackPort(),
      srtPort: await closedLoopbackPort(),
      closers: []
    }
  }
  const demoTls = readDemoTls(resources)
  const front = await startTlsFront({
    cert: demoTls.cert,
    key: demoTls.key,
    targetPort: ingestPort
  })
  const srt = await startSrtIngest({ key: DEMO_KEY }).catch(async (err: unknown) => {
    await front.close()
    throw err
  })
  return {
    rtmpsPort: front.port,
    srtPort: srt.port,
    caPem: demoTls.ca,
    closers: [() => front.close(), () => srt.close()]
  }
}

/**
 * The DNS zone: the push domain CNAME'd to a Tencent push name that resolves to 127.0.0.1. The
 * domain without its CNAME is left out on purpose: names not in the zone answer NXDOMAIN.
 */
function demoZone(): Zone {
  return {
    [DEMO_PUSH_DOMAIN]: { cname: DEMO_TENCENT_TARGET },
    [DEMO_TENCENT_TARGET]: { a: ['127.0.0.1'] }
  }
}

/**
 * Run the demo: start the local ingest and DNS, build the push URL for the failure asked for, run
 * the full preflight against it, close everything (no ffmpeg left running) and return the report.
 */
export async function runDemo(opts: DemoOptions = {}, ctl: DemoControl = {}): Promise<DemoRun> {
  const fail = opts.fail
  const nowSec = Date.now() / 1000
  const closers: Array<() => Promise<void>> = []
  const helperPids: number[] = []
  try {
    const ingest: Ingest = await startIngest({
      key: DEMO_KEY,
      readLimitKbps: fail === 'uplink' ? DEMO_SLOW_UPLINK_KBPS : undefined
    })
    closers.push(() => ingest.close())
    const dns: DnsServerFixture = await startDnsServer(demoZone())
    closers.push(() => dns.close())
    const dnsServer = `127.0.0.1:${dns.port}`

    const domain = fail === 'cname' ? DEMO_NO_CNAME_DOMAIN : DEMO_PUSH_DOMAIN
    const ladder = await startLadderServers(ingest.port, fail)
    closers.push(...ladder.closers)
    const port =
      fail === 'network' || fail === 'rtmp-blocked' ? await closedLoopbackPort() : ingest.port
    const txTime = txTimeHex(
      fail === 'expiry' ? nowSec - DEMO_EXPIRED_AGO_SEC : nowSec + DEMO_VALIDITY_SEC
    )
    const signingKey = fail === 'signature' ? DEMO_WRONG_KEY : DEMO_KEY
    const url = `rtmp://${domain}:${port}/${DEMO_APP}/${signedPublishName(DEMO_STREAM, signingKey, txTime)}`

    if (fail === 'stream-in-use' && !ctl.signal?.aborted) {
      // Someone else is already live on this stream: a real ffmpeg publisher, accepted first.
      const info = await (ctl.deps?.locateFfmpeg ?? locateFfmpeg)()
      if (info.code === 'ffmpeg-ok' && info.path) {
        const holder: FfmpegPush = startPush({
          ffmpeg: info.path,
          output: `${ingest.baseUrl}/${DEMO_APP}/${signedPublishName(DEMO_STREAM, DEMO_KEY, txTime)}`,
          seconds: HOLDER_MAX_SECONDS
        })
        helperPids.push(holder.pid)
        closers.push(() => holder.kill())
        // Bounded and cancellable: if the other publisher is not accepted in time (a slow machine)
        // the preflight still runs and reports what it finds, instead of the demo failing.
        const abort = new Promise<void>((resolve) =>
          ctl.signal?.addEventListener('abort', () => resolve(), { once: true })
        )
        await Promise.race([
          ingest.waitForAttempt(
            (a) => a.stream === DEMO_STREAM && a.accepted,
            HOLDER_ACCEPT_TIMEOUT_MS
          ),
          abort
        ]).catch(() => undefined)
      }
    }

    const control: PreflightControl = {
      signal: ctl.signal,
      onProgress: ctl.onProgress,
      deps: ctl.deps
    }
    const report = await runPreflight(
      {
        url: { url },
        keys: { primary: DEMO_KEY },
        dnsServer,
        pushSeconds: opts.pushSeconds ?? DEMO_PUSH_SECONDS,
        // The demo never asks the Internet for the time: its ingest shares this machine's clock.
        clockServer: false,
        uplink: opts.uplink === true || fail === 'uplink',
        plannedKbps: opts.plannedKbps,
        rtmpsPort: ladder.rtmpsPort,
        srtPort: ladder.srtPort,
        caPem: ladder.caPem
      },
      control
    )
    return { report, failure: fail, ingest: `127.0.0.1:${ingest.port}`, dnsServer, helperPids }
  } finally {
    // Reverse order: the other publisher first, then the servers.
    for (const close of closers.reverse()) await close().catch(() => undefined)
  }
}
