import { useCallback, useEffect, useReducer, useRef } from 'react'
import type { WatchRequest } from '@shared/ipc-contract'
import { WATCH_HISTORY_ROUNDS, type WatchAlert, type WatchRound } from '@shared/watch'
import { api } from '../lib/api'

/** What a watch needs besides its id, interval and language: the run's own inputs. */
export type WatchBase = Omit<WatchRequest, 'watchId' | 'everyMs' | 'lang'>

/** An alert with the round that raised it. */
export interface TimedAlert {
  index: number
  at: number
  alert: WatchAlert
}

/** The watch's state: off, or on with a bounded history of rounds and alerts. */
export interface WatchState {
  on: boolean
  rounds: WatchRound[]
  alerts: TimedAlert[]
  error?: string
}

type Action =
  | { type: 'start' }
  | { type: 'round'; round: WatchRound }
  | { type: 'ended' }
  | { type: 'error'; message: string }

/** One reducer owns the watch state; histories never grow past WATCH_HISTORY_ROUNDS. */
function watchReducer(s: WatchState, a: Action): WatchState {
  switch (a.type) {
    case 'start':
      return { on: true, rounds: [], alerts: [] }
    case 'round': {
      const alerts = a.round.alerts.map((alert) => ({
        index: a.round.index,
        at: a.round.at,
        alert
      }))
      return {
        ...s,
        rounds: [...s.rounds, a.round].slice(-WATCH_HISTORY_ROUNDS),
        alerts: [...s.alerts, ...alerts].slice(-WATCH_HISTORY_ROUNDS)
      }
    }
    case 'ended':
      return { ...s, on: false }
    case 'error':
      return { ...s, on: false, error: a.message }
  }
}

function newWatchId(): string {
  return `watch-${Date.now().toString(36)}-${Math.floor(Math.random() * 1e6).toString(36)}`
}

/**
 * "Keep watching": starts and stops a watch in main, collects its rounds. The watch stops when the
 * component using this hook unmounts (leaving the result screen), so no loop runs unseen.
 */
export function useWatch(
  base: WatchBase | undefined,
  lang: WatchRequest['lang']
): {
  state: WatchState
  start: (everyMs: number) => void
  stop: () => void
} {
  const [state, dispatch] = useReducer(watchReducer, { on: false, rounds: [], alerts: [] })
  const current = useRef<string | undefined>(undefined)

  useEffect(
    () =>
      api().onWatchRound(({ watchId, round }) => {
        if (watchId === current.current) dispatch({ type: 'round', round })
      }),
    []
  )
  const stop = useCallback(() => {
    const id = current.current
    current.current = undefined
    dispatch({ type: 'ended' })
    if (id)
      void api()
        .watchStop(id)
        .catch(() => undefined)
  }, [])
  useEffect(() => stop, [stop])

  const start = useCallback(
    (everyMs: number) => {
      if (!base || current.current) return
      const watchId = newWatchId()
      current.current = watchId
      dispatch({ type: 'start' })
      api()
        .watchStart({ ...base, watchId, everyMs, lang })
        .then(
          () => {
            if (current.current === watchId) {
              current.current = undefined
              dispatch({ type: 'ended' })
            }
          },
          (err: unknown) => {
            if (current.current !== watchId) return
            current.current = undefined
            dispatch({ type: 'error', message: err instanceof Error ? err.message : String(err) })
          }
        )
    },
    [base, lang]
  )
  return { state, start, stop }
}
