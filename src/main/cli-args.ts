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

export type CliCommand =
  | { command: 'help'; topic?: string }
  | { command: 'version' }
  | { command: 'check'; options: CheckOptions }
  | { command: 'generate'; options: GenerateOptions }
  | { command: 'demo'; options: DemoCliOptions }

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
  { name: '--full-urls', takesValue: false }
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
): { ok: true; values: Map<string, string | true>; positionals: string[] } | { ok: false; error: string } {
  const values = new Map<string, string | true>()
  const positionals: string[] = []
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]
    if (arg.length > MAX_ARG_LENGTH) return { ok: false, error: `an argument is longer than ${MAX_ARG_LENGTH} characters` }
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
    return { ok: false, error: `${name} must be ${kind} from ${min} to ${max}, got ${shown(String(v))}` }
  }
  return { ok: true, value: n }
}

function text(values: Map<string, string | true>, name: string): string | undefined {
  const v = values.get(name)
  return typeof v === 'string' ? v : undefined
}

/** A whole-number option of the check, by the shared table's flag and range. */
function wholeNumber(values: Map<string, string | true>, name: WholeNumberOption): ReturnType<typeof num> {
  const spec = WHOLE_NUMBER_OPTIONS[name]
  return num(values, spec.flag, spec.min, spec.max, true)
}

/** The on/off options given, from the shared table (absent ones stay out of the options). */
function switches(values: Map<string, string | true>): Partial<Record<SwitchOption, boolean>> {
  const out: Partial<Record<SwitchOption, boolean>> = {}
  for (const [name, spec] of Object.entries(SWITCH_OPTIONS) as Array<[SwitchOption, (typeof SWITCH_OPTIONS)[SwitchOption]]>) {
    if (values.has(spec.flag)) out[name] = spec.setTo
  }
  return out
}

/** The push URL: one positional, or OBS's `--server` and `--stream-key` pair. */
function parseUrl(values: Map<string, string | true>, positionals: string[]): { ok: true; value: PushUrlInput } | { ok: false; error: string } {
  const server = text(values, '--server')
  const streamKey = text(values, '--stream-key')
  if (server !== undefined || streamKey !== undefined) {
    if (server === undefined || streamKey === undefined) {
      return { ok: false, error: 'the OBS form needs both --server and --stream-key' }
    }
    if (positionals.length > 0) return { ok: false, error: 'give either a push URL or --server/--stream-key, not both' }
    return { ok: true, value: { server, streamKey } }
  }
  if (positionals.length === 0) return { ok: false, error: 'missing the push URL: push-preflight check <push-url>' }
  if (positionals.length > 1) {
    return {
      ok: false,
      error: `expected one push URL, got ${positionals.length} arguments: put the URL in quotes (a shell splits it at & and spaces)`
    }
  }
  return { ok: true, value: { url: positionals[0] } }
}

/** `--lang`: one of the shipped languages. */
function parseLang(values: Map<string, string | true>): { ok: true; value?: string } | { ok: false; error: string } {
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
  if (clockServer !== undefined && !/^(\[[0-9a-fA-F:.]+\]|[A-Za-z0-9.-]+)(:\d{1,5})?$/.test(clockServer)) {
    return { ok: false, error: `--clock-server must be HOST or HOST:PORT, got ${shown(clockServer)}` }
  }
  const bitrate = wholeNumber(values, 'plannedKbps')
  if (!bitrate.ok) return bitrate
  const ladder = parseLadder(values)
  if (!ladder.ok) return ladder
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
        ...ladder.value
      }
    }
  }
}

/** The check options of the transport ladder. */
type LadderOptions = Pick<CheckOptions, 'transports' | 'rtmpsPort' | 'srtPort' | 'caFile' | 'fullUrls'>

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
      return { ok: false, error: `--transports takes a comma-separated list of ${TRANSPORTS.join(', ')}, got ${shown(bad)}` }
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

function parseDemo(argv: string[]): CliParse {
  const s = scan(argv, DEMO_FLAGS)
  if (!s.ok) return s
  const { values, positionals } = s
  if (positionals.length > 0) return { ok: false, error: `unexpected argument ${shown(positionals[0])} (see --help)` }
  const fail = text(values, '--fail')
  if (fail !== undefined && !(DEMO_FAILURES as readonly string[]).includes(fail)) {
    return { ok: false, error: `--fail must be one of ${DEMO_FAILURES.join(', ')}, got ${shown(fail)}` }
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

function parseGenerate(argv: string[], env: Record<string, string | undefined>): CliParse {
  const s = scan(argv, GENERATE_FLAGS)
  if (!s.ok) return s
  const { values, positionals } = s
  if (positionals.length > 0) return { ok: false, error: `unexpected argument ${shown(positionals[0])} (see --help)` }
  const domain = text(values, '--domain')
  const stream = text(values, '--stream')
  const key = text(values, '--key') ?? (env.PUSH_PREFLIGHT_KEY || undefined)
  if (!domain) return { ok: false, error: 'generate needs --domain (your push domain)' }
  if (!stream) return { ok: false, error: 'generate needs --stream (the StreamName)' }
  if (!key) return { ok: false, error: 'generate needs --key (or PUSH_PREFLIGHT_KEY in the environment)' }
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
export function parseCliArgs(argv: readonly string[], env: Record<string, string | undefined> = {}): CliParse {
  const args = [...argv]
  const first = args[0]
  if (first === undefined || first === '--help' || first === '-h' || first === 'help') {
    return { ok: true, value: { command: 'help', topic: args[1] } }
  }
  if (first === '--version' || first === '-v' || first === 'version') return { ok: true, value: { command: 'version' } }
  const rest = args.slice(1)
  if (rest.includes('--help') || rest.includes('-h')) return { ok: true, value: { command: 'help', topic: first } }
  if (first === 'check') return parseCheck(rest, env)
  if (first === 'generate') return parseGenerate(rest, env)
  if (first === 'demo') return parseDemo(rest)
  if (first.startsWith('rtmp') || first.startsWith('srt')) {
    return { ok: false, error: `missing the command: push-preflight check ${shown(first)}` }
  }
  return { ok: false, error: `unknown command ${shown(first)}: use check, generate or demo (see --help)` }
}
