import { BrowserWindow, ipcMain } from 'electron'
import { invokeChannels } from '../../shared/ipc/channels'
import { type IpcHandlers, dispatch } from '../../app/ipc/dispatch'
import { isTrustedFrameUrl } from '../../app/ipc/trusted-origin'
import type { EventHub } from '../../app/services/event-hub'

/**
 * The only owner of ipcMain (as in electron/fiddle's ipc.ts): registers one handler per
 * contract channel, drops messages from frames that are not our own pages, and forwards
 * hub events to every open window. Returns a disposer.
 */
export function setupIpc(handlers: IpcHandlers, events: EventHub, rendererBase: string): () => void {
  for (const channel of invokeChannels) {
    ipcMain.removeHandler(channel)
    ipcMain.handle(channel, async (event, input: unknown) => {
      if (!isTrustedFrameUrl(event.senderFrame?.url, rendererBase)) {
        throw new Error(`${channel}: rejected a message from an untrusted frame`)
      }
      const result = await dispatch(handlers, channel, input)
      if (result.ok) return result.value
      // A rejection reaches the page as its message only, so a refusal the channel can state as
      // its result (IpcRefusal's answer) resolves with it, for the page to word in its language.
      if (result.status === 409 && result.answer !== undefined) return result.answer
      throw new Error(result.message)
    })
  }
  const stopForwarding = events.subscribe((event, payload) => {
    for (const window of BrowserWindow.getAllWindows()) {
      if (!window.isDestroyed()) window.webContents.send(event, payload)
    }
  })
  return () => {
    stopForwarding()
    for (const channel of invokeChannels) ipcMain.removeHandler(channel)
  }
}
