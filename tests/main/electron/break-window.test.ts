import { describe, expect, it, vi } from 'vitest'
import { BreakWindows, setupBreakWindows } from '../../../src/main/electron/break-window'
import { locateRenderer } from '../../../src/main/electron/renderer-location'
import type { SettingsPatch } from '../../../src/shared/settings'
import { BrowserWindow, screen } from '../fakes/electron'
import { useAdapterFixture } from '../helpers/adapter-fixture'

const renderer = locateRenderer('/app/out/main', { isPackaged: false })
const breakUrl = 'app://upright/break.html'

const adapters = useAdapterFixture()

async function start(options: { platform?: NodeJS.Platform; settings?: SettingsPatch } = {}) {
  vi.useFakeTimers()
  const services = await adapters.services({ settings: options.settings })
  const { engine } = services.services
  const windows = new BreakWindows({ renderer, engine, platform: options.platform ?? 'linux', t: services.services.i18n.t })
  adapters.track(setupBreakWindows(windows, { onEngineEvent: services.services.onEngineEvent, engine }))
  return { ...services, engine, windows }
}

const open = (): BrowserWindow[] => BrowserWindow.getAllWindows()

/** Lets ready-to-show (a microtask in the fake) and our deferred answers run. */
async function flush(): Promise<void> {
  await Promise.resolve()
  await Promise.resolve()
}

describe('normal level', () => {
  it('opens one focused, always-on-top window when the break starts, and none before', async () => {
    const t = await start()
    t.at(49.9)
    expect(BrowserWindow.created).toEqual([])
    t.at(50)
    expect(open()).toHaveLength(1)
    const [window] = open()
    expect(window?.loadedUrl).toBe(breakUrl)
    expect(window?.options).toMatchObject({ alwaysOnTop: true, minimizable: false, show: false })
    expect(window?.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true })
    await flush()
    expect([window?.visible, window?.focused]).toEqual([true, true])
  })

  it('is centred on the display under the pointer', async () => {
    const t = await start()
    screen.useDisplays([
      { width: 1920, height: 1080 },
      { width: 2560, height: 1440 }
    ])
    screen.cursor = { x: 2500, y: 700 }
    t.at(50)
    // Second display: x 1920…4480, work area y 25…1440.
    expect(open()[0]?.getBounds()).toEqual({ x: 1920 + (2560 - 960) / 2, y: 25 + Math.round((1415 - 720) / 2), width: 960, height: 720 })
  })

  it('is destroyed when the break ends: a completed one after its end message, a skipped one at once', async () => {
    const t = await start()
    t.at(50)
    const [first] = open()
    t.at(55)
    expect(t.windows.isLingering).toBe(true)
    vi.advanceTimersByTime(2000)
    expect(first?.isDestroyed()).toBe(true)
    expect(open()).toEqual([])

    t.engine.startBreakNow()
    expect(open()).toHaveLength(1)
    expect(t.engine.respondToBreak('skip')).toBe(true)
    expect(open()).toEqual([])
  })

  it('closing it postpones while postpones are left, then skips; it never lingers as a zombie', async () => {
    const t = await start({ settings: { break: { maxPostpones: 1 } } })
    t.at(50)
    open()[0]?.close()
    await flush()
    expect(open()).toEqual([])
    expect(t.engine.getState()).toMatchObject({ phase: 'active', nextBreakInSeconds: 300 })

    t.at(55) // back, with no postpone left
    expect(t.engine.getState()).toMatchObject({ phase: 'break', canPostpone: false, canSkip: true })
    open()[0]?.close()
    await flush()
    expect(open()).toEqual([])
    expect(t.engine.getState().phase).toBe('active')
  })
})

describe('strict level', () => {
  it('covers every display, offers no way out, and destroys all windows at the end', async () => {
    const t = await start({ settings: { break: { level: 'strict' } } })
    screen.useDisplays([
      { width: 1920, height: 1080 },
      { width: 1280, height: 1024 },
      { width: 2560, height: 1440 }
    ])
    screen.cursor = { x: 2000, y: 10 }
    t.at(50)
    const windows = open()
    expect(windows.map((window) => window.getBounds())).toEqual(screen.getAllDisplays().map((display) => display.bounds))
    expect(windows.map((window) => [window.isFullScreen(), window.alwaysOnTopLevel, window.options.closable])).toEqual([
      [true, 'screen-saver', false],
      [true, 'screen-saver', false],
      [true, 'screen-saver', false]
    ])
    await flush()
    // Focus goes to the display the user is on.
    expect(windows.map((window) => window.focused)).toEqual([false, true, false])

    windows[1]?.close()
    await flush()
    expect(open()).toHaveLength(3)
    expect(t.engine.getState().phase).toBe('break')

    t.at(55)
    vi.advanceTimersByTime(2000)
    expect(open()).toEqual([])
    expect(windows.every((window) => window.isDestroyed())).toBe(true)
  })

  it('follows displays plugged in and out during the break, and stops following when it ends', async () => {
    const t = await start({ settings: { break: { level: 'strict' } } })
    screen.useDisplays([
      { width: 1920, height: 1080 },
      { width: 1280, height: 1024 }
    ])
    screen.cursor = { x: 2000, y: 10 }
    t.at(50)
    await flush()
    const docked = screen.plugIn({ width: 2560, height: 1440 })
    expect(open().map((window) => window.getBounds())).toEqual(screen.getAllDisplays().map((display) => display.bounds))
    const added = open()[2]
    expect([added?.isFullScreen(), added?.alwaysOnTopLevel, added?.options.closable]).toEqual([true, 'screen-saver', false])
    await flush()
    // The new display is covered without taking focus from where the user is.
    expect(open().map((window) => window.focused)).toEqual([false, true, false])

    // Unplugging the display the user was on: its window goes, focus moves to a covering window.
    const [first, second] = open()
    screen.cursor = { x: 100, y: 100 }
    screen.unplug(2)
    expect(second?.isDestroyed()).toBe(true)
    expect(open()).toEqual([first, added])
    expect(first?.focused).toBe(true)
    expect(t.windows.count).toBe(2)

    t.at(55)
    vi.advanceTimersByTime(2000)
    expect(open()).toEqual([])
    // After the break, display changes open nothing.
    screen.unplug(docked.id)
    screen.plugIn({ width: 1920, height: 1080 })
    expect(open()).toEqual([])
    expect(screen.listenerCount('display-added')).toBe(0)
  })

  it('after an unplug, a covering window has focus even if none had it just before', async () => {
    const t = await start({ settings: { break: { level: 'strict' } } })
    screen.useDisplays([
      { width: 1920, height: 1080 },
      { width: 1280, height: 1024 },
      { width: 1280, height: 1024 }
    ])
    t.at(50)
    await flush()
    for (const window of open()) window.focused = false
    screen.unplug(3)
    expect(open().filter((window) => window.focused)).toHaveLength(1)
  })

  it('on macOS a covering window takes its display\'s new bounds when the resolution changes', async () => {
    const t = await start({ platform: 'darwin', settings: { break: { level: 'strict' } } })
    t.at(50)
    screen.resize(1, { width: 1440, height: 900 })
    expect(open()[0]?.getBounds()).toEqual({ x: 0, y: 0, width: 1440, height: 900 })
  })

  it('on macOS covers each display at screen-saver level instead of moving to fullscreen Spaces', async () => {
    const t = await start({ platform: 'darwin', settings: { break: { level: 'strict' } } })
    t.at(50)
    const [window] = open()
    expect([window?.isFullScreen(), window?.visibleOnAllWorkspaces, window?.getBounds()]).toEqual([
      false,
      true,
      { x: 0, y: 0, width: 1920, height: 1080 }
    ])
  })
})

describe('gentle level', () => {
  it('opens no window (the notification does the asking)', async () => {
    const t = await start({ settings: { break: { level: 'gentle' } } })
    t.at(50)
    expect(t.engine.getState().phase).toBe('break')
    expect(BrowserWindow.created).toEqual([])
  })
})

it('leaves no window behind when disposed mid-break', async () => {
  const t = await start()
  t.at(50)
  adapters.disposeAdapters()
  expect(open()).toEqual([])
})
