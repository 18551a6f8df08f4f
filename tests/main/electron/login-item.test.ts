import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { setupLoginItem } from '../../../src/main/electron/login-item'
import { createXdgAutostart, desktopExecLine, launchCommand, xdgConfigHome } from '../../../src/main/electron/xdg-autostart'
import { app } from '../fakes/electron'
import { useAdapterFixture } from '../helpers/adapter-fixture'

const adapters = useAdapterFixture()

async function start(platform: NodeJS.Platform) {
  const services = await adapters.services()
  const configHome = mkdtempSync(join(tmpdir(), 'upright-xdg-'))
  adapters.track(() => {
    rmSync(configHome, { recursive: true, force: true })
  })
  const xdg = createXdgAutostart({ configHome, command: ['/opt/Upright/upright'] })
  // Every change the setup starts, so a test can wait for exactly those (no sleeping).
  const changes: Promise<void>[] = []
  const track = (change: Promise<void>): Promise<void> => {
    changes.push(change)
    return change
  }
  const autostart = { filePath: xdg.filePath, enable: () => track(xdg.enable()), disable: () => track(xdg.disable()) }
  const log = vi.fn<(message: string) => void>()
  const { settings } = services.services
  adapters.track(setupLoginItem({ platform, settings: () => settings.get(), onSettingsChange: (listener) => settings.onChange(listener), autostart, log }))
  /** Lets the file writes and removals started so far finish, and their failures be logged. */
  const settle = async (): Promise<void> => {
    await Promise.allSettled(changes)
  }
  return { settings, autostart, log, settle, configHome }
}

describe('launch at login', () => {
  it.each<NodeJS.Platform>(['darwin', 'win32'])('on %s follows the setting through app.setLoginItemSettings, off by default', async (platform) => {
    const { settings } = await start(platform)
    expect(app.loginItemCalls).toEqual([{ openAtLogin: false }])
    settings.update({ app: { launchAtLogin: true } })
    expect(app.getLoginItemSettings().openAtLogin).toBe(true)
    settings.update({ app: { sounds: false } }) // unrelated: no call
    settings.update({ app: { launchAtLogin: false } })
    expect(app.loginItemCalls).toEqual([{ openAtLogin: false }, { openAtLogin: true }, { openAtLogin: false }])
  })

  it('on Linux writes an XDG autostart entry, and removes it when turned off', async () => {
    const { settings, autostart, settle, configHome } = await start('linux')
    await settle()
    expect(existsSync(autostart.filePath)).toBe(false)
    settings.update({ app: { launchAtLogin: true } })
    // The library's atomic writer takes a few steps (stat, mkdir, temp, fsync, rename).
    await vi.waitFor(() => {
      expect(existsSync(autostart.filePath)).toBe(true)
    })
    expect(autostart.filePath).toBe(join(configHome, 'autostart', 'upright.desktop'))
    const entry = readFileSync(autostart.filePath, 'utf8')
    expect(entry).toContain('[Desktop Entry]\nType=Application\n')
    expect(entry).toContain('\nExec="/opt/Upright/upright"\n')
    expect(entry).toContain('\nName=Upright\n')
    settings.update({ app: { launchAtLogin: false } })
    await vi.waitFor(() => {
      expect(existsSync(autostart.filePath)).toBe(false)
    })
    expect(app.loginItemCalls).toEqual([]) // a no-op on Linux, so never relied on
  })

  it('logs a failure to write the entry instead of crashing', async () => {
    const { settings, log, settle, configHome } = await start('linux')
    await settle()
    rmSync(configHome, { recursive: true, force: true })
    // A file where the folder should be: mkdir fails.
    writeFileSync(configHome, 'not a folder')
    settings.update({ app: { launchAtLogin: true } })
    await settle()
    expect(log).toHaveBeenCalledOnce()
    expect(log.mock.calls[0]?.[0]).toMatch(/could not write .*upright\.desktop/)
  })
})

describe('XDG autostart helpers', () => {
  it('quotes Exec arguments as the Desktop Entry spec asks', () => {
    expect(desktopExecLine(['/opt/Upright/upright'])).toBe('"/opt/Upright/upright"')
    expect(desktopExecLine(['/home/a b/Up "right".AppImage'])).toBe('"/home/a b/Up \\\\"right\\\\".AppImage"')
    expect(desktopExecLine(['/x/$HOME/100%'])).toBe('"/x/\\\\$HOME/100%%"')
    expect(desktopExecLine(['C:\\odd'])).toBe('"C:\\\\\\\\odd"')
  })

  it('runs the AppImage file itself, not its temporary mount', () => {
    expect(launchCommand({ execPath: '/tmp/.mount_Upr/upright', isPackaged: true, appPath: '/x', env: { APPIMAGE: '/home/a/Upright.AppImage' } })).toEqual([
      '/home/a/Upright.AppImage'
    ])
    expect(launchCommand({ execPath: '/opt/Upright/upright', isPackaged: true, appPath: '/x', env: {} })).toEqual(['/opt/Upright/upright'])
    expect(launchCommand({ execPath: '/dev/electron', isPackaged: false, appPath: '/src/upright', env: {} })).toEqual(['/dev/electron', '/src/upright'])
  })

  it('uses $XDG_CONFIG_HOME when it is absolute, else ~/.config', () => {
    expect(xdgConfigHome({ XDG_CONFIG_HOME: '/cfg' }, '/home/a')).toBe('/cfg')
    expect(xdgConfigHome({ XDG_CONFIG_HOME: 'relative' }, '/home/a')).toBe('/home/a/.config')
    expect(xdgConfigHome({}, '/home/a')).toBe('/home/a/.config')
  })
})
