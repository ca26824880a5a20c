/**
 * Uplink benchmark (`npm run bench:uplink`): the uplink test against links shaped with `tc tbf`
 * to 1, 3 and 6 Mbit/s (two network namespaces and a veth pair made here; see
 * test/helpers/shaped-link.ts), printing the estimate and its error as a Markdown table for the
 * README. Needs Linux and root; otherwise it prints why and exits 0. About 15 s per rate.
 */
import { pidAlive, signedPublishName, txTimeHex } from '../src/main/demo/ingest-push'
import { locateFfmpeg } from '../src/main/preflight/ffmpeg-locate'
import { checkUplink, realUplinkDeps } from '../src/main/preflight/uplink-check'
import { makeShapedLink, spawnInNamespace } from '../test/helpers/shaped-link'

const KEY = 'uplink-bench-key-0123456789'
const RATES_MBIT = [1, 3, 6]

async function main(): Promise<void> {
  const info = await locateFfmpeg()
  if (info.code !== 'ffmpeg-ok' || !info.path) {
    console.log(`uplink bench skipped: no usable ffmpeg (${info.code})`)
    return
  }
  const link = await makeShapedLink('ppub', RATES_MBIT[0], KEY)
  if (!link.ok) {
    console.log(`uplink bench skipped: ${link.reason}`)
    return
  }
  const rows: string[] = []
  try {
    for (const mbit of RATES_MBIT) {
      const set = link.setRate(mbit)
      if (!set.ok) throw new Error(`tc: ${set.reason}`)
      const stream = `bench${mbit}`
      const output = `${link.baseUrl}/live/${signedPublishName(stream, KEY, txTimeHex(Date.now() / 1000 + 3600))}`
      const r = await checkUplink(
        { ffmpegPath: info.path, output, plannedKbps: mbit * 1000, stream },
        {},
        { ...realUplinkDeps, spawn: spawnInNamespace(link.clientNs) }
      )
      const e = r.evidence
      if (e.pid && pidAlive(e.pid)) throw new Error(`ffmpeg ${e.pid} outlived the uplink test`)
      const est = e.sustainedKbps ?? 0
      const err = ((est - mbit * 1000) / (mbit * 1000)) * 100
      rows.push(
        `| ${mbit} Mbit/s | ${e.testKbps} | ${est} | ${err >= 0 ? '+' : ''}${err.toFixed(1)} % | ${e.recommendedKbps} | ${e.stalls} | ${e.cpuPercent ?? '–'} | ${(r.timing.durationMs / 1000).toFixed(1)} s |`
      )
      console.error(`  ${mbit} Mbit/s done: ${est} kbit/s (${r.code})`)
    }
  } finally {
    await link.remove()
  }
  console.log(
    '| shaped link (tc tbf) | clip pushed, kbit/s | estimate, kbit/s | error | recommended encoder, kbit/s | stalls | push CPU % | time |'
  )
  console.log('|---|---|---|---|---|---|---|---|')
  for (const row of rows) console.log(row)
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e)
  process.exitCode = 1
})
