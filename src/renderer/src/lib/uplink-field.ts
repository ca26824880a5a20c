/**
 * The start screen's uplink option as plain data: whether it is on, the planned bitrate as typed,
 * and what that adds to a check or demo request — or the field's message when the text is not a
 * bitrate the engine accepts (the shared range, the same one the CLI's --bitrate takes).
 */
import { inRange, PLANNED_KBPS, type CheckRunOptions } from '@shared/options'

/** The uplink option as the form holds it. */
export interface UplinkChoice {
  on: boolean
  /** The planned bitrate as typed, kbit/s. */
  kbpsText: string
}

/** The form's starting value: off, the engine's default bitrate filled in. */
export const DEFAULT_UPLINK: UplinkChoice = { on: false, kbpsText: String(PLANNED_KBPS.default) }

/** A typed bitrate: a whole number of kbit/s in range, or undefined. */
export function parsePlannedKbps(text: string): number | undefined {
  const s = text.trim()
  if (!/^\d{1,9}$/.test(s)) return undefined
  const n = Number(s)
  return inRange(n, PLANNED_KBPS) ? n : undefined
}

/**
 * What the option adds to a request, or `invalid` when it is on and the bitrate is not usable (the
 * run then waits for a fix). Off adds nothing, whatever the field holds.
 */
export function uplinkRequest(
  choice: UplinkChoice
): { ok: true; request: Pick<CheckRunOptions, 'uplink' | 'plannedKbps'> } | { ok: false } {
  if (!choice.on) return { ok: true, request: {} }
  const kbps = parsePlannedKbps(choice.kbpsText)
  return kbps === undefined
    ? { ok: false }
    : { ok: true, request: { uplink: true, plannedKbps: kbps } }
}
