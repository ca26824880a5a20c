import { useCallback, useEffect, useRef, useState } from 'react'
import type { PreflightRequest } from '@shared/ipc-contract'
import type { Phase, PreflightProgress, Report } from '@shared/report'
import { api } from '../lib/api'

/** State of one phase as the run goes. */
export interface PhaseState {
  state: PreflightProgress['state']
  atMs: number
  code?: string
}

/** Everything the screen shows about a run. One hook owns it (house style habit 10). */
export interface RunState {
  status: 'idle' | 'running' | 'done' | 'error'
  runId?: string
  phases: Partial<Record<Phase, PhaseState>>
  /** Latest live numbers of the media push, and the stream it goes to. */
  push?: PreflightProgress['push']
  pushStream?: string
  report?: Report
  error?: string
  startedAt?: number
}

function newRunId(): string {
  return `run-${Date.now().toString(36)}-${Math.floor(Math.random() * 1e6).toString(36)}`
}

/** Start, follow and cancel a preflight run in main. */
export function usePreflightRun(): {
  run: RunState
  start: (req: Omit<PreflightRequest, 'runId'>) => void
  cancel: () => void
  reset: () => void
} {
  const [run, setRun] = useState<RunState>({ status: 'idle', phases: {} })
  const current = useRef<string | undefined>(undefined)

  useEffect(
    () =>
      api().onPreflightProgress(({ runId, progress }) => {
        if (runId !== current.current) return
        setRun((r) => ({
          ...r,
          phases: { ...r.phases, [progress.phase]: { state: progress.state, atMs: progress.atMs, code: progress.code } },
          push: progress.push ?? r.push,
          pushStream: progress.stream ?? r.pushStream
        }))
      }),
    []
  )

  const start = useCallback((req: Omit<PreflightRequest, 'runId'>) => {
    const runId = newRunId()
    current.current = runId
    setRun({ status: 'running', runId, phases: {}, startedAt: Date.now() })
    api()
      .preflightRun({ ...req, runId })
      .then(
        (report) => current.current === runId && setRun((r) => ({ ...r, status: 'done', report })),
        (e: unknown) =>
          current.current === runId &&
          setRun((r) => ({ ...r, status: 'error', error: e instanceof Error ? e.message : String(e) }))
      )
  }, [])

  const cancel = useCallback(() => {
    if (current.current) void api().preflightCancel(current.current)
  }, [])

  const reset = useCallback(() => {
    current.current = undefined
    setRun({ status: 'idle', phases: {} })
  }, [])

  return { run, start, cancel, reset }
}
