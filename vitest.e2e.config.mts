import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'

const root = dirname(fileURLToPath(import.meta.url))

// The end-to-end test: Chromium over the built renderer (npm run test:e2e builds it first).
export default defineConfig({
  resolve: { alias: { '@shared': resolve(root, 'src/shared') } },
  test: {
    name: 'e2e',
    environment: 'node',
    include: ['test/e2e/**/*.e2e.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // One browser, one page, the steps in order.
    sequence: { concurrent: false },
    fileParallelism: false
  }
})
