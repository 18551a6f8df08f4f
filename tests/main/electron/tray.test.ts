import { basename, resolve } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { setupTray, type TrayDeps } from '../../../src/main/electron/tray'
import { trayIconDir } from '../../../src/main/electron/tray-icons'
import type { TrayAction } from '../../../src/shared/tray-menu'
import { type Menu, NativeImage, Tray, nativeTheme } from '../fakes/electron'
import { useAdapterFixture } from '../helpers/adapter-fixture'
import type { TestServices } from '../helpers/test-services'
import { britishI18n } from '../../helpers/english-content'

const iconDir = resolve('resources/tray')

const adapters = useAdapterFixture()

interface Started {
  tray: Tray
  fixture: TestServices
  runAction: ReturnType<typeof vi.fn<(action: TrayAction) => void>>
  openToday: ReturnType<typeof vi.fn<() => void>>
  noticeInput: ReturnType<typeof vi.fn<() => void>>
}

/** A tray over real services; menu actions go through the real runTrayAction. */
async function start(options: { platform?: NodeJS.Platform; currentDesktop?: string; recordActionsOnly?: boolean } = {}): Promise<Started> {
  const services = await adapters.services()
  const { engine, events } = services.services
  const runAction = vi.fn((action: TrayAction) => {
    if (options.recordActionsOnly) return
    services.services.runTrayAction(action)
  })
  const openToday = vi.fn<() => void>()
  const noticeInput = vi.fn<() => void>()
  const deps: TrayDeps = {
    getState: () => engine.getState(),
    onStateChange: (listener) =>
      events.subscribe((event) => {
        if (event === 'engine:state') listener()
      }),
    timeZone: () => 'UTC',
    // British English: the catalog's words with a 24-hour clock.
    i18n: britishI18n,
    runAction,
    openToday,
    noticeInput,
    platform: options.platform ?? 'linux',
    currentDesktop: options.currentDesktop ?? 'KDE',
    iconDir
  }
  adapters.track(setupTray(deps))
  const tray = Tray.all[0]
  if (!tray) throw new Error('no tray was created')
  return { tray, fixture: services, runAction, openToday, noticeInput }
}

function menuOf(tray: Tray): Menu {
  if (!tray.contextMenu) throw new Error('the tray has no context menu')
  return tray.contextMenu
}

function iconName(tray: Tray): string {
  const image = tray.image
  if (!(image instanceof NativeImage)) throw new Error('the tray image is not a NativeImage')
  return basename(image.path)
}

describe('setupTray', () => {
  it('shows the engine state as tooltip, menu and icon, with the icon file present', async () => {
    const { tray } = await start()
    expect(tray.toolTip).toBe('Upright — Next break in 50 min')
    const menu = menuOf(tray)
    expect(menu.template.map((item) => (item.type === 'separator' ? '---' : `${item.enabled === false ? '-' : '+'}${item.label}`))).toEqual([
      '-Next break in 50 min',
      '---',
      '+Take a break now',
      '+Posture check now',
      '+Pause',
      '-Resume',
      "+I'm reading",
      '---',
      '+Today',
      '+Workstation checklist',
      '+Stretches',
      '+Statistics',
      '+Preferences…',
      '---',
      '+Quit Upright'
    ])
    expect(iconName(tray)).toBe('tray-light-normal.png')
    expect((tray.image as NativeImage).isEmpty()).toBe(false)
  })

  it('menu clicks carry out the action: a break starts, a pause shows until when', async () => {
    const { tray, runAction, fixture: services } = await start()
    menuOf(tray).click('Take a break now')
    expect(runAction).toHaveBeenLastCalledWith('break-now')
    expect(services.services.engine.getState().phase).toBe('break')
    expect(tray.toolTip).toBe('Upright — On a break until 09:05')
    expect(menuOf(tray).find('Take a break now')?.enabled).toBe(false)

    services.at(5) // the break runs to its end
    menuOf(tray).click('30 minutes')
    expect(runAction).toHaveBeenLastCalledWith('pause-30')
    expect(tray.toolTip).toBe('Upright — Paused until 09:35')
    expect(iconName(tray)).toBe('tray-light-paused.png')
    expect(menuOf(tray).find('Resume')?.enabled).toBe(true)

    menuOf(tray).click('Resume')
    expect(tray.toolTip).toBe('Upright — Next break in 50 min')
  })

  it.each<[string, string, TrayAction]>([
    ['Posture check now', '', 'posture-now'],
    ['1 hour', 'Pause', 'pause-60'],
    ['Until tomorrow', 'Pause', 'pause-tomorrow'],
    ['Until I resume', 'Pause', 'pause-indefinite'],
    ['For 30 minutes', "I'm reading", 'reading-30'],
    ['Today', '', 'open-today'],
    ['Workstation checklist', '', 'open-checklist'],
    ['Preferences…', '', 'open-preferences'],
    ['Quit Upright', '', 'quit']
  ])('"%s" %s sends %s', async (label, _submenu, action) => {
    const { tray, runAction } = await start({ recordActionsOnly: true })
    menuOf(tray).click(label)
    expect(runAction.mock.calls).toEqual([[action]])
  })

  it('refreshes on state changes and otherwise once a minute, from one timeout, never a fast timer', async () => {
    vi.useFakeTimers({ now: Date.parse('2026-03-02T09:00:00Z') })
    const { tray, fixture: services } = await start()
    let mostTimers = 0
    // Real time and engine time move together, a second at a time, for an hour.
    for (let second = 1; second <= 3600; second++) {
      services.clock.advanceBy(1000)
      vi.advanceTimersByTime(1000)
      mostTimers = Math.max(mostTimers, vi.getTimerCount())
    }
    expect(mostTimers).toBe(1)

    // 50 → 1 min, the warning, the break, then 50 → 46 min again.
    const tooltips = tray.calls.filter((call) => call.name === 'setToolTip')
    expect(tooltips.length).toBeGreaterThanOrEqual(55)
    expect(tooltips.length).toBeLessThanOrEqual(60)
    const gapsMs = tooltips.slice(1).map((call, index) => call.atMs - (tooltips[index]?.atMs ?? 0))
    // Nothing faster than the 30 s from "1 min" to the warning (less the second this loop
    // lets the engine run ahead of the timers); a minute apart otherwise.
    expect(Math.min(...gapsMs)).toBeGreaterThanOrEqual(28_000)
    expect(gapsMs.filter((gap) => gap < 59_000)).toHaveLength(2) // "1 min" → warning → break
    expect(tray.callsOf('setTitle')).toBe(0)
    // The menu is rebuilt only when its text changes (it carries the status line).
    expect(tray.callsOf('setContextMenu')).toBeLessThanOrEqual(tooltips.length + 4)
    // At 60:00 exactly 45 min are left; the line shows it a moment past the boundary.
    expect(tray.toolTip).toBe('Upright — Next break in 46 min')
    vi.advanceTimersByTime(250)
    expect(tray.toolTip).toBe('Upright — Next break in 45 min')
  })

  it('stops refreshing and destroys the icon when disposed', async () => {
    vi.useFakeTimers({ now: Date.parse('2026-03-02T09:00:00Z') })
    const { tray, fixture: services } = await start()
    adapters.disposeAdapters()
    expect(tray.isDestroyed()).toBe(true)
    expect(vi.getTimerCount()).toBe(0)
    const calls = tray.calls.length
    services.services.engine.startBreakNow()
    expect(tray.calls.length).toBe(calls)
  })

  it.each<[NodeJS.Platform, boolean]>([
    ['win32', true],
    ['linux', true],
    ['darwin', false]
  ])('on %s a left click opens Today: %s; the menu is always set (AppIndicator needs it)', async (platform, opensToday) => {
    const { tray, openToday, noticeInput } = await start({ platform })
    tray.emit('click')
    expect(openToday).toHaveBeenCalledTimes(opensToday ? 1 : 0)
    expect(noticeInput).toHaveBeenCalledOnce()
    tray.emit('right-click')
    expect(openToday).toHaveBeenCalledTimes(opensToday ? 1 : 0)
    expect(tray.contextMenu).not.toBeNull()
  })
})

describe('tray icons', () => {
  it('macOS uses the template images', async () => {
    const { tray, fixture: services } = await start({ platform: 'darwin' })
    expect(iconName(tray)).toBe('trayTemplate.png')
    expect((tray.image as NativeImage).isTemplateImage()).toBe(true)
    services.services.engine.pause('indefinite')
    expect(iconName(tray)).toBe('trayPausedTemplate.png')
  })

  it('Windows follows the taskbar (system) theme, live', async () => {
    nativeTheme.shouldUseDarkColors = false
    nativeTheme.shouldUseDarkColorsForSystemIntegratedUI = true
    const { tray } = await start({ platform: 'win32' })
    expect(iconName(tray)).toBe('tray-dark-normal.png')
    nativeTheme.set({ system: false })
    expect(iconName(tray)).toBe('tray-light-normal.png')
  })

  it('Linux follows the theme, except on GNOME whose top bar is always dark', async () => {
    const kde = await start({ platform: 'linux', currentDesktop: 'KDE' })
    expect(iconName(kde.tray)).toBe('tray-light-normal.png')
    nativeTheme.set({ app: true })
    expect(iconName(kde.tray)).toBe('tray-dark-normal.png')
    await adapters.reset()

    const gnome = await start({ platform: 'linux', currentDesktop: 'ubuntu:GNOME' })
    expect(iconName(gnome.tray)).toBe('tray-dark-normal.png')
  })

  it('shows the attention icon while a break is announced', async () => {
    const { tray, fixture: services } = await start()
    services.at(49.5)
    expect(services.services.engine.getState().phase).toBe('warning')
    expect(iconName(tray)).toBe('tray-light-attention.png')
    expect(tray.toolTip).toBe('Upright — Break starting soon')
  })

  it('finds the icons next to the asar when packaged, in the project otherwise', () => {
    expect(trayIconDir({ isPackaged: true, resourcesPath: '/opt/Upright/resources', appPath: '/x' })).toBe('/opt/Upright/resources/tray')
    expect(trayIconDir({ isPackaged: false, resourcesPath: '/x', appPath: '/src/upright' })).toBe('/src/upright/resources/tray')
  })
})
