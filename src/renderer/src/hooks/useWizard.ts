/**
 * The one hook that owns run state: which screen the wizard shows, the live run (phases, elapsed
 * time, the test stream), the report on screen — a fresh one, the demo's, or one opened from a
 * file — and the 4G-hotspot retry with its comparison. The state and its transitions live in
 * lib/wizard-state.ts; this hook adds the calls to main. Components only render it.
 */
import { useCallback, useEffect, useMemo, useReducer, type Dispatch } from 'react'
import type { DemoRequest } from '@shared/ipc-contract'
import type { PushUrl } from '@shared/push-url'
import type { NetworkChange } from '@shared/report'
import { TRANSPORTS } from '@shared/transport'
import { api } from '../lib/api'
import {
  INITIAL_WIZARD,
  wizardReducer,
  type CheckRequest,
  type DemoStart,
  type HotspotBase,
  type Origin,
  type WizardAction,
  type WizardState
} from '../lib/wizard-state'
import type { WatchBase } from './useWatch'

/** What the wizard shows and what the user can do. */
export interface Wizard {
  state: WizardState
  /** Run a check; `fullUrl` is the request's URL as the offline analysis parsed it. */
  start: (req: CheckRequest, fullUrl?: PushUrl) => void
  /** Run the demo (a local test server on this computer); `fail` reproduces one cause. */
  startDemo: (
    fail?: DemoRequest['fail'],
    uplink?: Pick<DemoRequest, 'uplink' | 'plannedKbps'>
  ) => void
  cancel: () => void
  /** Back to the start screen (the form keeps what was typed). */
  edit: () => void
  /** Run the check on screen again on this network (a fresh comparison-free run). */
  rerun: () => void
  openReport: () => Promise<void>
  /** Read the network; rerun on it if it changed (or if `force`), else say it did not change. */
  retryOnHotspot: (force?: boolean) => Promise<void>
  /**
   * What "Keep watching" watches: the inputs of the check on screen (its key stays in memory).
   * Absent for a saved report, the demo and a cancelled run.
   */
  watchBase?: WatchBase
}

/** What a run starts from: the user's check (with its parsed URL) or the demo. */
type Launch = { check: CheckRequest; fullUrl?: PushUrl } | { demo: DemoStart }

function newRunId(): string {
  return `run-${Date.now().toString(36)}-${Math.floor(Math.random() * 1e6).toString(36)}`
}

/** Feed main's progress events to the wizard (the reducer drops those of other runs). */
function useRunProgress(dispatch: Dispatch<WizardAction>): void {
  useEffect(
    () =>
      api().onPreflightProgress(({ runId, progress }) =>
        dispatch({ type: 'progress', runId, progress })
      ),
    [dispatch]
  )
}

/** Start a run in main; its end (a report, or a refused call) goes to the wizard. */
function useLaunch(dispatch: Dispatch<WizardAction>): (l: Launch, hotspotOf?: HotspotBase) => void {
  useRunProgress(dispatch)
  return useCallback(
    (l: Launch, hotspotOf?: HotspotBase) => {
      const runId = newRunId()
      const origin: Origin =
        'demo' in l ? { kind: 'demo' } : { kind: 'check', request: l.check, fullUrl: l.fullUrl }
      const transports = 'demo' in l ? undefined : (l.check.transports ?? TRANSPORTS)
      const onHotspot = hotspotOf !== undefined
      const run = {
        runId,
        status: 'running',
        onHotspot,
        phases: {},
        startedAt: Date.now()
      } as const
      dispatch({ type: 'launch', run: { ...run, transports }, origin, hotspotOf })
      const call =
        'demo' in l
          ? api().demoRun({ ...l.demo, runId })
          : api().preflightRun({ ...l.check, runId })
      call.then(
        (report) => dispatch({ type: 'finished', runId, report }),
        (e: unknown) => {
          const message = e instanceof Error ? e.message : String(e)
          dispatch({ type: 'failed', runId, message })
        }
      )
    },
    [dispatch]
  )
}

/** The network's changes since `base` was made; none known when it cannot be read. */
async function networkChanges(base: HotspotBase['base']): Promise<NetworkChange[]> {
  try {
    return (await api().netIdentity(base.environment.network)).changes
  } catch {
    // Not knowing the network is no reason to refuse the retry; the comparison says "same".
    return []
  }
}

/** The wizard's state machine over `window.api`. */
export function useWizard(): Wizard {
  const [state, dispatch] = useReducer(wizardReducer, INITIAL_WIZARD)
  const launch = useLaunch(dispatch)
  const { screen } = state
  const start = useCallback(
    (check: CheckRequest, fullUrl?: PushUrl) => launch({ check, fullUrl }),
    [launch]
  )
  const startDemo = useCallback<Wizard['startDemo']>(
    (fail, uplink) => launch({ demo: { fail, ...uplink } }),
    [launch]
  )
  const rerun = (): void => {
    if (screen.view !== 'start' && screen.origin.kind === 'check')
      start(screen.origin.request, screen.origin.fullUrl)
  }
  const cancel = (): void => {
    if (screen.view === 'running') void api().preflightCancel(screen.run.runId)
  }
  const edit = useCallback(() => dispatch({ type: 'edit' }), [])

  const openReport = useCallback(async () => {
    const r = await api().reportOpen()
    if (r.ok) dispatch({ type: 'opened', report: r.report, fileName: r.fileName })
    else dispatch({ type: 'open-failed', error: r.cancelled ? undefined : r.error })
  }, [])

  const retryOnHotspot = async (force = false): Promise<void> => {
    if (screen.view !== 'result' || screen.origin.kind !== 'check') return
    const { base, origin } = screen
    dispatch({ type: 'hotspot', hotspot: { stage: 'checking' } })
    const changes = await networkChanges(base)
    if (changes.length === 0 && !force) {
      dispatch({ type: 'hotspot', hotspot: { stage: 'same' } })
      return
    }
    launch({ check: origin.request, fullUrl: origin.fullUrl }, { base, changes })
  }

  const watchBase = useMemo(() => watchBaseOf(screen), [screen])
  return { state, start, startDemo, cancel, edit, rerun, openReport, retryOnHotspot, watchBase }
}

/** What "Keep watching" watches for the screen: a fresh, finished check's inputs. */
function watchBaseOf(screen: WizardState['screen']): WatchBase | undefined {
  if (screen.view !== 'result' || screen.report.cancelled || screen.origin.kind !== 'check')
    return undefined
  const req = screen.origin.request
  return {
    url: req.url,
    keys: req.keys,
    authDeltaSec: req.authDeltaSec,
    dnsServer: req.dnsServer,
    // The planned show length counts from the check: its end is what the URL must outlive.
    showEndAt: req.showLengthSec ? screen.report.createdAt + req.showLengthSec * 1000 : undefined
  }
}
