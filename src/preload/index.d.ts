import type { PreloadApi } from '../shared/ipc-contract'

declare global {
  interface Window {
    /** The preload API (see src/preload/index.ts). */
    api: PreloadApi
  }
}
export {}
