import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitest/config'
import react from '@vitejs/plugin-react'

const root = dirname(fileURLToPath(import.meta.url))
const alias = { '@shared': resolve(root, 'src/shared') }

// Two projects, as in the house style: node for main/shared/fixtures, jsdom for the renderer.
export default defineConfig({
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: 'node',
          environment: 'node',
          include: [
            'test/main/**/*.test.ts',
            'test/shared/**/*.test.ts',
            'test/fixtures/**/*.test.ts',
            'test/property/**/*.test.ts',
            'test/faults/**/*.test.ts'
          ],
          // Tests on shaped links measure rates and round trips: they run alone (vitest.links.config.mts).
          exclude: ['**/*-shaped.test.ts'],
          testTimeout: 30_000,
          hookTimeout: 30_000
        }
      },
      {
        resolve: { alias },
        plugins: [react()],
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['test/renderer/**/*.test.tsx', 'test/renderer/**/*.test.ts'],
          setupFiles: ['test/renderer/setup.ts'],
          // Some screen tests drive the real engine (a few seconds of real pushes): room under load.
          testTimeout: 30_000
        }
      }
    ]
  }
})
