import { defineConfig } from 'vitest/config'

// The tests on links shaped in network namespaces measure rates and round trips. They run after
// the rest of the suite, one file at a time, so no other test's CPU use shows up in what they
// measure on a 2-core machine.
export default defineConfig({
  test: {
    name: 'links',
    environment: 'node',
    include: ['test/**/*-shaped.test.ts'],
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 60_000
  }
})
