import { afterEach, describe, expect, it, vi } from 'vitest'
import { setupIpc } from '../../../src/main/electron/ipc-main'
import { createIpcHandlers } from '../../../src/app/ipc/handlers'
import { type IpcHandlers, IpcRefusal } from '../../../src/app/ipc/dispatch'
import { EventHub } from '../../../src/app/services/event-hub'
import { invokeChannels } from '../../../src/shared/ipc/channels'
import { defaultSettings } from '../../../src/shared/settings'
import type { TrayMenuModel } from '../../../src/shared/tray-menu'
import { stubHandlers } from '../../helpers/stub-handlers'
import { BrowserWindow, ipcMain, resetElectronFakes } from '../fakes/electron'
import { createTestServices } from '../helpers/test-services'

const base = 'app://upright/'

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

  it('resolves a refusal the channel can state as its result with that result, and rejects other refusals', async () => {
    const answer = { ok: false, message: 'break.level is locked', refusal: { key: 'messages.settings.locked', values: { setting: 'x' } } }
    const table = stubHandlers({
      'settings:update': () => {
        throw new IpcRefusal('break.level is locked', answer)
      },
      'break:start': () => {
        throw new IpcRefusal('a break cannot start now')
      }
    })
    setupIpc(table, new EventHub(), base)
    // A rejection would reach the page as English text only; the result carries the catalog message.
    await expect(ipcMain.invokeFrom(`${base}index.html`, 'settings:update', {})).resolves.toEqual(answer)
    await expect(ipcMain.invokeFrom(`${base}index.html`, 'break:start')).rejects.toThrow('break:start: a break cannot start now')
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

  it('runs the real tray and break handlers for our pages and refuses foreign frames and bad payloads', async () => {
    const fixture = await createTestServices()
    try {
      setupIpc(createIpcHandlers(fixture.services), fixture.services.events, base)
      const page = `${base}index.html#/tray`
      const menu = (await ipcMain.invokeFrom(page, 'tray:menu')) as TrayMenuModel
      expect(menu.status).toBe('Next break in 50 min')
      await expect(ipcMain.invokeFrom('https://evil.example/', 'tray:action', { action: 'quit' })).rejects.toThrow(/untrusted frame/)
      await expect(ipcMain.invokeFrom(`app://evil/index.html`, 'break:start')).rejects.toThrow(/untrusted frame/)
      await expect(ipcMain.invokeFrom(page, 'tray:action', { action: 'rm -rf' })).rejects.toThrow(/action/)
      await expect(ipcMain.invokeFrom(page, 'tray:action', { action: 'quit', extra: 1 })).rejects.toThrow(/tray:action/)
      await expect(ipcMain.invokeFrom(page, 'pause:start', { minutes: -5 })).rejects.toThrow(/pause:start/)
      // "complete" is what the break does by itself; the page may only postpone or skip.
      await expect(ipcMain.invokeFrom(`${base}break.html`, 'break:respond', { response: 'complete' })).rejects.toThrow(/break:respond/)
      expect(fixture.shellCalls).toEqual([])
      expect(fixture.services.engine.getState().phase).toBe('active')

      await ipcMain.invokeFrom(page, 'tray:action', { action: 'break-now' })
      expect(fixture.services.engine.getState().phase).toBe('break')
      await ipcMain.invokeFrom(`${base}break.html`, 'break:respond', { response: 'skip' })
      expect(fixture.services.engine.getState().phase).toBe('active')
    } finally {
      await fixture.dispose()
    }
  })
})
