import { useSyncExternalStore } from 'react'

/** The clock never announces a change: each render reads it afresh, as `Date.now()` there did. */
function subscribe(): () => void {
  return () => undefined
}

/**
 * The wall clock in whole seconds, rounded up. React reads an external store twice per render and
 * re-renders when the two reads differ, so the value must hold still between them; rounding up
 * keeps a URL that is valid for 20 h reading as "19 h 59 min", as before.
 */
function readClock(): number {
  return Math.ceil(Date.now() / 1000) * 1000
}

/** The current time (ms) for relative texts such as "in 3 h", read on every render. */
export function useNow(): number {
  return useSyncExternalStore(subscribe, readClock)
}
