/**
 * How many offline analyses per second (the UI runs one per keystroke). Run with
 * `npx tsx bench/offline-analysis.bench.ts`. No network, fixed clock, bounded iterations.
 */
import { analyzeOffline } from '../src/main/preflight/offline-analysis'
import type { OfflineInput } from '../src/shared/push-url'

const NOW = Date.UTC(2018, 11, 28, 6, 13, 45)
const K1 = 'e12c46f2612d5106e2034781ab261ca3'
const GOOD =
  'rtmp://push.example.com/live/test?txSecret=f85a2ab363fe4deaffef9754d79da6fe&txTime=5C271099'
const WRONG = GOOD.replace('f85a', '0000')

const cases: Array<[string, OfflineInput]> = [
  ['valid URL, no key', { url: { url: GOOD } }],
  ['valid URL, key matches', { url: { url: GOOD }, keys: { primary: K1 } }],
  [
    'wrong txSecret, 2 keys (full mistake search)',
    { url: { url: WRONG }, keys: { primary: K1, backup: 'b' } }
  ],
  ['half-typed URL', { url: { url: GOOD.slice(0, 30) } }],
  [
    'OBS form',
    { url: { server: 'rtmp://push.example.com/live/', streamKey: GOOD.split('/live/')[1] } }
  ],
  ['2 kB junk', { url: { url: 'rtmp://' + 'a'.repeat(2000) } }]
]

/** Run `fn` for about `ms` milliseconds (at most 1e6 iterations) and return ops/s. */
function bench(fn: () => void, ms = 300): number {
  for (let i = 0; i < 100; i++) fn() // warm-up
  let n = 0
  const t0 = performance.now()
  while (performance.now() - t0 < ms && n < 1_000_000) {
    fn()
    n++
  }
  return (n * 1000) / (performance.now() - t0)
}

for (const [name, input] of cases) {
  const ops = bench(() => analyzeOffline(input, NOW))
  console.log(`${name.padEnd(48)} ${Math.round(ops).toLocaleString('en').padStart(10)} ops/s`)
}
