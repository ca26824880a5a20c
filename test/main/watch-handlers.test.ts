import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { IpcMainInvokeEvent } from 'electron'
import type { WatchRoundEvent } from '../../src/shared/ipc-contract'
import type { NetworkIdentity } from '../../src/shared/report'
import type { WatchSummary } from '../../src/shared/watch'
import { startIngest, type Ingest } from '../fixtures/rtmp-ingest'

// Electron cannot start here: the electron module is mocked at this one boundary. ipcMain records
// the handlers; validation, the watch engine and the ingest behind them are real.
type Listener = (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>
const registered = vi.hoisted(
  () => new Map<string, (event: unknown, ...args: unknown[]) => Promise<unknown>>()
)
vi.mock('electron', () => ({
  ipcMain: { handle: (channel: string, fn: Listener) => registered.set(channel, fn as never) }
}))
const { watchHandlers } = await import('../../src/main/handlers')
const { registerHandlers } = await import('../../src/main/ipc')

function fakeSender(): {
  sender: unknown
  rounds: WatchRoundEvent[]
  destroy: () => void
  next: (n: number) => Promise<void>
} {
  const rounds: WatchRoundEvent[] = []
  const listeners = new Map<string, () => void>()
  const waiters: Array<() => void> = []
  let destroyed = false
  const sender = {
    send: (channel: string, payload: WatchRoundEvent) => {
      if (channel !== 'watch:round') return
      rounds.push(payload)
      waiters.splice(0).forEach((w) => w())
    },
    isDestroyed: () => destroyed,
    once: (name: string, fn: () => void) => listeners.set(name, fn),
    off: (name: string) => listeners.delete(name)
  }
  const next = async (n: number): Promise<void> => {
    while (rounds.length < n) await new Promise<void>((r) => waiters.push(r))
  }
  return {
    sender,
    rounds,
    next,
    destroy: () => ((destroyed = true), listeners.get('destroyed')?.())
  }
}

const invoke = (channel: string, sender: unknown, ...args: unknown[]): Promise<unknown> =>
  registered.get(channel)!(
    { sender, senderFrame: { url: 'file:///app/out/renderer/index.html' } },
    ...args
  )

const VENUE: NetworkIdentity = {
  interfaces: [{ name: 'wlan0', addresses: ['198.51.100.23/24'] }],
  dnsServers: []
}
const HOTSPOT: NetworkIdentity = {
  interfaces: [{ name: 'wlan0', addresses: ['203.0.113.5/24'] }],
  dnsServers: []
}
let identity = VENUE
const notices: Array<{ title: string; body: string }> = []
const watches = watchHandlers((title, body) => notices.push({ title, body }), {
  readNetworkIdentity: async () => identity,
  sleep: async () => new Promise((r) => setTimeout(r, 10))
})
registerHandlers(watches.handlers, ((s: unknown) => s !== 'stranger') as never)

let ingest: Ingest
beforeAll(async () => {
  ingest = await startIngest({ requireSignature: false })
})
afterAll(async () => {
  await watches.stopAll()
  await ingest.close()
})

describe('watch:start / watch:stop', () => {
  it('sends rounds, notifies an alert in the asked language, and stops on watch:stop', async () => {
    const s = fakeSender()
    const url = `rtmp://127.0.0.1:${ingest.port}/live/h_watch`
    const started = invoke('watch:start', s.sender, {
      watchId: 'w1',
      url: { url },
      everyMs: 1000,
      lang: 'id'
    }) as Promise<WatchSummary>
    await s.next(1)
    expect(watches.isRunning()).toBe(true)
    identity = HOTSPOT
    await s.next(2)
    expect(await invoke('watch:stop', s.sender, 'w1')).toBe(true)
    expect(await started).toEqual({ rounds: expect.any(Number), stopped: true })
    expect(watches.isRunning()).toBe(false)
    expect(s.rounds[0]).toMatchObject({
      watchId: 'w1',
      round: { index: 1, portOpen: true, handshake: 'handshake-ok' }
    })
    expect(s.rounds[1].round.alerts.map((a) => a.code)).toContain('network-changed')
    expect(notices[0]).toEqual({
      title: 'Push Preflight: ada yang berubah',
      body: expect.stringContaining('Jaringan komputer ini berubah')
    })
    expect(await invoke('watch:stop', s.sender, 'w1')).toBe(false)
  })

  it('the page going away stops its watch', async () => {
    const s = fakeSender()
    const url = `rtmp://127.0.0.1:${ingest.port}/live/h_gone`
    const started = invoke('watch:start', s.sender, {
      watchId: 'w2',
      url: { url },
      everyMs: 1000
    }) as Promise<WatchSummary>
    await s.next(1)
    s.destroy()
    expect((await started).stopped).toBe(true)
    expect(watches.isRunning()).toBe(false)
  })

  it('refuses bad input and strangers before anything runs', async () => {
    const s = fakeSender()
    const url = { url: `rtmp://127.0.0.1:${ingest.port}/live/h_bad` }
    await expect(
      invoke('watch:start', s.sender, { watchId: 'w3', url, everyMs: 500 })
    ).rejects.toThrow(/everyMs/)
    await expect(
      invoke('watch:start', s.sender, { watchId: 'w3', url, everyMs: 1000, lang: 'fr' })
    ).rejects.toThrow(/lang/)
    await expect(
      invoke('watch:start', 'stranger', { watchId: 'w3', url, everyMs: 1000 })
    ).rejects.toThrow(/refused/)
    expect(s.rounds).toEqual([])
  })
})
