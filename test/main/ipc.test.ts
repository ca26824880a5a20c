import { describe, expect, it, vi } from 'vitest'
import type { IpcMainInvokeEvent, WebContents } from 'electron'
import { handle, oneArg, registerHandlers, type HandlerMap } from '../../src/main/ipc'
import { INVOKE_CHANNELS } from '../../src/shared/ipc-contract'
import { validateClipboardText } from '../../src/main/ipc-validate'

// The electron module cannot load outside Electron; it is mocked at this one boundary, and the
// handlers are registered on an injected recorder instead of ipcMain.
vi.mock('electron', () => ({ ipcMain: { handle: () => undefined } }))

// ipcMain is replaced by a recorder at this one boundary (Electron cannot start here).
type Listener = (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>
function fakeIpc(): {
  ipc: { handle: (c: string, l: Listener) => void }
  get: (c: string) => Listener
} {
  const map = new Map<string, Listener>()
  return {
    ipc: { handle: (c, l) => void map.set(c, l) },
    get: (c) => {
      const l = map.get(c)
      if (!l) throw new Error(`no handler for ${c}`)
      return l
    }
  }
}

const ours = {} as WebContents
const stranger = {} as WebContents
const event = (sender: WebContents, url = 'file:///app/renderer/index.html'): IpcMainInvokeEvent =>
  ({ sender, senderFrame: { url } }) as unknown as IpcMainInvokeEvent

describe('handle()', () => {
  const setup = (): { get: (c: string) => Listener; calls: string[] } => {
    const f = fakeIpc()
    const calls: string[] = []
    handle(
      'clipboard:write',
      (s, url) => s === ours && url === 'file:///app/renderer/index.html',
      oneArg(validateClipboardText),
      (text) => void calls.push(text),
      f.ipc as never
    )
    return { get: f.get, calls }
  }

  it('runs the implementation for our window with valid arguments', async () => {
    const { get, calls } = setup()
    await get('clipboard:write')(event(ours), 'hello')
    expect(calls).toEqual(['hello'])
  })

  it('refuses another sender or frame before validating', async () => {
    const { get, calls } = setup()
    await expect(get('clipboard:write')(event(stranger), 'x')).rejects.toThrow(
      /did not come from the app window/
    )
    await expect(get('clipboard:write')(event(ours, 'https://evil.example/'), 'x')).rejects.toThrow(
      /refused/
    )
    expect(calls).toEqual([])
  })

  it('refuses invalid arguments with a message', async () => {
    const { get, calls } = setup()
    await expect(get('clipboard:write')(event(ours), 42)).rejects.toThrow(
      'clipboard:write: clipboard text must be text'
    )
    await expect(get('clipboard:write')(event(ours), 'a', 'b')).rejects.toThrow(
      /exactly one argument/
    )
    expect(calls).toEqual([])
  })

  it('a handler map must name every contract channel (checked by the type checker)', () => {
    // @ts-expect-error a map without handlers lacks every channel, so it does not type-check
    const none: HandlerMap = {}
    const recorded: string[] = []
    registerHandlers(none, () => true, { handle: (c: string) => void recorded.push(c) })
    expect(recorded).toEqual([])
    expect(INVOKE_CHANNELS.length).toBeGreaterThan(10)
  })
})
