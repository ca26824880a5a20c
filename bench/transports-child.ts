/**
 * Runs inside a network namespace made by transports.bench.ts (TCP 1935 dropped, or UDP 9000
 * dropped): starts the ladder world there (RTMP ingest, stunnel, Tencent-rule SRT listener, DNS)
 * and measures, for the scenario given in BENCH_SCENARIO (`tcp` or `udp`), the engine's time to verdict with RTMP
 * only and with all three transports, and a plain hand-typed ffmpeg push per transport. Prints one
 * JSON object on stdout. Every ffmpeg is capped; the world is closed at the end.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { locateFfmpeg, realDeps } from '../src/main/preflight/ffmpeg-locate'
import { runPreflight } from '../src/main/preflight/run-preflight'
import type { Transport } from '../src/shared/transport'
import {
  DEBIAN_FFMPEG,
  LADDER_KEY,
  startLadderWorld,
  type LadderWorld
} from '../test/fixtures/ladder-world'
import { signedPublishName, txTimeHex } from '../test/fixtures/rtmp-ingest-push'

/** A hand-typed push is killed after this long ("never" ends on its own). */
const PLAIN_CAP_MS = 20_000
/** Length of every media push, s: the engine's ladder pushes last 3 s too. */
const PUSH_SECONDS = 3

/** One engine run: total time to the verdict and each row's own time. */
async function engine(
  w: LadderWorld,
  transports: Transport[]
): Promise<{ ms: number; verdict: string; rows: Array<[string, string, number]> }> {
  const t0 = performance.now()
  const r = await runPreflight(
    {
      url: { url: w.url },
      keys: { primary: LADDER_KEY },
      dnsServer: w.dnsServer,
      pushSeconds: 8,
      clockServer: false,
      transports,
      rtmpsPort: w.rtmpsPort,
      srtPort: w.srt.port,
      caPem: w.ca.caPem
    },
    {
      deps: {
        locateFfmpeg: () => locateFfmpeg({ ...realDeps, env: { FFMPEG_PATH: DEBIAN_FFMPEG } })
      }
    }
  )
  const rows = (r.transports ?? []).map((t): [string, string, number] => [
    t.transport,
    t.code,
    t.durationMs
  ])
  return { ms: Math.round(performance.now() - t0), verdict: r.verdict, rows }
}

/** A plain ffmpeg push (test pattern, `-t PUSH_SECONDS`): ms to exit and its exit code. */
function plain(args: string[]): Promise<{ ms: number; code: number | null; killed: boolean }> {
  const t0 = performance.now()
  const child = spawn(
    DEBIAN_FFMPEG,
    [
      '-nostdin',
      '-hide_banner',
      '-loglevel',
      'error',
      '-re',
      '-f',
      'lavfi',
      '-i',
      'testsrc2=size=640x360:rate=30',
      '-f',
      'lavfi',
      '-i',
      'sine',
      '-t',
      String(PUSH_SECONDS),
      '-c:v',
      'libx264',
      '-preset',
      'ultrafast',
      '-c:a',
      'aac',
      ...args
    ],
    { stdio: 'ignore' }
  )
  let killed = false
  const cap = setTimeout(() => {
    killed = true
    child.kill('SIGKILL')
  }, PLAIN_CAP_MS)
  return new Promise((resolve) => {
    child.on('close', (code) => {
      clearTimeout(cap)
      resolve({ ms: Math.round(performance.now() - t0), code, killed })
    })
  })
}

async function main(): Promise<void> {
  // 'tcp': the venue drops TCP 1935, where the URL points; 'udp': RTMP works (the URL points at the
  // ingest) and the venue drops UDP 9000, where SRT listens.
  const udp = process.env.BENCH_SCENARIO === 'udp'
  const w = await startLadderWorld({ rtmpPort: udp ? undefined : 1935, srtPort: 9000 })
  const dir = mkdtempSync(join(tmpdir(), 'bench-ladder-'))
  try {
    const caFile = join(dir, 'ca.pem')
    writeFileSync(caFile, w.ca.caPem)
    const rtmpOnly = await engine(w, ['rtmp'])
    const all = await engine(w, ['rtmp', 'rtmps', 'srt'])
    const name = (s: string): string =>
      signedPublishName(s, LADDER_KEY, txTimeHex(Date.now() / 1000 + 3600))
    const rtmpPort = udp ? w.ingest.port : 1935
    const plainRtmp = await plain([
      '-f',
      'flv',
      `rtmp://127.0.0.1:${rtmpPort}/live/${name('plain_rtmp')}`
    ])
    // What a support agent would type for RTMPS: ffmpeg's own TLS, verified, by IP and host name.
    const plainRtmps = await plain([
      '-f',
      'flv',
      '-tls_verify',
      '1',
      '-ca_file',
      caFile,
      '-verifyhost',
      'push.example.test',
      '-rtmp_tcurl',
      `rtmps://push.example.test:${w.rtmpsPort}/live`,
      `rtmps://127.0.0.1:${w.rtmpsPort}/live/${name('plain_rtmps')}`
    ])
    const sid = `#!::h=push.example.test,r=live/${name('plain_srt').replace('?', ',').replace('&', ',')}`
    const plainSrt = await plain(['-f', 'mpegts', `srt://127.0.0.1:${w.srt.port}?streamid=${sid}`])
    process.stdout.write(
      JSON.stringify({
        rtmpOnly,
        all,
        plain: { rtmp: plainRtmp, rtmps: plainRtmps, srt: plainSrt }
      })
    )
  } finally {
    rmSync(dir, { recursive: true, force: true })
    await w.close()
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`bench child: ${String(err)}\n`)
  process.exit(3)
})
