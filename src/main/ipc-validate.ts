/**
 * Re-validation of every IPC argument in main. Pure functions: they take
 * `unknown` from the renderer and return typed values or a message saying what is wrong.
 */
import {
  REPORT_FORMATS,
  type DemoRequest,
  type PreflightRequest,
  type ReportFormat,
  type ReportSaveRequest,
  type WatchRequest
} from '../shared/ipc-contract'
import { WATCH_MAX_EVERY_MS, WATCH_MIN_EVERY_MS } from '../shared/watch'
import { LANGUAGES } from '../shared/i18n'
import type { NetworkIdentity } from '../shared/report'
import {
  inRange,
  optionConflict,
  pickRunOptions,
  rangeText,
  SWITCH_OPTIONS,
  TRANSPORTS,
  WHOLE_NUMBER_OPTIONS,
  type CheckRunOptions,
  type SwitchOption,
  type WholeNumberOption
} from '../shared/options'
import { caPemProblem, MAX_CA_PEM_LENGTH } from '../shared/ca-pem'
import { isRecord, MAX_REPORT_BYTES, parseReportFile } from './report-file'
import { DEMO_FAILURES } from '../shared/demo-failures'
import { parseDnsServer } from './preflight/dns-check'
import type { GenerateInput, OfflineInput, PushKeys, PushUrlInput } from '../shared/push-url'

/** Longest push URL, key or field accepted over IPC (a real push URL is < 300 chars). */
export const MAX_FIELD_LENGTH = 4096
/** Largest AuthDelta / show length accepted: 10 years in seconds. */
const MAX_SECONDS = 10 * 365 * 24 * 3600

/** A validated value, or what is wrong with the input. */
export type Checked<T> = { ok: true; value: T } | { ok: false; error: string }

function str(v: unknown, name: string, optional = false): Checked<string | undefined> {
  if (v === undefined && optional) return { ok: true, value: undefined }
  if (typeof v !== 'string') return { ok: false, error: `${name} must be text` }
  if (v.length > MAX_FIELD_LENGTH) return { ok: false, error: `${name} is too long` }
  return { ok: true, value: v }
}

function seconds(v: unknown, name: string): Checked<number | undefined> {
  if (v === undefined) return { ok: true, value: undefined }
  if (typeof v !== 'number' || !Number.isFinite(v) || v < 0 || v > MAX_SECONDS) {
    return { ok: false, error: `${name} must be a number of seconds between 0 and ${MAX_SECONDS}` }
  }
  return { ok: true, value: v }
}

/** Validate a PushUrlInput: `{ url }` or `{ server, streamKey }`. */
function validatePushUrlInput(v: unknown): Checked<PushUrlInput> {
  if (!isRecord(v)) return { ok: false, error: 'the push URL is missing' }
  if ('url' in v) {
    const u = str(v.url, 'url')
    return u.ok ? { ok: true, value: { url: u.value as string } } : u
  }
  const s = str(v.server, 'server')
  if (!s.ok) return s
  const k = str(v.streamKey, 'streamKey')
  if (!k.ok) return k
  return { ok: true, value: { server: s.value as string, streamKey: k.value as string } }
}

/** Validate optional push keys. */
function validateKeys(v: unknown): Checked<PushKeys | undefined> {
  if (v === undefined) return { ok: true, value: undefined }
  if (!isRecord(v)) return { ok: false, error: 'keys must be an object' }
  const p = str(v.primary, 'primary key', true)
  if (!p.ok) return p
  const b = str(v.backup, 'backup key', true)
  if (!b.ok) return b
  return { ok: true, value: { primary: p.value, backup: b.value } }
}

/** Validate the argument of `url:analyze`. */
export function validateOfflineInput(v: unknown): Checked<OfflineInput> {
  if (!isRecord(v)) return { ok: false, error: 'expected an object with the push URL' }
  const url = validatePushUrlInput(v.url)
  if (!url.ok) return url
  const keys = validateKeys(v.keys)
  if (!keys.ok) return keys
  const auth = seconds(v.authDeltaSec, 'authDeltaSec')
  if (!auth.ok) return auth
  const show = seconds(v.showLengthSec, 'showLengthSec')
  if (!show.ok) return show
  return {
    ok: true,
    value: { url: url.value, keys: keys.value, authDeltaSec: auth.value, showLengthSec: show.value }
  }
}

/** Validate the argument of `url:generate`. */
export function validateGenerateInput(v: unknown): Checked<GenerateInput> {
  if (!isRecord(v)) return { ok: false, error: 'expected an object with the generator fields' }
  const fields: Record<string, string> = {}
  for (const name of ['domain', 'app', 'stream', 'key'] as const) {
    const s = str(v[name], name)
    if (!s.ok) return s
    fields[name] = s.value as string
  }
  const at = v.expiresAt
  if (typeof at !== 'number' || !Number.isFinite(at) || at < 0 || at > 8.64e15) {
    return { ok: false, error: 'expiresAt must be a time in milliseconds' }
  }
  if (v.algorithm !== 'md5' && v.algorithm !== 'sha256') {
    return { ok: false, error: "algorithm must be 'md5' or 'sha256'" }
  }
  // Part of the contract: dropping it would silently sign txTime = expiry instead of expiry − AuthDelta.
  const authDelta = seconds(v.authDeltaSec, 'authDeltaSec')
  if (!authDelta.ok) return authDelta
  return {
    ok: true,
    value: {
      domain: fields.domain,
      app: fields.app,
      stream: fields.stream,
      key: fields.key,
      expiresAt: at,
      algorithm: v.algorithm,
      ...(authDelta.value === undefined ? {} : { authDeltaSec: authDelta.value })
    }
  }
}

/** Validate a call that takes no arguments. */
export function validateNoArgs(args: unknown[]): Checked<[]> {
  return args.length === 0 ? { ok: true, value: [] } : { ok: false, error: 'takes no arguments' }
}

/** Largest text the page may put on the clipboard (a full text report fits easily). */
const MAX_CLIPBOARD_LENGTH = 1_000_000

/** Validate text for `clipboard:write`. */
export function validateClipboardText(v: unknown): Checked<string> {
  if (typeof v !== 'string') return { ok: false, error: 'clipboard text must be text' }
  if (v.length > MAX_CLIPBOARD_LENGTH) return { ok: false, error: 'clipboard text is too long' }
  return { ok: true, value: v }
}

/** Validate a run id: short, plain characters (it is echoed in progress events). */
export function validateRunId(v: unknown): Checked<string> {
  if (typeof v !== 'string' || !/^[A-Za-z0-9_-]{1,64}$/.test(v)) {
    return { ok: false, error: 'runId must be 1–64 letters, digits, _ or -' }
  }
  return { ok: true, value: v }
}

/**
 * The check's whole-number and on/off options that are present, each against the shared table
 * (the same ranges the CLI applies to its flags).
 */
function validateRunNumbersAndSwitches(
  r: Record<string, unknown>,
  names: readonly (WholeNumberOption | SwitchOption)[]
): Checked<CheckRunOptions> {
  const value: Record<string, unknown> = {}
  for (const name of names) {
    const v = r[name]
    if (v === undefined) continue
    if (name in SWITCH_OPTIONS) {
      if (typeof v !== 'boolean') return { ok: false, error: `${name} must be true or false` }
    } else if (!inRange(v, WHOLE_NUMBER_OPTIONS[name as WholeNumberOption])) {
      return {
        ok: false,
        error: `${name} must be ${rangeText(WHOLE_NUMBER_OPTIONS[name as WholeNumberOption])}`
      }
    }
    value[name] = v
  }
  const conflict = optionConflict(value)
  if (conflict !== undefined) return { ok: false, error: conflict }
  return { ok: true, value }
}

/** Every whole-number and on/off option of a check, by name. */
const RUN_NUMBERS_AND_SWITCHES = [
  ...(Object.keys(WHOLE_NUMBER_OPTIONS) as WholeNumberOption[]),
  ...(Object.keys(SWITCH_OPTIONS) as SwitchOption[])
]

/** Validate the argument of `preflight:run`. */
export function validatePreflightRequest(v: unknown): Checked<PreflightRequest> {
  const base = validateOfflineInput(v)
  if (!base.ok) return base
  const r = v as Record<string, unknown>
  const runId = validateRunId(r.runId)
  if (!runId.ok) return runId
  let dnsServer: string | undefined
  if (r.dnsServer !== undefined) {
    if (
      typeof r.dnsServer !== 'string' ||
      r.dnsServer.length > 64 ||
      !parseDnsServer(r.dnsServer)
    ) {
      return { ok: false, error: 'dnsServer must be an IP address with an optional port' }
    }
    dnsServer = r.dnsServer
  }
  const options = validateRunNumbersAndSwitches(r, RUN_NUMBERS_AND_SWITCHES)
  if (!options.ok) return options
  const ladder = validateLadder(r)
  if (!ladder.ok) return ladder
  return {
    ok: true,
    value: {
      ...base.value,
      ...pickRunOptions({ ...options.value, dnsServer, ...ladder.value }),
      runId: runId.value,
      ...(ladder.value.caPem === undefined ? {} : { caPem: ladder.value.caPem })
    }
  }
}

/** Largest extra CA accepted over IPC (one limit, shared with the app's settings field). */
export { MAX_CA_PEM_LENGTH }

/** The transport ladder's fields of `preflight:run`: known transports and a PEM certificate (ports are numbers above). */
function validateLadder(
  r: Record<string, unknown>
): Checked<Pick<PreflightRequest, 'transports' | 'caPem'>> {
  const value: Pick<PreflightRequest, 'transports' | 'caPem'> = {}
  if (r.transports !== undefined) {
    const list = r.transports
    const known: readonly unknown[] = TRANSPORTS
    if (
      !Array.isArray(list) ||
      list.length === 0 ||
      list.length > TRANSPORTS.length ||
      !list.every((x) => known.includes(x))
    ) {
      return { ok: false, error: `transports must be a non-empty list of ${TRANSPORTS.join(', ')}` }
    }
    value.transports = TRANSPORTS.filter((t) => list.includes(t))
  }
  if (r.caPem !== undefined) {
    const pem = r.caPem
    if (typeof pem !== 'string' || caPemProblem(pem) !== undefined) {
      return {
        ok: false,
        error:
          'caPem must be PEM text with a certificate (-----BEGIN CERTIFICATE-----), at most 64 KB'
      }
    }
    value.caPem = pem
  }
  return { ok: true, value }
}

/** Validate the argument of `keys:save`: at least one non-empty key. */
export function validateKeysToSave(v: unknown): Checked<PushKeys> {
  const k = validateKeys(v)
  if (!k.ok) return k
  if (!k.value || (!k.value.primary && !k.value.backup))
    return { ok: false, error: 'no key to remember' }
  return { ok: true, value: k.value }
}

/** Most interfaces / addresses / DNS servers accepted in a network identity (real ones have < 20). */
const MAX_IDENTITY_ITEMS = 64

function shortStrings(v: unknown): v is string[] {
  return (
    Array.isArray(v) &&
    v.length <= MAX_IDENTITY_ITEMS &&
    v.every((s) => typeof s === 'string' && s.length <= 128)
  )
}

/** Validate the argument of `net:identity`: an earlier NetworkIdentity, or undefined. */
export function validateOptionalIdentity(v: unknown): Checked<NetworkIdentity | undefined> {
  if (v === undefined) return { ok: true, value: undefined }
  const bad = { ok: false as const, error: 'identity must be a network identity' }
  if (!isRecord(v) || !Array.isArray(v.interfaces) || v.interfaces.length > MAX_IDENTITY_ITEMS)
    return bad
  if (!shortStrings(v.dnsServers)) return bad
  if (
    v.defaultGateway !== undefined &&
    (typeof v.defaultGateway !== 'string' || v.defaultGateway.length > 128)
  )
    return bad
  const interfaces: NetworkIdentity['interfaces'] = []
  for (const i of v.interfaces) {
    if (
      !isRecord(i) ||
      typeof i.name !== 'string' ||
      i.name.length > 128 ||
      !shortStrings(i.addresses)
    )
      return bad
    if (i.mac !== undefined && (typeof i.mac !== 'string' || i.mac.length > 64)) return bad
    interfaces.push({ name: i.name, addresses: i.addresses, mac: i.mac })
  }
  return {
    ok: true,
    value: { interfaces, defaultGateway: v.defaultGateway, dnsServers: v.dnsServers }
  }
}

/** Validate the argument of `report:save`: a known format, bounded content, a JSON report for 'json'. */
export function validateReportSaveRequest(v: unknown): Checked<ReportSaveRequest> {
  if (!isRecord(v)) return { ok: false, error: 'expected a save request' }
  const formats: readonly unknown[] = REPORT_FORMATS
  if (!formats.includes(v.format))
    return { ok: false, error: 'format must be json, markdown or text' }
  // Bytes, not characters: the open dialog checks the file's size, and CJK text is 3 bytes a char.
  if (typeof v.content !== 'string' || Buffer.byteLength(v.content, 'utf8') > MAX_REPORT_BYTES) {
    return { ok: false, error: 'content must be text of at most 2 MB' }
  }
  if (typeof v.name !== 'string' || v.name.length > 200)
    return { ok: false, error: 'name must be short text' }
  // A JSON file must re-open: refuse to write one the open dialog would reject.
  if (v.format === 'json' && !parseReportFile(v.content).ok)
    return { ok: false, error: 'content is not a report' }
  return { ok: true, value: { format: v.format as ReportFormat, content: v.content, name: v.name } }
}

/** Validate the argument of `demo:run`: a run id, optionally a failure the demo reproduces and the uplink test. */
export function validateDemoRequest(v: unknown): Checked<DemoRequest> {
  if (!isRecord(v)) return { ok: false, error: 'expected a demo request' }
  const runId = validateRunId(v.runId)
  if (!runId.ok) return runId
  const failures: readonly unknown[] = DEMO_FAILURES
  if (v.fail !== undefined && !failures.includes(v.fail))
    return { ok: false, error: 'fail must be one of the demo failures' }
  const uplink = validateRunNumbersAndSwitches(v, ['uplink', 'plannedKbps'])
  if (!uplink.ok) return uplink
  return {
    ok: true,
    value: {
      runId: runId.value,
      fail: v.fail as DemoRequest['fail'],
      ...(uplink.value.uplink === undefined ? {} : { uplink: uplink.value.uplink }),
      ...(uplink.value.plannedKbps === undefined ? {} : { plannedKbps: uplink.value.plannedKbps })
    }
  }
}

/** Validate the argument of `watch:start`: the offline input plus the watch's own fields. */
export function validateWatchRequest(v: unknown): Checked<WatchRequest> {
  const base = validateOfflineInput(v)
  if (!base.ok) return base
  const r = v as Record<string, unknown>
  const watchId = validateRunId(r.watchId)
  if (!watchId.ok) return watchId
  const every = r.everyMs
  if (
    typeof every !== 'number' ||
    !Number.isInteger(every) ||
    every < WATCH_MIN_EVERY_MS ||
    every > WATCH_MAX_EVERY_MS
  ) {
    return {
      ok: false,
      error: `everyMs must be a whole number from ${WATCH_MIN_EVERY_MS} to ${WATCH_MAX_EVERY_MS}`
    }
  }
  if (
    r.dnsServer !== undefined &&
    (typeof r.dnsServer !== 'string' || r.dnsServer.length > 64 || !parseDnsServer(r.dnsServer))
  ) {
    return { ok: false, error: 'dnsServer must be an IP address with an optional port' }
  }
  const end = r.showEndAt
  if (
    end !== undefined &&
    (typeof end !== 'number' || !Number.isFinite(end) || end < 0 || end > 8.64e15)
  ) {
    return { ok: false, error: 'showEndAt must be a time in ms since 1970' }
  }
  if (r.lang !== undefined && !(LANGUAGES as readonly unknown[]).includes(r.lang)) {
    return { ok: false, error: `lang must be one of ${LANGUAGES.join(', ')}` }
  }
  return {
    ok: true,
    value: {
      ...base.value,
      watchId: watchId.value,
      everyMs: every,
      dnsServer: r.dnsServer as string | undefined,
      showEndAt: end as number | undefined,
      lang: r.lang as string | undefined
    }
  }
}
