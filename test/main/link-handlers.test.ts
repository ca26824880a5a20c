/**
 * `link:ready` / `link:open` through the real handler, sender check and inbox (only Electron's
 * ipcMain is mocked): a link waiting since launch goes to the page that says it is ready, a
 * stranger is refused, and a page that went away leaves the link for the next one.
 */
import { describe, expect, it, vi } from 'vitest'
import type { IpcMainInvokeEvent } from 'electron'
import { createLinkInbox } from '../../src/main/link-inbox'

type Listener = (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>
const registered = vi.hoisted(
  () => new Map<string, (event: unknown, ...args: unknown[]) => Promise<unknown>>()
)
vi.mock('electron', () => ({
  ipcMain: { handle: (channel: string, fn: Listener) => registered.set(channel, fn as never) },
  app: {},
  clipboard: {}
}))
const { linkHandlers } = await import('../../src/main/handlers')
const { registerHandlers } = await import('../../src/main/ipc')

const LINK = 'push-preflight://check?domain=push.example.com&app=live&stream=s1'

function page(): { sender: unknown; got: Array<[string, unknown]>; destroy: () => void } {
  const got: Array<[string, unknown]> = []
  let destroyed = false
  const sender = { send: (c: string, p: unknown) => got.push([c, p]), isDestroyed: () => destroyed }
  return { sender, got, destroy: () => void (destroyed = true) }
}

const ready = (sender: unknown, ...args: unknown[]): Promise<unknown> =>
  (registered.get('link:ready') as (e: unknown, ...a: unknown[]) => Promise<unknown>)(
    { sender, senderFrame: { url: 'file:///app/out/renderer/index.html' } },
    ...args
  )

describe('linkHandlers', () => {
  it('delivers the waiting link to the ready page, refuses strangers and extra arguments, and keeps a link a closed page missed', async () => {
    const inbox = createLinkInbox()
    registerHandlers(linkHandlers(inbox), ((s: unknown) => s !== 'stranger') as never)
    inbox.receive(LINK)
    await expect(ready('stranger')).rejects.toThrow(/refused/)
    const first = page()
    await expect(ready(first.sender, 'extra')).rejects.toThrow(/link:ready/)
    await ready(first.sender)
    expect(first.got).toEqual([
      [
        'link:open',
        {
          ok: true,
          link: { domain: 'push.example.com', app: 'live', stream: 's1', protocol: 'rtmp' }
        }
      ]
    ])
    first.destroy()
    inbox.receive(LINK + '&port=8080')
    const second = page()
    await ready(second.sender)
    expect(second.got).toHaveLength(1)
    expect(second.got[0][1]).toMatchObject({ ok: true, link: { port: 8080 } })
  })
})
