import { afterEach, describe, expect, it, vi } from 'vitest'
import { setupIpc } from '../../../src/main/electron/ipc-main'
import type { IpcHandlers } from '../../../src/main/ipc/dispatch'
import { EventHub } from '../../../src/main/services/event-hub'
import { invokeChannels } from '../../../src/shared/ipc/channels'
import { defaultSettings } from '../../../src/shared/settings'
import { stubHandlers } from '../../helpers/stub-handlers'
import { BrowserWindow, ipcMain, resetElectronFakes } from '../fakes/electron'

const base = 'file:///app/out/renderer/'

function handlers(): IpcHandlers {
  return stubHandlers({
    'settings:get': vi.fn(() => defaultSettings),
    'settings:update': vi.fn(() => ({ ok: true as const, settings: defaultSettings }))
  })
}

afterEach(() => {
  resetElectronFakes()
})

describe('setupIpc', () => {
  it('registers exactly the contract channels and removes them on dispose', () => {
    const dispose = setupIpc(handlers(), new EventHub(), base)
    expect([...ipcMain.handlers.keys()].sort()).toEqual([...invokeChannels].sort())
    dispose()
    expect(ipcMain.handlers.size).toBe(0)
  })

  it('answers our own pages', async () => {
    setupIpc(handlers(), new EventHub(), base)
    await expect(ipcMain.invokeFrom(`${base}index.html#/today`, 'settings:get')).resolves.toEqual(defaultSettings)
  })

  it('rejects messages from foreign frames before any handler runs', async () => {
    const table = handlers()
    setupIpc(table, new EventHub(), base)
    await expect(ipcMain.invokeFrom('https://evil.example/', 'settings:get')).rejects.toThrow(/untrusted frame/)
    await expect(ipcMain.invokeFrom(null, 'settings:get')).rejects.toThrow(/untrusted frame/)
    expect(table['settings:get']).not.toHaveBeenCalled()
  })

  it('rejects invalid payloads with the validation message', async () => {
    const table = handlers()
    setupIpc(table, new EventHub(), base)
    await expect(
      ipcMain.invokeFrom(`${base}index.html`, 'settings:update', { posture: { intervalMinutes: 'x' } })
    ).rejects.toThrow(/posture\.intervalMinutes/)
    expect(table['settings:update']).not.toHaveBeenCalled()
  })

  it('forwards hub events to every open window until disposed', () => {
    const events = new EventHub()
    const dispose = setupIpc(handlers(), events, base)
    const window = new BrowserWindow()
    events.publish('settings:changed', defaultSettings)
    expect(window.webContents.sent).toEqual([{ channel: 'settings:changed', payload: defaultSettings }])
    dispose()
    events.publish('settings:changed', defaultSettings)
    expect(window.webContents.sent).toHaveLength(1)
  })
})
