import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, expect, it, vi } from 'vitest'
import { invokeChannels } from '../../src/shared/ipc/channels'
import { BrowserWindow, type FakeCloseEvent, Tray, app, globalShortcut, ipcMain, powerMonitor, resetElectronFakes } from './fakes/electron'

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
  expect(BrowserWindow.getAllWindows().map((window) => window.loadedUrl)).toEqual([expect.stringMatching(/index\.html#\/today$/)])

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
  await vi.waitFor(() => {
    expect(app.quitting).toBe(true)
  })
})
