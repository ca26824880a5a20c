/**
 * The narrow API the page gets as `window.api`: one method per contract channel, derived from
 * src/shared/ipc-contract.ts. The page never sees ipcRenderer, process or a generic send().
 * Imports only electron and relative files so it bundles into one sandbox-compatible script.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import {
  channelToMethod,
  EVENT_CHANNELS,
  eventToMethod,
  INVOKE_CHANNELS,
  type PreloadApi
} from '../shared/ipc-contract'

const api: Record<string, unknown> = {}
for (const channel of INVOKE_CHANNELS) {
  api[channelToMethod(channel)] = (...args: unknown[]) => ipcRenderer.invoke(channel, ...args)
}
for (const channel of EVENT_CHANNELS) {
  api[eventToMethod(channel)] = (listener: (payload: unknown) => void) => {
    // Wrap so the page never receives the IpcRendererEvent (it exposes `sender`).
    const wrapped = (_event: IpcRendererEvent, payload: unknown): void => listener(payload)
    ipcRenderer.on(channel, wrapped)
    return () => {
      ipcRenderer.removeListener(channel, wrapped)
    }
  }
}

// The object above is built from the same channel lists the PreloadApi type is derived from.
contextBridge.exposeInMainWorld('api', Object.freeze(api) as PreloadApi)
