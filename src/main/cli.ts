/**
 * The headless CLI over the same engine as the app: `push-preflight check <url>` and
 * `push-preflight generate …`. Exit codes: 0 ready or warnings, 1 not ready, 2 bad input or
 * options (one line on stderr), 130 cancelled (Ctrl-C; ffmpeg is stopped first).
 */
import { readFileSync, statSync } from 'node:fs'
import i18next, { type TFunction } from 'i18next'
import pkg from '../../package.json'
import { describeParse, type DescribeContext } from '../shared/describe'
import { I18N_OPTIONS, pickLanguage, timeWordsFor, type Language } from '../shared/i18n'
import { formatList } from '../shared/list-format'
import type { PreflightProgress, Report } from '../shared/report'
import { formatReportText, verdictKey } from '../shared/report-text'
import { shareableReport } from '../shared/share-report'
import {
  DEMO_FAILURES,
  LANGUAGES,
  pickRunOptions,
  PLANNED_KBPS,
  PUSH_SECONDS
} from '../shared/options'
import {
  parseCliArgs,
  type CheckOptions,
  type DemoCliOptions,
  type GenerateOptions,
  type WatchCliOptions
} from './cli-args'
import { uplinkQualityExplainLines } from '../shared/uplink-quality-text'
import { shareLinkFor } from './cli-link'
import { runDemo } from './demo/run-demo'
import { runPreflight, type PreflightControl } from './preflight/run-preflight'
import { qualityThresholdParams } from './preflight/uplink-quality'
import { generatePushUrl } from './preflight/url-generator'
import { parsePushUrl } from './preflight/url-parse'
import type { PushUrl } from '../shared/push-url'
import { formatDuration } from '../shared/format-time'
import { nextClockTime } from '../shared/watch'
import { watchRoundLine, type WatchTextContext } from '../shared/watch-text'
import { realWatchDeps, watch, type WatchDeps } from './preflight/watch'

/** Where the CLI reads and writes; tests pass their own. */
export interface CliIo {
  stdout: (s: string) => void
  stderr: (s: string) => void
  env: Record<string, string | undefined>
  /** Subscribe to Ctrl-C; returns an unsubscribe. */
  onInterrupt: (handler: () => void) => () => void
  /** Swap engine dependencies (tests only). */
  engine?: PreflightControl['deps']
  /** Swap watch dependencies (tests only). */
  watchEngine?: Partial<WatchDeps>
}

/** The process's own streams, environment and signals. */
export const realIo: CliIo = {
  stdout: (s) => void process.stdout.write(s),
  stderr: (s) => void process.stderr.write(s),
  env: process.env,
  onInterrupt: (handler) => {
    process.on('SIGINT', handler)
    process.on('SIGTERM', handler)
    return () => {
      process.off('SIGINT', handler)
      process.off('SIGTERM', handler)
    }
  }
}

/** Exit codes (documented in --help and the README). */
export const EXIT = { ok: 0, notReady: 1, badInput: 2, internal: 3, cancelled: 130 } as const

/** The `--help` text. */
export const HELP = `push-preflight ${pkg.version} — will my RTMP push work from here? If not: why, and what to do.

Usage:
  push-preflight check <push-url> [options]       (rtmp://, rtmps:// or srt://)
  push-preflight check --server <url> --stream-key <key> [options]     (OBS's two fields)
  push-preflight watch <push-url> [--every 5m] [--count N] [--key K] [--until HH:MM] [--json]
  push-preflight check '<support-link>' --url-query 'txSecret=…&txTime=…' [options]
  push-preflight check '<support-link>' '<your-push-url>' [options]
  push-preflight generate --domain D [--app live] --stream S --key K [--hours 24] [--sha256] [--json]
  push-preflight demo [--fail ${DEMO_FAILURES.join('|')}]
                      [--uplink] [--bitrate KBPS] [--push-seconds N] [--json] [--lang ${LANGUAGES.join('|')}]

check options:
  --key K               push key (primary). Never leaves this machine, never printed.
  --backup-key K        backup push key.
                        Keys can also come from PUSH_PREFLIGHT_KEY / PUSH_PREFLIGHT_BACKUP_KEY.
  --auth-delta SECONDS  the key's AuthDelta (extra validity after txTime).
  --show-hours H        planned show length: warns when the URL expires before it ends.
  --dns HOST[:PORT]     ask this DNS server instead of the system's (IP address).
  --push-seconds N      length of the test push (default ${PUSH_SECONDS.default}, at most ${PUSH_SECONDS.max}).
  --no-push             no media push: URL, DNS, port, handshake and a publish-only probe.
  --push-real-stream    without a key: push the test pattern to the REAL stream name
                        (viewers would see it). With a key the test push always goes to a
                        separate probe stream <stream>_preflight_<random>.
  --no-real-probe       use while this stream is LIVE. Normally the check asks the server to
                        publish your real stream name (handshake, connect, publish, then close
                        before any media) to hear what it says about that name. Some ingests let
                        a new publisher replace the live one, so that probe could cut a running
                        show: with this flag nothing is sent to the real name, and whether the
                        server would accept a new push to it stays unknown.
  --uplink              after the test push, measure the upload: a clip at the planned bitrate
                        pushed to another probe stream for ~13 s (needs --key).
  --bitrate KBPS        planned bitrate for --uplink in kbit/s (default ${PLANNED_KBPS.default},
                        ${PLANNED_KBPS.min} to ${PLANNED_KBPS.max}).
  --transports LIST     ways to push to try, comma-separated (default rtmp,rtmps,srt): when
                        TCP 1935 is blocked, RTMPS (TLS, TCP 443) or SRT (UDP 9000) may work.
  --rtmps-port N        RTMPS port when the URL names none (default 443).
  --srt-port N          SRT port when the URL names none (default 9000).
  --ca FILE             also trust this CA certificate (PEM) for RTMPS.
  --full-urls           print the ready URLs and OBS fields of the protocols that work with
                        their txSecret (redacted otherwise; do not paste that output anywhere).
  --api-secret-id ID    Tencent API credentials (or TENCENTCLOUD_SECRET_ID / _SECRET_KEY in the
  --api-secret-key KEY  environment): the check then asks Tencent's CSS API whether the stream is
                        live or disabled (before probing it), why its pushes of the last hour
                        stopped, and what the ingest received from the test push. Never printed.
  --api-endpoint URL    the API's address (default https://live.tencentcloudapi.com).
  --api-region REGION   the API region, when your account needs one (e.g. ap-guangzhou).
  --clock-server HOST   compare this computer's clock with HOST's (HTTPS Date header);
                        default live.tencentcloudapi.com (not asked when the ingest is local).
  --no-clock            skip the clock comparison.
  --json                print exactly the report as JSON on stdout, nothing else.
  --include-host-name   put this computer's host name in the report (left out by default, as
                        it often names its user); paths under your home folder are written ~.
  --lang ${LANGUAGES.join('|').padEnd(14)}language of the human output.
  --share-link          print the support link of this check (push domain, AppName, stream name
                        and the options above that a link carries; never txSecret, txTime or a
                        key) instead of running it. Not with --key, --dns, --ca or other local
                        settings. --json prints {"link": …}.

Support links: push-preflight://check?domain=…&app=…&stream=…&… fills in the check; the link
holds no secret, so add your own signature: --url-query 'txSecret=…&txTime=…' (the part after ?
in your push URL) or your full push URL after the link. Options typed on the command line win
over the link's. A link that carries a secret is refused.

watch options (a light check repeated until --count rounds or Ctrl-C):
  --every TIME          time between rounds: 30s, 5m, 1h (default 5m, at least 1s).
  --count N             stop after N rounds (default: until Ctrl-C).
  --key K, --backup-key K   with a key each round also asks the server to accept a separate
                        probe stream <stream>_preflight_<random> (no media). The real stream name
                        is never touched: it may be live by then.
  --until HH:MM         when the show ends (local time): warns if the URL expires before.
  --show-hours H        the same as a length from now.
  --auth-delta, --dns, --lang   as for check.
  --json                one JSON object per round and line, nothing else.
  Each round: DNS, TCP connect time to the ingest port (median of 3), RTMP handshake, and the
  URL's expiry countdown. Alerts: network changed, push domain resolves elsewhere, port closed,
  connect time 3x the first round's, URL expires before the show ends / within the hour / expired.
  Exit: 130 on Ctrl-C, otherwise 1 when the last round failed, 0 when it did not.

demo: the full check against a local Tencent-like ingest and DNS server on this computer (no
account, nothing sent anywhere); --fail reproduces one failure end to end.

What it does: parses and checks the URL offline (expiry, signature, txHost), resolves the push
domain's CNAME chain, probes TCP and the RTMP handshake, asks the server to publish your stream
name without sending media, then pushes a real test pattern with ffmpeg and names the cause of any
failure: cname, network, expiry, signature, stream-in-use, stream-dropped, uplink, ffmpeg.

Exit codes: 0 ready or warnings · 1 not ready · 2 bad input or options · 130 cancelled (Ctrl-C).
Put the URL in quotes: a shell splits it at '&'.
`

function makeT(lang: string): TFunction {
  const inst = i18next.createInstance()
  void inst.init({
    ...I18N_OPTIONS,
    lng: pickLanguage(lang),
    initAsync: false,
    showSupportNotice: false
  })
  return inst.t.bind(inst)
}

/** Pad to a terminal width: CJK characters take two columns. */
function padColumns(s: string, width: number): string {
  const cols = [...s].reduce(
    (n, ch) =>
      n +
      (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(
        ch
      )
        ? 2
        : 1),
    0
  )
  return s + ' '.repeat(Math.max(0, width - cols))
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim()
}

/** The test push's live numbers: "2.0 s sent, 2108 kbit/s, speed 0.98×", in the UI language. */
function pushLiveLine(
  t: TFunction,
  lang: Language,
  push: NonNullable<PreflightProgress['push']>
): string {
  const parts = [t('cli.push-time', { time: push.timeSec.toFixed(1) })]
  if (push.kbps !== undefined) parts.push(`${Math.round(push.kbps)} kbit/s`)
  if (push.speed !== undefined) parts.push(t('cli.push-speed', { speed: push.speed.toFixed(2) }))
  return formatList(parts, lang)
}

/**
 * One line per finished phase, and the test push's live numbers. The result code closes an
 * English line (support agents search for it); a translated line leaves it out, since it would
 * be English words in the middle of the text — it stays in --json and the saved report.
 */
function progressPrinter(io: CliIo, t: TFunction, lang: Language): (p: PreflightProgress) => void {
  let lastSampleAt = -Infinity
  return (p) => {
    const name = t(`phase.${p.phase}`)
    if (p.state === 'running') {
      // The uplink test pushes to a test stream too: same live lines.
      if ((p.phase === 'push' || p.phase === 'uplink') && p.push) {
        // One line every 2 s is enough to see the push is alive.
        if (p.atMs - lastSampleAt < 2000) return
        lastSampleAt = p.atMs
        io.stdout(`    ${pushLiveLine(t, lang, p.push)}\n`)
      } else if ((p.phase === 'push' || p.phase === 'uplink') && p.stream) {
        // Without a stream name this is the publish-only probe of the test stream: no media.
        const line = t('report.label', {
          label: name,
          value: t('cli.test-not-live', { stream: p.stream })
        })
        io.stdout(`  … ${line}\n`)
      }
      return
    }
    const mark =
      p.state === 'pass' ? '✓' : p.state === 'warn' ? '!' : p.state === 'fail' ? '✕' : '–'
    const ms = t('ui.run.ms', { ms: String(p.atMs).padStart(6) })
    const code = lang === 'en' && p.code ? `  ${p.code}` : ''
    io.stdout(`  ${mark} ${padColumns(name, 20)} ${ms}${code}\n`)
  }
}

/** Run `work` with a signal that Ctrl-C (SIGINT/SIGTERM) aborts; unsubscribes when it settles. */
async function withInterrupt<T>(io: CliIo, work: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController()
  const unsubscribe = io.onInterrupt(() => controller.abort())
  try {
    return await work(controller.signal)
  } finally {
    unsubscribe()
  }
}

async function runCheck(o: CheckOptions, io: CliIo): Promise<number> {
  const t = makeT(o.lang ?? 'en')
  // Bad input is exit 2 with one line, before anything is dialled.
  const parsed = parsePushUrl(o.url)
  if (!parsed.ok) {
    const d = describeParse(parsed)
    io.stderr(`push-preflight: ${oneLine(t(d.key, d.params))}\n`)
    return EXIT.badInput
  }
  if (o.shareLink) return printShareLink(parsed.url, o, io)
  const caPem = o.caFile === undefined ? undefined : readCaFile(o.caFile)
  if (caPem !== undefined && !caPem.ok) {
    io.stderr(`push-preflight: ${caPem.error}\n`)
    return EXIT.badInput
  }
  if (!o.json) io.stdout(`${t('ui.title')} — ${parsed.url.host}:${parsed.url.port}\n`)
  const report = await withInterrupt(io, (signal) =>
    runPreflight(
      // Every check option as parsed; the URL, keys, clock server and CA by name.
      {
        ...pickRunOptions(o),
        url: o.url,
        keys: { primary: o.key, backup: o.backupKey },
        clockServer: o.clockServer,
        caPem: caPem?.pem,
        tencentApi: o.tencentApi
      },
      {
        signal,
        onProgress: o.json ? undefined : progressPrinter(io, t, pickLanguage(o.lang ?? 'en')),
        deps: io.engine
      }
    )
  )
  // The whole URLs only when asked: terminal output ends up in logs and chats.
  return printReport(report, o, io, t, o.fullUrls ? parsed.url : undefined)
}

/** `--share-link`: the support link of this check on stdout (JSON with --json), nothing run. */
function printShareLink(url: PushUrl, o: CheckOptions, io: CliIo): number {
  const s = shareLinkFor(url, o)
  if (!s.ok) {
    io.stderr(`push-preflight: ${s.error}\n`)
    return EXIT.badInput
  }
  io.stdout(o.json ? JSON.stringify({ link: s.link }) + '\n' : s.link + '\n')
  return EXIT.ok
}

/** Largest CA file accepted, bytes: a bundle of a few hundred certificates is ~250 KB. */
const MAX_CA_FILE_BYTES = 1024 * 1024

/** Reads `--ca FILE`: PEM certificates, or one line saying what is wrong with the file. */
function readCaFile(path: string): { ok: true; pem: string } | { ok: false; error: string } {
  let text: string
  try {
    const st = statSync(path)
    if (!st.isFile()) return { ok: false, error: `--ca ${path}: not a file` }
    if (st.size > MAX_CA_FILE_BYTES)
      return {
        ok: false,
        error: `--ca ${path}: larger than ${MAX_CA_FILE_BYTES} bytes, not a CA file`
      }
    text = readFileSync(path, 'utf8')
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? 'unreadable'
    return { ok: false, error: `--ca ${path}: cannot read it (${code})` }
  }
  if (!text.includes('-----BEGIN CERTIFICATE-----')) {
    return {
      ok: false,
      error: `--ca ${path}: no PEM certificate in it (expected -----BEGIN CERTIFICATE-----)`
    }
  }
  return { ok: true, pem: text }
}

/** The report as JSON or text, and the exit code (shared by check and demo). */
function printReport(
  full: Report,
  o: { json: boolean; lang?: string; includeHostName?: boolean },
  io: CliIo,
  t: TFunction,
  url?: PushUrl
): number {
  const report = shareableReport(full, { includeHostName: o.includeHostName === true })
  if (o.json) {
    io.stdout(JSON.stringify(report, null, 2) + '\n')
  } else {
    const lang = pickLanguage(o.lang ?? 'en')
    const ctx: DescribeContext = { now: Date.now(), locale: lang, words: timeWordsFor(lang), t }
    // With --full-urls the ready URLs are shown whole (rebuilt from the user's own input); the
    // report itself, and every saved copy of it, keeps them redacted.
    io.stdout('\n' + formatReportText(report, ctx, { fullUrl: url }))
    // The uplink's quality lines are in the report; how they are graded follows it, here only.
    if (report.checks.uplink?.evidence.quality) {
      const explain = uplinkQualityExplainLines(t, qualityThresholdParams())
      io.stdout(`\n${t('uplink.quality.title')}:\n${explain.map((l) => `  ${l}`).join('\n')}\n`)
    }
  }
  if (report.cancelled) {
    if (!o.json) io.stderr(`push-preflight: ${t(verdictKey(report))}\n`)
    return EXIT.cancelled
  }
  return report.verdict === 'not-ready' ? EXIT.notReady : EXIT.ok
}

async function runDemoCommand(o: DemoCliOptions, io: CliIo): Promise<number> {
  const t = makeT(o.lang ?? 'en')
  if (!o.json) {
    io.stdout(`${t('ui.title')} — ${t('demo.banner')}\n`)
    // The scenario by its name on the app's demo list, not by its English id.
    io.stdout(
      `${o.fail ? t('demo.failure', { failure: t(`ui.demo.case.${o.fail}`) }) : t('demo.healthy')}\n`
    )
  }
  const run = await withInterrupt(io, (signal) =>
    runDemo(
      { fail: o.fail, pushSeconds: o.pushSeconds, uplink: o.uplink, plannedKbps: o.plannedKbps },
      {
        signal,
        onProgress: o.json ? undefined : progressPrinter(io, t, pickLanguage(o.lang ?? 'en')),
        deps: io.engine
      }
    )
  )
  return printReport(run.report, o, io, t)
}

function runGenerate(o: GenerateOptions, io: CliIo): number {
  const t = makeT('en')
  const r = generatePushUrl({
    domain: o.domain,
    app: o.app,
    stream: o.stream,
    key: o.key,
    expiresAt: Date.now() + o.hours * 3600_000,
    algorithm: o.algorithm
  })
  if (!r.ok) {
    io.stderr(`push-preflight: ${oneLine(t(r.code))}\n`)
    return EXIT.badInput
  }
  if (o.json)
    io.stdout(
      JSON.stringify({ url: r.url, txTime: r.txTime, warnShort: r.warnShort }, null, 2) + '\n'
    )
  else {
    io.stdout(r.url + '\n')
    if (r.warnShort) io.stderr(`push-preflight: ${t('ui.gen.short')}\n`)
  }
  return EXIT.ok
}

/** The show's planned end from `--until` or `--show-hours`, ms since epoch. */
function showEndAt(o: WatchCliOptions, now: number): number | undefined {
  if (o.until !== undefined) return nextClockTime(o.until, now)
  return o.showLengthSec === undefined ? undefined : now + o.showLengthSec * 1000
}

/** `push-preflight watch`: one line (or JSON line) per round until --count or Ctrl-C. */
async function runWatch(o: WatchCliOptions, io: CliIo): Promise<number> {
  const lang = pickLanguage(o.lang ?? 'en')
  const t = makeT(lang)
  const parsed = parsePushUrl(o.url)
  if (!parsed.ok) {
    const d = describeParse(parsed)
    io.stderr(`push-preflight: ${oneLine(t(d.key, d.params))}\n`)
    return EXIT.badInput
  }
  const ctx: WatchTextContext = { t, words: timeWordsFor(lang), locale: lang }
  if (!o.json) {
    const every = formatDuration(o.everyMs, ctx.words)
    const params = {
      host: parsed.url.host,
      port: parsed.url.port,
      every: o.everyMs < 60_000 ? t('watch.every-seconds', { n: o.everyMs / 1000 }) : every,
      count: o.count ?? 0
    }
    io.stdout(`${t(o.count === undefined ? 'watch.start' : 'watch.start-count', params)}\n`)
  }
  let last: string | undefined
  const summary = await withInterrupt(io, (signal) =>
    watch(
      {
        url: o.url,
        keys: { primary: o.key, backup: o.backupKey },
        everyMs: o.everyMs,
        count: o.count,
        dnsServer: o.dnsServer,
        authDeltaSec: o.authDeltaSec,
        showEndAt: showEndAt(o, Date.now())
      },
      { ...realWatchDeps, ...io.watchEngine },
      signal,
      (round) => {
        last = round.verdict
        io.stdout((o.json ? JSON.stringify(round) : watchRoundLine(round, ctx)) + '\n')
      }
    )
  )
  if (summary.stopped) {
    if (!o.json) io.stderr(`push-preflight: ${t('watch.stopped', { rounds: summary.rounds })}\n`)
    return EXIT.cancelled
  }
  return last === 'fail' ? EXIT.notReady : EXIT.ok
}

/** Run the CLI; resolves to the exit code. Never throws for bad input. */
export async function main(argv: readonly string[], io: CliIo = realIo): Promise<number> {
  const parsed = parseCliArgs(argv, io.env)
  if (!parsed.ok) {
    io.stderr(`push-preflight: ${parsed.error}\n`)
    return EXIT.badInput
  }
  const cmd = parsed.value
  switch (cmd.command) {
    case 'help':
      io.stdout(HELP)
      return EXIT.ok
    case 'version':
      io.stdout(`${pkg.version}\n`)
      return EXIT.ok
    case 'generate':
      return runGenerate(cmd.options, io)
    case 'check':
      return runCheck(cmd.options, io)
    case 'demo':
      return runDemoCommand(cmd.options, io)
    case 'watch':
      return runWatch(cmd.options, io)
  }
}
