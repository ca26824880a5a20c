/**
 * The check wizard's state as plain data and one pure reducer. The union makes impossible states
 * unrepresentable: a result always has its report, a running view always has its run, and what a
 * report came from (a check with its request, the demo, a saved file) is one field, not three flags.
 */
import type { DemoRequest, PreflightRequest, ReportOpenError } from '@shared/ipc-contract'
import type { PushUrl } from '@shared/push-url'
import type { NetworkChange, Phase, PreflightProgress, Report } from '@shared/report'
import type { Transport } from '@shared/transport'
import { conclude, networkFailed } from './comparison'
import { otherTransportCause } from './transports'

/** A check's request as the start form builds it. */
export type CheckRequest = Omit<PreflightRequest, 'runId'>

/** The demo's request as the start form builds it. */
export type DemoStart = Omit<DemoRequest, 'runId'>

/** State of one phase as the run goes. */
export interface PhaseState {
  state: PreflightProgress['state']
  atMs: number
  code?: string
}

/** A run in progress, or one whose call to main failed. */
export interface RunState {
  runId: string
  status: 'running' | 'error'
  /** True for the second run of the hotspot retry. */
  onHotspot: boolean
  phases: Partial<Record<Phase, PhaseState>>
  /** Latest live numbers of the media push, and the stream it goes to. */
  push?: PreflightProgress['push']
  pushStream?: string
  startedAt: number
  error?: string
  /** The ways to push this run tries (their phases show from the start); unknown for the demo. */
  transports?: readonly Transport[]
}

/**
 * The hotspot retry on the result screen: `offer` (prompt shown), `checking` (reading the
 * network), `same` (the network did not change: say so), or `none` (not offered). Its run is a
 * running screen of its own.
 */
export type HotspotState = { stage: 'none' | 'offer' | 'checking' | 'same' }

/**
 * Where a run or a report comes from: the user's check (its request, to run again or watch, and
 * the parsed URL with its txSecret, kept in this page's memory only), the demo, or a saved file.
 */
export type Origin =
  | { kind: 'check'; request: CheckRequest; fullUrl?: PushUrl }
  | { kind: 'demo' }
  | { kind: 'saved'; fileName: string }

/** The hotspot run's first report and what changed in the network since. */
export interface HotspotBase {
  base: Report
  changes: NetworkChange[]
}

/** What the wizard shows. */
export type WizardScreen =
  | { view: 'start' }
  | { view: 'running'; run: RunState; origin: Origin; hotspotOf?: HotspotBase }
  | {
      view: 'result'
      /** The report on screen (with its comparison once the hotspot run finished). */
      report: Report
      /** The first run's report: what a hotspot run compares with. */
      base: Report
      origin: Origin
      hotspot: HotspotState
    }

/** The wizard's whole state: the screen, and a failed "open a report" shown above any screen. */
export interface WizardState {
  screen: WizardScreen
  openError?: ReportOpenError
}

/** What can happen to the wizard. */
export type WizardAction =
  | { type: 'launch'; run: RunState; origin: Origin; hotspotOf?: HotspotBase }
  | { type: 'progress'; runId: string; progress: PreflightProgress }
  | { type: 'finished'; runId: string; report: Report }
  | { type: 'failed'; runId: string; message: string }
  | { type: 'opened'; report: Report; fileName: string }
  | { type: 'open-failed'; error?: ReportOpenError }
  | { type: 'hotspot'; hotspot: HotspotState }
  | { type: 'edit' }

/** The wizard before anything happened. */
export const INITIAL_WIZARD: WizardState = { screen: { view: 'start' } }

/** The retry is offered for a fresh, finished run whose evidence points at the network. */
function offersHotspot(r: Report): boolean {
  // Not when another protocol works from here: the next step is to use it, not another network.
  return !r.cancelled && networkFailed(r) && otherTransportCause(r) === undefined
}

/** The result screen a finished run leads to. */
function finish(s: Extract<WizardScreen, { view: 'running' }>, r: Report): WizardScreen {
  const { origin, hotspotOf } = s
  if (hotspotOf) {
    const { base, changes } = hotspotOf
    // A cancelled hotspot run compares nothing: back to the first result and its offer.
    if (r.cancelled)
      return { view: 'result', report: base, base, origin, hotspot: { stage: 'offer' } }
    const comparison = { other: r, changes, conclusion: conclude(base, r) }
    const report = { ...base, comparison }
    return { view: 'result', report, base, origin, hotspot: { stage: 'none' } }
  }
  // The demo's "network" failure is a closed loopback port: no hotspot can change that.
  const offer = origin.kind !== 'demo' && offersHotspot(r)
  return {
    view: 'result',
    report: r,
    base: r,
    origin,
    hotspot: { stage: offer ? 'offer' : 'none' }
  }
}

/** The running screen of run `runId`, or undefined when that run is no longer on screen. */
function runningOf(
  s: WizardScreen,
  runId: string
): Extract<WizardScreen, { view: 'running' }> | undefined {
  return s.view === 'running' && s.run.runId === runId ? s : undefined
}

/** One step of the wizard. Events of a run no longer on screen change nothing. */
export function wizardReducer(state: WizardState, a: WizardAction): WizardState {
  const s = state.screen
  switch (a.type) {
    case 'launch': {
      // A fresh run forgets a failed open; the hotspot retry keeps the page as it was.
      const openError = a.hotspotOf ? state.openError : undefined
      const { run, origin, hotspotOf } = a
      return { openError, screen: { view: 'running', run, origin, hotspotOf } }
    }
    case 'progress': {
      const r = runningOf(s, a.runId)
      if (!r) return state
      const { phase, state: ps, atMs, code } = a.progress
      const run: RunState = {
        ...r.run,
        phases: { ...r.run.phases, [phase]: { state: ps, atMs, code } },
        push: a.progress.push ?? r.run.push,
        pushStream: a.progress.stream ?? r.run.pushStream
      }
      return { ...state, screen: { ...r, run } }
    }
    case 'finished': {
      const r = runningOf(s, a.runId)
      return r ? { ...state, screen: finish(r, a.report) } : state
    }
    case 'failed': {
      const r = runningOf(s, a.runId)
      if (!r) return state
      return { ...state, screen: { ...r, run: { ...r.run, status: 'error', error: a.message } } }
    }
    case 'opened': {
      // A saved report is evidence from another time and place: no retry from here.
      const { report, fileName } = a
      const origin: Origin = { kind: 'saved', fileName }
      return {
        screen: { view: 'result', report, base: report, origin, hotspot: { stage: 'none' } }
      }
    }
    case 'open-failed':
      return { ...state, openError: a.error }
    case 'hotspot':
      return s.view === 'result' ? { ...state, screen: { ...s, hotspot: a.hotspot } } : state
    case 'edit':
      return { ...state, screen: { view: 'start' } }
  }
}
