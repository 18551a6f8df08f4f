import { app } from 'electron'
import type { Settings } from '../../shared/settings'
import type { XdgAutostart } from './xdg-autostart'
import { errorMessage } from '../../shared/error-message'

export interface LoginItemDeps {
  platform: NodeJS.Platform
  settings(): Settings
  onSettingsChange(listener: (next: Settings, previous: Settings) => void): () => void
  /** Linux only: Electron's setLoginItemSettings is a no-op there. */
  autostart: XdgAutostart
  log?: (message: string) => void
}

/**
 * Launch at login follows settings.app.launchAtLogin (off by default), now and whenever it
 * changes. The setting is the source of truth, so it is applied at start as well. A failure
 * is logged; it never stops the app.
 */
export function setupLoginItem(deps: LoginItemDeps): () => void {
  const log = deps.log ?? ((message: string) => console.warn(message))

  const apply = (openAtLogin: boolean): void => {
    if (deps.platform === 'linux') {
      const change = openAtLogin ? deps.autostart.enable() : deps.autostart.disable()
      change.catch((error: unknown) => {
        log(`Upright: could not ${openAtLogin ? 'write' : 'remove'} ${deps.autostart.filePath}: ${errorMessage(error)}`)
      })
      return
    }
    try {
      app.setLoginItemSettings({ openAtLogin })
    } catch (error) {
      log(`Upright: could not change the login item: ${errorMessage(error)}`)
    }
  }

  apply(deps.settings().app.launchAtLogin)
  return deps.onSettingsChange((next, previous) => {
    if (next.app.launchAtLogin !== previous.app.launchAtLogin) apply(next.app.launchAtLogin)
  })
}
