import '@testing-library/jest-dom/vitest'
import { cleanup } from '@testing-library/react'
import { afterEach } from 'vitest'
import { setApi } from '../../src/renderer/src/lib/api'

// Unmount first, then take the fake main away: a run that settles during cleanup must never
// render into a page whose api is already gone.
afterEach(() => {
  cleanup()
  setApi(undefined)
})
