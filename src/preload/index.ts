import { contextBridge, ipcRenderer } from 'electron'
import { buildApi } from '../shared/ipc/api'

/**
 * Exposes exactly one object, `window.upright`, with one method per contract channel.
 * No ipcRenderer, no generic invoke/send, no Node objects cross the bridge; listeners
 * receive only the payload, never the IpcRendererEvent (it carries `sender`).
 */
const api = buildApi(
  (channel, input) => ipcRenderer.invoke(channel, input),
  (event, listener) => {
    const forward = (_event: Electron.IpcRendererEvent, payload: unknown): void => {
      listener(payload)
    }
    ipcRenderer.on(event, forward)
    return () => {
      ipcRenderer.removeListener(event, forward)
    }
  }
)

contextBridge.exposeInMainWorld('upright', api)
