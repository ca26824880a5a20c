/**
 * All calls to main go through here. In the app this is the preload's
 * `window.api`; tests replace it with `setApi()`.
 */
import type { PreloadApi } from '@shared/ipc-contract'

let current: PreloadApi | undefined

/** The API to main: the one set by tests, else the preload's. */
export function api(): PreloadApi {
  if (current) return current
  if (typeof window !== 'undefined' && window.api) return window.api
  throw new Error('window.api is missing: the preload script did not run')
}

/** Replace the API (tests, the e2e harness). */
export function setApi(next: PreloadApi | undefined): void {
  current = next
}
