/**
 * The options of one check, with every limit, default and list they share, in one place: the CLI
 * parser, the IPC validation in main and the app's form all read them from here, so an option or a
 * limit added once reaches every entry point. Pure data and pure functions (no node: imports).
 */
import { TRANSPORTS, type Transport } from './transport'
import { DEMO_FAILURES, type DemoFailure } from './demo-failures'

/** Languages the app ships (the values of the CLI's `--lang` and the app's switcher). */
export const LANGUAGES = ['en', 'id', 'zh-CN'] as const
/** One of the shipped languages. */
export type Language = (typeof LANGUAGES)[number]

export { TRANSPORTS, DEMO_FAILURES, type Transport, type DemoFailure }

/** A whole-number option: its range and, where the engine has one, its default. */
export interface WholeNumberSpec {
  min: number
  max: number
  default?: number
}

/** Test push window, s: 8 s by default (long enough to see the ingest keep it); a preflight, not a show. */
export const PUSH_SECONDS = { min: 1, max: 600, default: 8 } as const satisfies WholeNumberSpec

/**
 * Planned bitrate of the uplink test, kbit/s. Default: a typical 720p30 H.264 stream. 0 means no
 * stream at all and anything above 100 Mbit/s is a typing slip, not a live contribution feed.
 */
export const PLANNED_KBPS = {
  min: 1,
  max: 100_000,
  default: 3_000
} as const satisfies WholeNumberSpec

/** OBS's usual output bitrates, kbit/s (720p, 1080p30, 1080p60, high-motion 1080p60): field hints. */
export const PLANNED_KBPS_HINTS = [2500, 4500, 6000, 8000] as const

/** A TCP or UDP port. */
export const PORT_RANGE = { min: 1, max: 65535 } as const satisfies WholeNumberSpec

/** The choices of one check that the CLI, the app's request and the engine all take. */
export interface CheckRunOptions {
  /** The key's AuthDelta: extra validity after txTime, s. */
  authDeltaSec?: number
  /** Planned show length, s: warns when the URL expires before it ends. */
  showLengthSec?: number
  /** A DNS server `ip[:port]` instead of the system resolver. */
  dnsServer?: string
  /** Test push window, s (PUSH_SECONDS). */
  pushSeconds?: number
  /** No media push at all. */
  noPush?: boolean
  /** Without a key: push the test pattern to the REAL stream name (viewers would see it). */
  pushRealStream?: boolean
  /** False while the stream is live: nothing is sent to its real name. */
  realProbe?: boolean
  /** Measure the upload after the test push (needs a key). */
  uplink?: boolean
  /** Planned bitrate of the uplink test, kbit/s (PLANNED_KBPS). */
  plannedKbps?: number
  /** Ways to push that are tried (default all of TRANSPORTS). */
  transports?: Transport[]
  /** RTMPS / SRT port when the URL names none. */
  rtmpsPort?: number
  srtPort?: number
}

/**
 * Every field of CheckRunOptions, each once: the compiler refuses this object when a field is
 * added to the type and not here, so no entry point can forget to pass an option on.
 */
const RUN_OPTION_FIELDS: Record<keyof CheckRunOptions, true> = {
  authDeltaSec: true,
  showLengthSec: true,
  dnsServer: true,
  pushSeconds: true,
  noPush: true,
  pushRealStream: true,
  realProbe: true,
  uplink: true,
  plannedKbps: true,
  transports: true,
  rtmpsPort: true,
  srtPort: true
}

/** The names of the check's options. */
export const RUN_OPTION_KEYS = Object.keys(RUN_OPTION_FIELDS) as Array<keyof CheckRunOptions>

/** The check's options out of a larger object (a CLI command, an IPC request): only those set. */
export function pickRunOptions(o: CheckRunOptions): CheckRunOptions {
  const out: Record<string, unknown> = {}
  for (const k of RUN_OPTION_KEYS) if (o[k] !== undefined) out[k] = o[k]
  return out as CheckRunOptions
}

/** The whole-number options of a check with their CLI flag and range. */
export const WHOLE_NUMBER_OPTIONS = {
  pushSeconds: { flag: '--push-seconds', ...PUSH_SECONDS },
  plannedKbps: { flag: '--bitrate', ...PLANNED_KBPS },
  rtmpsPort: { flag: '--rtmps-port', ...PORT_RANGE },
  srtPort: { flag: '--srt-port', ...PORT_RANGE }
} as const satisfies Partial<Record<keyof CheckRunOptions, WholeNumberSpec & { flag: string }>>
/** A whole-number option's name. */
export type WholeNumberOption = keyof typeof WHOLE_NUMBER_OPTIONS

/**
 * The on/off options with their CLI flag. `realProbe` is on unless `--no-real-probe` says the
 * stream is live, so its flag sets it to false.
 */
export const SWITCH_OPTIONS = {
  noPush: { flag: '--no-push', setTo: true },
  pushRealStream: { flag: '--push-real-stream', setTo: true },
  realProbe: { flag: '--no-real-probe', setTo: false },
  uplink: { flag: '--uplink', setTo: true }
} as const satisfies Partial<Record<keyof CheckRunOptions, { flag: string; setTo: boolean }>>
/** An on/off option's name. */
export type SwitchOption = keyof typeof SWITCH_OPTIONS

/** True when `n` is a whole number inside the spec's range. */
export function inRange(n: unknown, spec: WholeNumberSpec): n is number {
  return typeof n === 'number' && Number.isInteger(n) && n >= spec.min && n <= spec.max
}

/** "a whole number from 1 to 600": the range as the CLI's and IPC's messages say it. */
export function rangeText(spec: WholeNumberSpec): string {
  return `a whole number from ${spec.min} to ${spec.max}`
}

/**
 * Options that cannot go together, with what to drop, by CLI flag. Checked by the CLI and by main
 * for the app's requests, so neither can start a run the other would refuse.
 */
export const CONFLICTING_OPTIONS: ReadonlyArray<{
  a: SwitchOption
  b: SwitchOption
  error: string
}> = [
  {
    a: 'noPush',
    b: 'pushRealStream',
    error: '--no-push and --push-real-stream contradict each other: drop one'
  },
  {
    a: 'realProbe',
    b: 'pushRealStream',
    error: '--push-real-stream would push to the live stream: drop it with --no-real-probe'
  },
  { a: 'uplink', b: 'noPush', error: '--uplink needs the test push: drop --no-push' }
]

/** The first conflict among the switches that are set, as one message; undefined when none. */
export function optionConflict(o: Pick<CheckRunOptions, SwitchOption>): string | undefined {
  const set = (k: SwitchOption): boolean => o[k] === SWITCH_OPTIONS[k].setTo
  return CONFLICTING_OPTIONS.find((c) => set(c.a) && set(c.b))?.error
}
