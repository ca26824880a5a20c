/**
 * The one hook that owns run state: which view the wizard shows, the live
 * run (phases, elapsed time, the test stream), the report on screen — a fresh one or one opened
 * from a file — and the 4G-hotspot retry with its comparison. Components only render it.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { DemoRequest, PreflightRequest, ReportOpenError } from '@shared/ipc-contract'
import type { PushUrl } from '@shared/push-url'
import type { NetworkChange, Phase, PreflightProgress, Report } from '@shared/report'
import { TRANSPORTS, type Transport } from '@shared/transport'
import { api } from '../lib/api'
import { conclude, networkFailed } from '../lib/comparison'
import { otherTransportCause } from '../lib/transports'
import type { WatchBase } from './useWatch'

/** State of one phase as the run goes. */
export interface PhaseState {
  state: PreflightProgress['state']
  atMs: number
  code?: string
}

/** A run in progress or just finished. */
export interface RunState {
  runId: string
  status: 'running' | 'done' | 'error'
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
 * The hotspot retry: `offer` (prompt shown), `checking` (reading the network), `same` (the
 * network did not change: say so), `running`, or `none` (not offered).
 */
export type HotspotState =
  | { stage: 'none' }
  | { stage: 'offer' }
  | { stage: 'checking' }
  | { stage: 'same' }
  | { stage: 'running'; changes: NetworkChange[] }

/** What the wizard shows and what the user can do. */
export interface Wizard {
  view: 'start' | 'running' | 'result'
  run?: RunState
  /** The report on screen (with its comparison once the hotspot run finished). */
  report?: Report
  /** Set when the report was opened from a file. */
  saved?: { fileName: string }
  openError?: ReportOpenError
  hotspot: HotspotState
  /**
   * The user's own parsed push URL of the run on screen (txSecret whole, in this page's memory
   * only): the ways to push are shown in full from it. Absent for a saved report and the demo.
   */
  fullUrl?: PushUrl
  /** Run a check; `fullUrl` is the request's URL as the offline analysis parsed it. */
  start: (req: Omit<PreflightRequest, 'runId'>, fullUrl?: PushUrl) => void
  /** Run the demo (a local test server on this computer); `fail` reproduces one cause. */
  startDemo: (fail?: DemoRequest['fail'], uplink?: Pick<DemoRequest, 'uplink' | 'plannedKbps'>) => void
  /** True while the report on screen comes from the demo. */
  demo: boolean
  cancel: () => void
  /** Back to the start screen (the form keeps what was typed). */
  edit: () => void
  /** Run the last request again on this network (a fresh comparison-free run). */
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

function newRunId(): string {
  return `run-${Date.now().toString(36)}-${Math.floor(Math.random() * 1e6).toString(36)}`
}

/** The wizard's state machine over `window.api`. */
export function useWizard(): Wizard {
  const [view, setView] = useState<Wizard['view']>('start')
  const [run, setRun] = useState<RunState | undefined>()
  const [report, setReport] = useState<Report | undefined>()
  const [saved, setSaved] = useState<Wizard['saved']>()
  const [openError, setOpenError] = useState<ReportOpenError | undefined>()
  const [hotspot, setHotspot] = useState<HotspotState>({ stage: 'none' })
  const [demo, setDemo] = useState(false)
  const [fullUrl, setFullUrl] = useState<PushUrl | undefined>()
  const current = useRef<string | undefined>(undefined)
  const lastRequest = useRef<Omit<PreflightRequest, 'runId'> | undefined>(undefined)
  // The report of the first run while the hotspot run goes (state would be stale in callbacks).
  const first = useRef<Report | undefined>(undefined)

  useEffect(
    () =>
      api().onPreflightProgress(({ runId, progress }) => {
        if (runId !== current.current) return
        setRun((r) =>
          r && r.runId === runId
            ? {
                ...r,
                phases: { ...r.phases, [progress.phase]: { state: progress.state, atMs: progress.atMs, code: progress.code } },
                push: progress.push ?? r.push,
                pushStream: progress.stream ?? r.pushStream
              }
            : r
        )
      }),
    []
  )

  const launch = useCallback((req: Omit<PreflightRequest, 'runId'> | { demo: Omit<DemoRequest, 'runId'> }, onHotspot: boolean, changes: NetworkChange[]) => {
    const runId = newRunId()
    current.current = runId
    const isDemo = 'demo' in req
    const transports = isDemo ? undefined : (req.transports ?? TRANSPORTS)
    setRun({ runId, status: 'running', onHotspot, phases: {}, startedAt: Date.now(), transports })
    setView('running')
    ;(isDemo ? api().demoRun({ ...req.demo, runId }) : api().preflightRun({ ...req, runId }))
      .then(
        (r) => {
          if (current.current !== runId) return
          setRun((s) => (s ? { ...s, status: 'done' } : s))
          const base = first.current
          if (onHotspot && base) {
            if (r.cancelled) {
              // A cancelled hotspot run compares nothing: back to the first result and its offer.
              setReport(base)
              setHotspot({ stage: 'offer' })
            } else {
              setReport({ ...base, comparison: { other: r, changes, conclusion: conclude(base, r) } })
              setHotspot({ stage: 'none' })
            }
          } else {
            first.current = r
            setReport(r)
            // The demo's "network" failure is a closed loopback port: no hotspot can change that.
            setHotspot({ stage: !isDemo && offersHotspot(r) ? 'offer' : 'none' })
          }
          setView('result')
        },
        (e: unknown) => {
          if (current.current !== runId) return
          setRun((s) => (s ? { ...s, status: 'error', error: e instanceof Error ? e.message : String(e) } : s))
        }
      )
  }, [])

  /** Forget the last run's result and sharing state before a new run (or the demo) starts. */
  const clearForNewRun = useCallback((demo: boolean) => {
    first.current = undefined
    setSaved(undefined)
    setOpenError(undefined)
    setReport(undefined)
    setHotspot({ stage: 'none' })
    setDemo(demo)
    setFullUrl(undefined)
  }, [])

  const start = useCallback(
    (req: Omit<PreflightRequest, 'runId'>, url?: PushUrl) => {
      lastRequest.current = req
      clearForNewRun(false)
      setFullUrl(url)
      launch(req, false, [])
    },
    [launch, clearForNewRun]
  )

  const startDemo = useCallback(
    (fail?: DemoRequest['fail'], uplink?: Pick<DemoRequest, 'uplink' | 'plannedKbps'>) => {
      lastRequest.current = undefined
      clearForNewRun(true)
      launch({ demo: { fail, ...uplink } }, false, [])
    },
    [launch, clearForNewRun]
  )

  const rerun = useCallback(() => {
    if (lastRequest.current) start(lastRequest.current, fullUrl)
  }, [start, fullUrl])

  const cancel = useCallback(() => {
    if (current.current) void api().preflightCancel(current.current)
  }, [])

  const edit = useCallback(() => {
    current.current = undefined
    setView('start')
  }, [])

  const openReport = useCallback(async () => {
    const r = await api().reportOpen()
    if (!r.ok) {
      setOpenError(r.cancelled ? undefined : r.error)
      return
    }
    current.current = undefined
    lastRequest.current = undefined
    first.current = r.report
    setOpenError(undefined)
    setRun(undefined)
    setReport(r.report)
    setSaved({ fileName: r.fileName })
    setDemo(false)
    setFullUrl(undefined)
    // A saved report is evidence from another time and place: no retry from here.
    setHotspot({ stage: 'none' })
    setView('result')
  }, [])

  const retryOnHotspot = useCallback(
    async (force = false) => {
      const base = first.current
      const req = lastRequest.current
      if (!base || !req) return
      setHotspot({ stage: 'checking' })
      let changes: NetworkChange[] = []
      try {
        changes = (await api().netIdentity(base.environment.network)).changes
      } catch {
        // Not knowing the network is no reason to refuse the retry; the comparison says "same".
        changes = []
      }
      if (changes.length === 0 && !force) {
        setHotspot({ stage: 'same' })
        return
      }
      setHotspot({ stage: 'running', changes })
      launch(req, true, changes)
    },
    [launch]
  )

  const req = lastRequest.current
  const watchBase = useMemo<WatchBase | undefined>(
    () =>
      view === 'result' && report && !report.cancelled && !saved && !demo && req
        ? {
            url: req.url,
            keys: req.keys,
            authDeltaSec: req.authDeltaSec,
            dnsServer: req.dnsServer,
            // The planned show length counts from the check: its end is what the URL must outlive.
            showEndAt: req.showLengthSec ? report.createdAt + req.showLengthSec * 1000 : undefined
          }
        : undefined,
    [view, report, saved, demo, req]
  )
  return { view, run, report, saved, openError, hotspot, fullUrl, demo, start, startDemo, cancel, edit, rerun, openReport, retryOnHotspot, watchBase }
}

/** The retry is offered for a fresh, finished run whose evidence points at the network. */
function offersHotspot(r: Report): boolean {
  // Not when another protocol works from here: the next step is to use it, not another network.
  return !r.cancelled && networkFailed(r) && otherTransportCause(r) === undefined
}
