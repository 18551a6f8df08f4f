import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, expect, it, vi } from 'vitest'
import { invokeChannels } from '../../src/shared/ipc/channels'
import { existsSync } from 'node:fs'
import { BrowserWindow, type FakeCloseEvent, Tray, app, globalShortcut, ipcMain, powerMonitor, protocol, resetElectronFakes } from './fakes/electron'

const userData = mkdtempSync(join(tmpdir(), 'upright-index-'))
const configHome = mkdtempSync(join(tmpdir(), 'upright-index-xdg-'))

afterAll(() => {
  vi.unstubAllEnvs()
  resetElectronFakes()
  rmSync(userData, { recursive: true, force: true })
  rmSync(configHome, { recursive: true, force: true })
})

it('the composition root sets up every part on ready and takes them all down before quitting', async () => {
  app.userDataPath = userData
  vi.stubEnv('XDG_CONFIG_HOME', configHome)
  // A packaged app ignores a renderer URL from the environment: pages still come from app://.
  app.isPackaged = true
  // Where a packaged app finds extraResources (the tray icons): the repository's own copy here.
  Object.defineProperty(process, 'resourcesPath', { value: join(import.meta.dirname, '../../resources'), configurable: true })
  vi.stubEnv('ELECTRON_RENDERER_URL', 'http://evil.example:5173/')
  await import('../../src/main/index')
  await vi.waitFor(() => {
    expect(Tray.all).toHaveLength(1)
  })
  const tray = Tray.all[0]
  expect(tray?.toolTip).toMatch(/^Upright — Next break in 50 min\nActive today: \d+ min$/)
  expect([...ipcMain.handlers.keys()].sort()).toEqual([...invokeChannels].sort())
  expect(globalShortcut.isRegistered('CommandOrControl+Alt+B')).toBe(true)
  expect(powerMonitor.listenerCount('lock-screen')).toBe(1)
  // First run: the Today page opens so the safety notice is seen.
  expect(BrowserWindow.getAllWindows().map((window) => window.loadedUrl)).toEqual(['app://upright/index.html#/today'])
  expect(protocol.registeredBeforeReady).toBe(true)
  expect(protocol.privilegedSchemes).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }])
  expect(protocol.handlers.has('app')).toBe(true)
  // IPC trusts app:// pages only, never the environment's URL.
  await expect(ipcMain.invokeFrom('http://evil.example:5173/index.html', 'settings:get')).rejects.toThrow(/untrusted frame/)
  await expect(ipcMain.invokeFrom('app://upright/index.html', 'app:info')).resolves.toMatchObject({ shell: 'electron' })
  // Settings go through electron-store into userData.
  await ipcMain.invokeFrom('app://upright/index.html', 'settings:update', { break: { intervalMinutes: 40 } })
  expect(existsSync(join(userData, 'settings.json'))).toBe(true)

  app.emit('second-instance')
  expect(BrowserWindow.getAllWindows()[0]?.loadedUrl).toMatch(/index\.html#\/preferences$/)

  const quitEvent: FakeCloseEvent = {
    defaultPrevented: false,
    preventDefault() {
      this.defaultPrevented = true
    }
  }
  app.emit('before-quit', quitEvent)
  expect(quitEvent.defaultPrevented).toBe(true) // history is written first
  expect(tray?.isDestroyed()).toBe(true)
  expect(ipcMain.handlers.size).toBe(0)
  expect(globalShortcut.registered.size).toBe(0)
  expect(powerMonitor.listenerCount('lock-screen')).toBe(0)
  expect(protocol.handlers.has('app')).toBe(false)
  await vi.waitFor(() => {
    expect(app.quitting).toBe(true)
  })
}, 20_000)
