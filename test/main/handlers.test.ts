import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { IpcMainInvokeEvent } from 'electron'
import { computeTxSecret } from '../../src/main/preflight/signature-check'
import type { PreflightProgressEvent } from '../../src/shared/ipc-contract'
import type { Report } from '../../src/shared/report'
import { startDnsServer, type DnsServerFixture } from '../fixtures/dns-server'
import { startIngest, type Ingest } from '../fixtures/rtmp-ingest'
import { pidAlive } from '../fixtures/rtmp-ingest-push'

// Electron cannot start here: the electron module is mocked at this one boundary. ipcMain records
// the handlers; everything behind them (validation, the engine, the fixtures) is real.
type Listener = (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>
const registered = vi.hoisted(
  () => new Map<string, (event: unknown, ...args: unknown[]) => Promise<unknown>>()
)
const clipboardWrites = vi.hoisted(() => [] as string[])
vi.mock('electron', () => ({
  ipcMain: { handle: (channel: string, fn: Listener) => registered.set(channel, fn as never) },
  app: { getVersion: () => '9.9.9' },
  clipboard: { writeText: (t: string) => clipboardWrites.push(t) }
}))

const { appHandlers, clipboardHandlers, preflightHandlers, urlHandlers } =
  await import('../../src/main/handlers')
const { registerHandlers } = await import('../../src/main/ipc')

/** A stand-in for the window's webContents: records events, can be "destroyed". */
function fakeSender(): {
  sender: unknown
  events: PreflightProgressEvent[]
  destroy: () => void
} {
  const events: PreflightProgressEvent[] = []
  const listeners = new Map<string, () => void>()
  let destroyed = false
  const sender = {
    send: (channel: string, payload: PreflightProgressEvent) =>
      channel === 'preflight:progress' && events.push(payload),
    isDestroyed: () => destroyed,
    once: (name: string, fn: () => void) => listeners.set(name, fn),
    off: (name: string) => listeners.delete(name)
  }
  return {
    sender,
    events,
    destroy: () => {
      destroyed = true
      listeners.get('destroyed')?.()
    }
  }
}

const ours = fakeSender()
const invoke = (channel: string, sender: unknown, ...args: unknown[]): Promise<unknown> => {
  const fn = registered.get(channel)
  if (!fn) throw new Error(`no handler for ${channel}`)
  return fn({ sender, senderFrame: { url: 'file:///app/out/renderer/index.html' } }, ...args)
}
const trusted = (s: unknown): boolean => s !== 'stranger'
const preflight = preflightHandlers()
registerHandlers(
  { ...preflight.handlers, ...appHandlers(), ...urlHandlers(), ...clipboardHandlers() },
  trusted as never
)

const KEY = 'handlers-key'
let ingest: Ingest
let dns: DnsServerFixture
beforeAll(async () => {
  ingest = await startIngest({ key: KEY })
  dns = await startDnsServer({
    'push.ipc.test': { cname: 'ipc.tlivepush.com' },
    'ipc.tlivepush.com': { a: ['127.0.0.1'] }
  })
})
afterAll(async () => {
  await preflight.cancelAll()
  await ingest.close()
  await dns.close()
})

function url(stream: string): string {
  const txTime = Math.floor(Date.now() / 1000 + 20 * 3600)
    .toString(16)
    .toUpperCase()
  return `rtmp://push.ipc.test:${ingest.port}/live/${stream}?txSecret=${computeTxSecret(KEY, stream, txTime, 'md5')}&txTime=${txTime}`
}

describe('IPC handlers over the real engine', () => {
  it('answers app:info, url:analyze and clipboard:write', async () => {
    expect(await invoke('app:info', ours.sender)).toMatchObject({ version: '9.9.9' })
    const a = (await invoke('url:analyze', ours.sender, {
      url: { url: url('s1') },
      keys: { primary: KEY }
    })) as {
      signature: { code: string }
    }
    expect(a.signature.code).toBe('signature-ok')
    await invoke('clipboard:write', ours.sender, 'hello')
    expect(clipboardWrites).toEqual(['hello'])
  })

  it('refuses a stranger and bad arguments before running anything', async () => {
    await expect(
      invoke('preflight:run', 'stranger', { runId: 'r0', url: { url: url('s') } })
    ).rejects.toThrow(/did not come from the app window/)
    await expect(
      invoke('preflight:run', ours.sender, { runId: 'bad id!', url: { url: url('s') } })
    ).rejects.toThrow(/runId/)
    await expect(
      invoke('preflight:run', ours.sender, {
        runId: 'r1',
        url: { url: url('s') },
        pushSeconds: 9999
      })
    ).rejects.toThrow(/pushSeconds/)
    await expect(
      invoke('preflight:run', ours.sender, {
        runId: 'r1',
        url: { url: url('s') },
        dnsServer: 'x;rm'
      })
    ).rejects.toThrow(/dnsServer/)
  })

  it('runs a preflight with progress events to the calling page', async () => {
    const page = fakeSender()
    const report = (await invoke('preflight:run', page.sender, {
      runId: 'run-ok',
      url: { url: url('ipc_ok') },
      keys: { primary: KEY },
      dnsServer: `127.0.0.1:${dns.port}`,
      pushSeconds: 2
    })) as Report
    expect(report.verdict).toBe('ready')
    const phases = page.events
      .filter((e) => e.runId === 'run-ok' && e.progress.state !== 'running')
      .map((e) => e.progress.phase)
    // RTMPS and SRT run beside port…push, so their places in the order vary; the RTMP path's do not.
    expect(phases.filter((p) => p !== 'rtmps' && p !== 'srt')).toEqual([
      'url',
      'ffmpeg',
      'dns',
      'port',
      'handshake',
      'publish',
      'push'
    ])
    expect(phases).toEqual(expect.arrayContaining(['rtmps', 'srt']))
    expect(JSON.stringify(report)).not.toContain(KEY)
  })

  it('cancels a run on request, and when its page goes away; ffmpeg is gone either way', async () => {
    for (const how of ['cancel', 'destroy'] as const) {
      const page = fakeSender()
      const runId = `run-${how}`
      const run = invoke('preflight:run', page.sender, {
        runId,
        url: { url: url(`ipc_${how}`) },
        keys: { primary: KEY },
        dnsServer: `127.0.0.1:${dns.port}`,
        pushSeconds: 60
      }) as Promise<Report>
      const deadline = Date.now() + 15_000
      while (
        !page.events.some((e) => e.progress.phase === 'push' && e.progress.push) &&
        Date.now() < deadline
      ) {
        await new Promise((r) => setTimeout(r, 50))
      }
      if (how === 'cancel') expect(await invoke('preflight:cancel', ours.sender, runId)).toBe(true)
      else page.destroy()
      const report = await run
      expect(report.cancelled).toBe(true)
      const pid = report.checks.testPush?.evidence.pid ?? 0
      expect(pid).toBeGreaterThan(0)
      expect(pidAlive(pid)).toBe(false)
    }
    expect(await invoke('preflight:cancel', ours.sender, 'no-such-run')).toBe(false)
  })
})
