/**
 * "App quit during a push": main's before-quit path calls
 * `preflightHandlers(...).cancelAll()` and waits for it. Electron cannot start here, so the
 * electron module is mocked at that one boundary (ipcMain records the handlers, as in
 * test/main/handlers.test.ts); the handlers, the engine, ffmpeg and the ingest are real.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { PUSH_KILL_GRACE_MS } from '../../src/main/preflight/constants'
import type { PreflightProgressEvent } from '../../src/shared/ipc-contract'
import type { Report } from '../../src/shared/report'
import { startDnsServer, type DnsServerFixture } from '../fixtures/dns-server'
import { startIngest, type Ingest } from '../fixtures/rtmp-ingest'
import { pidAlive, signedPublishName, txTimeHex } from '../fixtures/rtmp-ingest-push'
import { ffmpegChildren, usePrivateTmp, waitFor, type PrivateTmp } from './fault-helpers'

type Invoke = (event: unknown, ...args: unknown[]) => Promise<unknown>
const registered = vi.hoisted(() => new Map<string, Invoke>())
vi.mock('electron', () => ({
  ipcMain: { handle: (channel: string, fn: Invoke) => registered.set(channel, fn) },
  app: { getVersion: () => '0.0.0-test', getPath: () => '/nonexistent' },
  BrowserWindow: { getAllWindows: () => [] },
  clipboard: { writeText: () => undefined },
  dialog: {},
  safeStorage: { isEncryptionAvailable: () => false }
}))

const { preflightHandlers } = await import('../../src/main/handlers')
const { registerHandlers } = await import('../../src/main/ipc')

const KEY = 'appquitkey0123456789abcdef01234'
const HOST = 'push.quit.test'
let ingest: Ingest
let dns: DnsServerFixture
let tmp: PrivateTmp
beforeAll(async () => {
  tmp = usePrivateTmp('pf-quit-')
  ingest = await startIngest({ key: KEY })
  dns = await startDnsServer({
    [HOST]: { cname: 'quit.tlivepush.com' },
    'quit.tlivepush.com': { a: ['127.0.0.1'] }
  })
})
afterAll(async () => {
  await ingest?.close()
  await dns?.close()
  tmp?.restore()
})

describe('app quit during a push', () => {
  it('cancelAll() stops every running push and resolves only once ffmpeg has exited', async () => {
    const preflight = preflightHandlers()
    registerHandlers(preflight.handlers, () => true)
    const events: PreflightProgressEvent[] = []
    const sender = {
      send: (_c: string, p: PreflightProgressEvent) => void events.push(p),
      isDestroyed: () => false,
      once: () => undefined,
      off: () => undefined
    }
    const invoke = registered.get('preflight:run')
    if (!invoke) throw new Error('preflight:run was not registered')
    const txTime = txTimeHex(Date.now() / 1000 + 86_400)
    // Two runs at once, as two quick clicks could start them: both must be stopped.
    const runs = ['quit-a', 'quit-b'].map(
      (runId) =>
        invoke(
          { sender, senderFrame: { url: 'file:///app/renderer/index.html' } },
          {
            runId,
            url: {
              url: `rtmp://${HOST}:${ingest.port}/live/${signedPublishName(runId.replace('-', '_'), KEY, txTime)}`
            },
            keys: { primary: KEY },
            dnsServer: `127.0.0.1:${dns.port}`,
            pushSeconds: 60
          }
        ) as Promise<Report>
    )
    const pushing = (id: string): boolean =>
      events.some(
        (e) => e.runId === id && e.progress.phase === 'push' && e.progress.push !== undefined
      )
    expect(await waitFor(() => pushing('quit-a') && pushing('quit-b'), 15_000)).toBe(true)
    const children = ffmpegChildren()
    expect(children).toHaveLength(2)
    expect(preflight.isRunning()).toBe(true)

    const t0 = performance.now()
    await preflight.cancelAll()
    const quitMs = performance.now() - t0
    // The app may quit now: no ffmpeg is left, by PID. The 60 s pushes were cut short by the
    // cancel (the codes below say so); the bound is only a hang guard, roomy for a busy machine.
    for (const pid of children)
      expect(pidAlive(pid), `ffmpeg ${pid} outlived cancelAll`).toBe(false)
    expect(ffmpegChildren()).toEqual([])
    expect(quitMs).toBeLessThan(PUSH_KILL_GRACE_MS + 10_000)
    expect(preflight.isRunning()).toBe(false)
    const reports = await Promise.all(runs)
    for (const r of reports) {
      expect(r.cancelled).toBe(true)
      expect(r.checks.testPush?.code).toBe('push-cancelled')
      expect(JSON.stringify(r)).not.toContain(KEY)
    }
    expect(tmp.entries()).toEqual([])
  }, 30_000)
})
