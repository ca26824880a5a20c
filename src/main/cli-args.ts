/**
 * The CLI's argument parser: a pure function from argv to options or one clear message saying
 * what to fix. Never throws, whatever the input.
 */
import { parseDnsServer } from './preflight/dns-check'
import type { PushUrlInput } from '../shared/push-url'
import { redactText } from '../shared/redact'
import {
  DEMO_FAILURES,
  LANGUAGES,
  optionConflict,
  SWITCH_OPTIONS,
  TRANSPORTS,
  WHOLE_NUMBER_OPTIONS,
  type CheckRunOptions,
  type DemoFailure,
  type SwitchOption,
  type WholeNumberOption
} from '../shared/options'
import type { TencentApiConfig } from '../shared/tencent-api'
import {
  nextClockTime,
  parseDuration,
  WATCH_DEFAULT_EVERY_MS,
  WATCH_MAX_COUNT,
  WATCH_MAX_EVERY_MS,
  WATCH_MIN_EVERY_MS
} from '../shared/watch'
import { isDeepLinkLike } from '../shared/deep-link'
import { prepareCheckArgs } from './cli-link'

/**
 * Options of `push-preflight check`: the check's own options (the same type the app's request
 * carries) and what only a terminal has (keys on the command line, output form, a CA file).
 */
export interface CheckOptions extends CheckRunOptions {
  url: PushUrlInput
  key?: string
  backupKey?: string
  noPush: boolean
  pushRealStream: boolean
  /** `--include-host-name`: keep this computer's host name in the printed report. */
  includeHostName?: boolean
  json: boolean
  lang?: string
  /** `--clock-server HOST[:PORT]`, or false for `--no-clock`; undefined = the default host. */
  clockServer?: string | false
  /** `--ca FILE`: an extra CA certificate (PEM) to trust for RTMPS; read by the CLI. */
  caFile?: string
  /** `--full-urls`: print the ready URLs of working protocols with their txSecret. */
  fullUrls?: boolean
  /** Tencent API credentials (`--api-secret-id`/`--api-secret-key` or TENCENTCLOUD_SECRET_*). */
  tencentApi?: TencentApiConfig
  /** `--share-link`: print the support link of this check instead of running it. */
  shareLink?: boolean
}

/** Options of `push-preflight demo`: the check's push window and uplink options, and output form. */
export interface DemoCliOptions extends Pick<CheckRunOptions, 'pushSeconds' | 'plannedKbps'> {
  fail?: DemoFailure
  json: boolean
  lang?: string
  uplink: boolean
  /** `--include-host-name`: keep this computer's host name in the printed report. */
  includeHostName?: boolean
}

/** Options of `push-preflight generate`. */
export interface GenerateOptions {
  domain: string
  app: string
  stream: string
  key: string
  hours: number
  algorithm: 'md5' | 'sha256'
  json: boolean
}

/** Options of `push-preflight watch`. */
export interface WatchCliOptions {
  url: PushUrlInput
  key?: string
  backupKey?: string
  /** `--every 5m`: ms between round starts. */
  everyMs: number
  /** `--count N`: stop after N rounds; undefined = until Ctrl-C. */
  count?: number
  dnsServer?: string
  authDeltaSec?: number
  /** `--until HH:MM`: the show's planned end, local time (the next time the clock shows it). */
  until?: string
  /** `--show-hours H`: the show's planned length from now, seconds. */
  showLengthSec?: number
  json: boolean
  lang?: string
}

export type CliCommand =
  | { command: 'help'; topic?: string }
  | { command: 'version' }
  | { command: 'check'; options: CheckOptions }
  | { command: 'generate'; options: GenerateOptions }
  | { command: 'demo'; options: DemoCliOptions }
  | { command: 'watch'; options: WatchCliOptions }

export type CliParse = { ok: true; value: CliCommand } | { ok: false; error: string }

/** Longest value accepted for any option (a push URL is ~200 characters). */
const MAX_ARG_LENGTH = 4096
/** Longest planned show length, hours. */
const MAX_SHOW_HOURS = 24 * 14
/** Largest AuthDelta, seconds (a year). */
const MAX_AUTH_DELTA_SEC = 365 * 24 * 3600
const LANGS: readonly string[] = LANGUAGES

type Flag = { name: string; takesValue: boolean }
const CHECK_FLAGS: Flag[] = [
  { name: '--key', takesValue: true },
  { name: '--backup-key', takesValue: true },
  { name: '--auth-delta', takesValue: true },
  { name: '--show-hours', takesValue: true },
  { name: '--dns', takesValue: true },
  { name: '--push-seconds', takesValue: true },
  { name: '--server', takesValue: true },
  { name: '--stream-key', takesValue: true },
  { name: '--no-push', takesValue: false },
  { name: '--push-real-stream', takesValue: false },
  { name: '--no-real-probe', takesValue: false },
  { name: '--include-host-name', takesValue: false },
  { name: '--json', takesValue: false },
  { name: '--lang', takesValue: true },
  { name: '--clock-server', takesValue: true },
  { name: '--no-clock', takesValue: false },
  { name: '--uplink', takesValue: false },
  { name: '--bitrate', takesValue: true },
  { name: '--transports', takesValue: true },
  { name: '--rtmps-port', takesValue: true },
  { name: '--srt-port', takesValue: true },
  { name: '--ca', takesValue: true },
  { name: '--full-urls', takesValue: false },
  { name: '--api-secret-id', takesValue: true },
  { name: '--api-secret-key', takesValue: true },
  { name: '--api-endpoint', takesValue: true },
  { name: '--api-region', takesValue: true },
  { name: '--share-link', takesValue: false }
]
const DEMO_FLAGS: Flag[] = [
  { name: '--fail', takesValue: true },
  { name: '--include-host-name', takesValue: false },
  { name: '--json', takesValue: false },
  { name: '--lang', takesValue: true },
  { name: '--push-seconds', takesValue: true },
  { name: '--uplink', takesValue: false },
  { name: '--bitrate', takesValue: true }
]
const WATCH_FLAGS: Flag[] = [
  { name: '--every', takesValue: true },
  { name: '--count', takesValue: true },
  { name: '--key', takesValue: true },
  { name: '--backup-key', takesValue: true },
  { name: '--dns', takesValue: true },
  { name: '--auth-delta', takesValue: true },
  { name: '--until', takesValue: true },
  { name: '--show-hours', takesValue: true },
  { name: '--json', takesValue: false },
  { name: '--lang', takesValue: true }
]
const GENERATE_FLAGS: Flag[] = [
  { name: '--domain', takesValue: true },
  { name: '--app', takesValue: true },
  { name: '--stream', takesValue: true },
  { name: '--key', takesValue: true },
  { name: '--hours', takesValue: true },
  { name: '--sha256', takesValue: false },
  { name: '--json', takesValue: false }
]

/**
 * A value as an error message shows it: redacted (a push URL given without `check` would
 * otherwise print its txSecret), bounded, control characters visible (a pasted value may have them).
 */
function shown(value: string): string {
  const v = redactText(value, {}, { longTokens: true })
  const s = v.length > 60 ? v.slice(0, 57) + '…' : v
  // JSON.stringify leaves DEL, the C1 controls and U+2028/U+2029 as they are; they would break
  // the one-line message in a terminal, so they are escaped too (found by the property test).
  return JSON.stringify(s).replace(
    /[\u007f-\u009f\u2028\u2029]/g,
    (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0')
  )
}

/** Split argv into flags and positionals; `--flag=value` and `--flag value` both work. */
function scan(
  argv: string[],
  flags: Flag[]
):
  | { ok: true; values: Map<string, string | true>; positionals: string[] }
  | { ok: false; error: string } {
  const values = new Map<string, string | true>()
  const positionals: string[] = []
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (arg.length > MAX_ARG_LENGTH)
      return { ok: false, error: `an argument is longer than ${MAX_ARG_LENGTH} characters` }
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1))
      break
    }
    if (!arg.startsWith('--') || arg === '-') {
      positionals.push(arg)
      continue
    }
    const eq = arg.indexOf('=')
    const name = eq === -1 ? arg : arg.slice(0, eq)
    const flag = flags.find((f) => f.name === name)
    if (!flag) return { ok: false, error: `unknown option ${shown(name)} (see --help)` }
    if (values.has(name)) return { ok: false, error: `${name} is given twice` }
    if (!flag.takesValue) {
      if (eq !== -1) return { ok: false, error: `${name} takes no value` }
      values.set(name, true)
      continue
    }
    let value: string | undefined
    if (eq !== -1) value = arg.slice(eq + 1)
    else if (i + 1 < argv.length) {
      // `--domain --key K`: the value is missing. Taking `--key` as the domain would turn the key
      // into a stray argument that the error message then echoes (found by the property test).
      // No domain, key, name or number starts with `--`.
      if (argv[i + 1].startsWith('--')) return { ok: false, error: `${name} needs a value` }
      value = argv[++i]
    }
    if (value === undefined || value === '') return { ok: false, error: `${name} needs a value` }
    values.set(name, value)
  }
  return { ok: true, values, positionals }
}

function num(
  values: Map<string, string | true>,
  name: string,
  min: number,
  max: number,
  integer: boolean
): { ok: true; value?: number } | { ok: false; error: string } {
  const v = values.get(name)
  if (v === undefined) return { ok: true }
  const n = typeof v === 'string' && /^\d+(\.\d+)?$/.test(v) ? Number(v) : NaN
  if (!Number.isFinite(n) || n < min || n > max || (integer && !Number.isInteger(n))) {
    const kind = integer ? 'a whole number' : 'a number'
    return {
      ok: false,
      error: `${name} must be ${kind} from ${min} to ${max}, got ${shown(String(v))}`
    }
  }
  return { ok: true, value: n }
}

function text(values: Map<string, string | true>, name: string): string | undefined {
  const v = values.get(name)
  return typeof v === 'string' ? v : undefined
}

/** A whole-number option of the check, by the shared table's flag and range. */
function wholeNumber(
  values: Map<string, string | true>,
  name: WholeNumberOption
): ReturnType<typeof num> {
  const spec = WHOLE_NUMBER_OPTIONS[name]
  return num(values, spec.flag, spec.min, spec.max, true)
}

/** The on/off options given, from the shared table (absent ones stay out of the options). */
function switches(values: Map<string, string | true>): Partial<Record<SwitchOption, boolean>> {
  const out: Partial<Record<SwitchOption, boolean>> = {}
  for (const [name, spec] of Object.entries(SWITCH_OPTIONS) as Array<
    [SwitchOption, (typeof SWITCH_OPTIONS)[SwitchOption]]
  >) {
    if (values.has(spec.flag)) out[name] = spec.setTo
  }
  return out
}

/** The push URL: one positional, or OBS's `--server` and `--stream-key` pair. */
function parseUrl(
  values: Map<string, string | true>,
  positionals: string[]
): { ok: true; value: PushUrlInput } | { ok: false; error: string } {
  const server = text(values, '--server')
  const streamKey = text(values, '--stream-key')
  if (server !== undefined || streamKey !== undefined) {
    if (server === undefined || streamKey === undefined) {
      return { ok: false, error: 'the OBS form needs both --server and --stream-key' }
    }
    if (positionals.length > 0)
      return { ok: false, error: 'give either a push URL or --server/--stream-key, not both' }
    return { ok: true, value: { server, streamKey } }
  }
  if (positionals.length === 0)
    return { ok: false, error: 'missing the push URL: push-preflight check <push-url>' }
  if (positionals.length > 1) {
    return {
      ok: false,
      error: `expected one push URL, got ${positionals.length} arguments: put the URL in quotes (a shell splits it at & and spaces)`
    }
  }
  return { ok: true, value: { url: positionals[0] } }
}

/** `--lang`: one of the shipped languages. */
function parseLang(
  values: Map<string, string | true>
): { ok: true; value?: string } | { ok: false; error: string } {
  const lang = text(values, '--lang')
  if (lang !== undefined && !LANGS.includes(lang)) {
    return { ok: false, error: `--lang must be one of ${LANGS.join(', ')}, got ${shown(lang)}` }
  }
  return { ok: true, value: lang }
}

function parseCheck(argv: string[], env: Record<string, string | undefined>): CliParse {
  const s = scan(argv, CHECK_FLAGS)
  if (!s.ok) return s
  const { values, positionals } = s
  const url = parseUrl(values, positionals)
  if (!url.ok) return url
  const auth = num(values, '--auth-delta', 0, MAX_AUTH_DELTA_SEC, true)
  if (!auth.ok) return auth
  const show = num(values, '--show-hours', 0, MAX_SHOW_HOURS, false)
  if (!show.ok) return show
  const push = wholeNumber(values, 'pushSeconds')
  if (!push.ok) return push
  const lang = parseLang(values)
  if (!lang.ok) return lang
  const dns = text(values, '--dns')
  if (dns !== undefined && !parseDnsServer(dns)) {
    return {
      ok: false,
      error: `--dns must be an IP address with an optional port (e.g. 127.0.0.1:5353 or [::1]:53), got ${shown(dns)}`
    }
  }
  const on = switches(values)
  const conflict = optionConflict(on)
  if (conflict !== undefined) return { ok: false, error: conflict }
  const clockServer = text(values, '--clock-server')
  if (clockServer !== undefined && values.has('--no-clock')) {
    return { ok: false, error: '--clock-server and --no-clock contradict each other: drop one' }
  }
  if (
    clockServer !== undefined &&
    !/^(\[[0-9a-fA-F:.]+\]|[A-Za-z0-9.-]+)(:\d{1,5})?$/.test(clockServer)
  ) {
    return {
      ok: false,
      error: `--clock-server must be HOST or HOST:PORT, got ${shown(clockServer)}`
    }
  }
  const bitrate = wholeNumber(values, 'plannedKbps')
  if (!bitrate.ok) return bitrate
  const ladder = parseLadder(values)
  if (!ladder.ok) return ladder
  const api = parseTencentApi(values, env)
  if (!api.ok) return api
  return {
    ok: true,
    value: {
      command: 'check',
      options: {
        url: url.value,
        // Keys may come from the environment so they stay out of shell history and `ps`.
        key: text(values, '--key') ?? (env.PUSH_PREFLIGHT_KEY || undefined),
        backupKey: text(values, '--backup-key') ?? (env.PUSH_PREFLIGHT_BACKUP_KEY || undefined),
        authDeltaSec: auth.value,
        showLengthSec: show.value === undefined ? undefined : show.value * 3600,
        dnsServer: dns,
        pushSeconds: push.value,
        // Only the switches given (realProbe, uplink), so the options of a plain check stay as they were.
        ...on,
        noPush: on.noPush === true,
        pushRealStream: on.pushRealStream === true,
        ...(values.has('--include-host-name') ? { includeHostName: true } : {}),
        json: values.has('--json'),
        lang: lang.value,
        clockServer: values.has('--no-clock') ? false : clockServer,
        plannedKbps: bitrate.value,
        ...ladder.value,
        // Only when given, so a plain check's options stay as they were.
        ...(api.value ? { tencentApi: api.value } : {}),
        ...(values.has('--share-link') ? { shareLink: true } : {})
      }
    }
  }
}

/** The check options of the transport ladder. */
type LadderOptions = Pick<
  CheckOptions,
  'transports' | 'rtmpsPort' | 'srtPort' | 'caFile' | 'fullUrls'
>

/** `--transports`, `--rtmps-port`, `--srt-port`, `--ca`, `--full-urls`: only the ones given, so a plain check's options stay as they were. */
function parseLadder(
  values: Map<string, string | true>
): { ok: true; value: LadderOptions } | { ok: false; error: string } {
  const value: LadderOptions = {}
  const list = text(values, '--transports')
  if (list !== undefined) {
    const names = list.split(',').map((x) => x.trim().toLowerCase())
    const bad = names.find((n) => !(TRANSPORTS as readonly string[]).includes(n))
    if (bad !== undefined) {
      return {
        ok: false,
        error: `--transports takes a comma-separated list of ${TRANSPORTS.join(', ')}, got ${shown(bad)}`
      }
    }
    value.transports = TRANSPORTS.filter((t) => names.includes(t))
  }
  for (const field of ['rtmpsPort', 'srtPort'] as const) {
    const n = wholeNumber(values, field)
    if (!n.ok) return n
    if (n.value !== undefined) value[field] = n.value
  }
  const ca = text(values, '--ca')
  if (ca !== undefined) value.caFile = ca
  if (values.has('--full-urls')) value.fullUrls = true
  return { ok: true, value }
}

/** A SecretId or SecretKey: printable ASCII without spaces (Tencent's are 32–36 characters). */
const API_SECRET = /^[\x21-\x7e]{1,128}$/
/** A Tencent region id (ap-guangzhou, na-siliconvalley, …). */
const API_REGION = /^[a-z]{2,4}-[a-z0-9-]{2,30}$/

/**
 * The Tencent API options: both halves of the credentials (flag or environment) or neither; an
 * endpoint that is an http(s) origin; a region id. Secrets never appear in a message.
 */
function parseTencentApi(
  values: Map<string, string | true>,
  env: Record<string, string | undefined>
): { ok: true; value?: TencentApiConfig } | { ok: false; error: string } {
  const secretId = text(values, '--api-secret-id') ?? (env.TENCENTCLOUD_SECRET_ID || undefined)
  const secretKey = text(values, '--api-secret-key') ?? (env.TENCENTCLOUD_SECRET_KEY || undefined)
  const endpoint = text(values, '--api-endpoint')
  const region = text(values, '--api-region')
  if (secretId === undefined && secretKey === undefined) {
    if (endpoint !== undefined || region !== undefined) {
      return {
        ok: false,
        error:
          '--api-endpoint and --api-region need API credentials (--api-secret-id and --api-secret-key, or TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY)'
      }
    }
    return { ok: true }
  }
  if (secretId === undefined || secretKey === undefined) {
    const missing =
      secretId === undefined
        ? 'SecretId (--api-secret-id or TENCENTCLOUD_SECRET_ID)'
        : 'SecretKey (--api-secret-key or TENCENTCLOUD_SECRET_KEY)'
    return { ok: false, error: `Tencent API credentials come in pairs: the ${missing} is missing` }
  }
  if (!API_SECRET.test(secretId))
    return {
      ok: false,
      error: 'the API SecretId must be printable characters without spaces, at most 128'
    }
  if (!API_SECRET.test(secretKey))
    return {
      ok: false,
      error: 'the API SecretKey must be printable characters without spaces, at most 128'
    }
  if (region !== undefined && !API_REGION.test(region)) {
    return {
      ok: false,
      error: `--api-region must be a Tencent region id like ap-guangzhou, got ${shown(region)}`
    }
  }
  if (endpoint !== undefined && !apiEndpointOk(endpoint)) {
    return {
      ok: false,
      error: `--api-endpoint must be an http:// or https:// address without a path (e.g. https://live.tencentcloudapi.com), got ${shown(endpoint)}`
    }
  }
  return {
    ok: true,
    value: { secretId, secretKey, ...(endpoint ? { endpoint } : {}), ...(region ? { region } : {}) }
  }
}

/** An http(s) origin: a host, an optional port, nothing else (no user info, path or query). */
export function apiEndpointOk(endpoint: string): boolean {
  let u: URL
  try {
    u = new URL(endpoint)
  } catch {
    return false
  }
  return (
    (u.protocol === 'http:' || u.protocol === 'https:') &&
    u.hostname !== '' &&
    u.username === '' &&
    u.password === '' &&
    (u.pathname === '/' || u.pathname === '') &&
    u.search === '' &&
    u.hash === ''
  )
}

function parseDemo(argv: string[]): CliParse {
  const s = scan(argv, DEMO_FLAGS)
  if (!s.ok) return s
  const { values, positionals } = s
  if (positionals.length > 0)
    return { ok: false, error: `unexpected argument ${shown(positionals[0])} (see --help)` }
  const fail = text(values, '--fail')
  if (fail !== undefined && !(DEMO_FAILURES as readonly string[]).includes(fail)) {
    return {
      ok: false,
      error: `--fail must be one of ${DEMO_FAILURES.join(', ')}, got ${shown(fail)}`
    }
  }
  const lang = parseLang(values)
  if (!lang.ok) return lang
  const push = wholeNumber(values, 'pushSeconds')
  if (!push.ok) return push
  const bitrate = wholeNumber(values, 'plannedKbps')
  if (!bitrate.ok) return bitrate
  return {
    ok: true,
    value: {
      command: 'demo',
      options: {
        fail: fail as DemoFailure | undefined,
        json: values.has('--json'),
        lang: lang.value,
        pushSeconds: push.value,
        uplink: values.has('--uplink'),
        plannedKbps: bitrate.value,
        ...(values.has('--include-host-name') ? { includeHostName: true } : {})
      }
    }
  }
}

/** `--every`: a duration of at least WATCH_MIN_EVERY_MS (default WATCH_DEFAULT_EVERY_MS). */
function everyMs(
  values: Map<string, string | true>
): { ok: true; value: number } | { ok: false; error: string } {
  const v = text(values, '--every')
  if (v === undefined) return { ok: true, value: WATCH_DEFAULT_EVERY_MS }
  const ms = parseDuration(v)
  if (ms === undefined || ms < WATCH_MIN_EVERY_MS || ms > WATCH_MAX_EVERY_MS) {
    return {
      ok: false,
      error: `--every must be a time from 1s to 24h, like 30s, 5m or 1h, got ${shown(v)}`
    }
  }
  return { ok: true, value: ms }
}

function parseWatch(argv: string[], env: Record<string, string | undefined>): CliParse {
  const s = scan(argv, WATCH_FLAGS)
  if (!s.ok) return s
  const { values, positionals } = s
  if (positionals.length === 0)
    return { ok: false, error: 'missing the push URL: push-preflight watch <push-url>' }
  if (positionals.length > 1) {
    return {
      ok: false,
      error: `expected one push URL, got ${positionals.length} arguments: put the URL in quotes (a shell splits it at & and spaces)`
    }
  }
  const every = everyMs(values)
  if (!every.ok) return every
  const count = num(values, '--count', 1, WATCH_MAX_COUNT, true)
  if (!count.ok) return count
  const auth = num(values, '--auth-delta', 0, MAX_AUTH_DELTA_SEC, true)
  if (!auth.ok) return auth
  const show = num(values, '--show-hours', 0, MAX_SHOW_HOURS, false)
  if (!show.ok) return show
  const until = text(values, '--until')
  if (until !== undefined && nextClockTime(until, 0) === undefined) {
    return {
      ok: false,
      error: `--until must be a 24-hour time HH:MM, like 22:30, got ${shown(until)}`
    }
  }
  if (until !== undefined && show.value !== undefined) {
    return { ok: false, error: '--until and --show-hours both say when the show ends: drop one' }
  }
  const lang = text(values, '--lang')
  if (lang !== undefined && !LANGS.includes(lang)) {
    return { ok: false, error: `--lang must be one of ${LANGS.join(', ')}, got ${shown(lang)}` }
  }
  const dns = text(values, '--dns')
  if (dns !== undefined && !parseDnsServer(dns)) {
    return {
      ok: false,
      error: `--dns must be an IP address with an optional port (e.g. 127.0.0.1:5353 or [::1]:53), got ${shown(dns)}`
    }
  }
  return {
    ok: true,
    value: {
      command: 'watch',
      options: {
        url: { url: positionals[0] },
        key: text(values, '--key') ?? (env.PUSH_PREFLIGHT_KEY || undefined),
        backupKey: text(values, '--backup-key') ?? (env.PUSH_PREFLIGHT_BACKUP_KEY || undefined),
        everyMs: every.value,
        count: count.value,
        dnsServer: dns,
        authDeltaSec: auth.value,
        until,
        showLengthSec: show.value === undefined ? undefined : show.value * 3600,
        json: values.has('--json'),
        lang
      }
    }
  }
}

function parseGenerate(argv: string[], env: Record<string, string | undefined>): CliParse {
  const s = scan(argv, GENERATE_FLAGS)
  if (!s.ok) return s
  const { values, positionals } = s
  if (positionals.length > 0)
    return { ok: false, error: `unexpected argument ${shown(positionals[0])} (see --help)` }
  const domain = text(values, '--domain')
  const stream = text(values, '--stream')
  const key = text(values, '--key') ?? (env.PUSH_PREFLIGHT_KEY || undefined)
  if (!domain) return { ok: false, error: 'generate needs --domain (your push domain)' }
  if (!stream) return { ok: false, error: 'generate needs --stream (the StreamName)' }
  if (!key)
    return { ok: false, error: 'generate needs --key (or PUSH_PREFLIGHT_KEY in the environment)' }
  const hours = num(values, '--hours', 0.01, 24 * 365, false)
  if (!hours.ok) return hours
  return {
    ok: true,
    value: {
      command: 'generate',
      options: {
        domain,
        app: text(values, '--app') ?? 'live',
        stream,
        key,
        hours: hours.value ?? 24,
        algorithm: values.has('--sha256') ? 'sha256' : 'md5',
        json: values.has('--json')
      }
    }
  }
}

/** Parse `push-preflight <command> …`. `env` supplies PUSH_PREFLIGHT_KEY / _BACKUP_KEY. */
export function parseCliArgs(
  argv: readonly string[],
  env: Record<string, string | undefined> = {}
): CliParse {
  const args = [...argv]
  const first = args[0]
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
    return { ok: true, value: { command: 'help', topic: args[1] } }
  }
  if (first === '--version' || first === '-v' || first === 'version')
    return { ok: true, value: { command: 'version' } }
  const rest = args.slice(1)
  if (rest.includes('--help') || rest.includes('-h'))
    return { ok: true, value: { command: 'help', topic: first } }
  if (first === 'check') {
    // A support link among the arguments becomes the push URL and flags it stands for.
    const prepared = prepareCheckArgs(rest)
    return prepared.ok ? parseCheck(prepared.args, env) : prepared
  }
  if (first === 'generate') return parseGenerate(rest, env)
  if (first === 'demo') return parseDemo(rest)
  if (first === 'watch') return parseWatch(rest, env)
  if (first.startsWith('rtmp') || first.startsWith('srt') || isDeepLinkLike(first)) {
    return { ok: false, error: `missing the command: push-preflight check ${shown(first)}` }
  }
  return {
    ok: false,
    error: `unknown command ${shown(first)}: use check, watch, generate or demo (see --help)`
  }
}
