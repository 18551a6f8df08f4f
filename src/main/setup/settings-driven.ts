import { app } from 'electron'
import type { AppServices } from '../../app/services/app-services'
import { setupGlobalShortcut } from '../electron/global-shortcut'
import { setupLoginItem } from '../electron/login-item'
import { createXdgAutostart, launchCommand, xdgConfigHome } from '../electron/xdg-autostart'
import type { ShellContext } from './shell-context'

/** Launch at login follows the setting (an XDG autostart entry on Linux). */
export function setupAppLoginItem(shell: ShellContext, services: AppServices): () => void {
  return setupLoginItem({
    platform: shell.platform,
    settings: () => services.settings.get(),
    onSettingsChange: (listener) => services.settings.onChange(listener),
    autostart: createXdgAutostart({
      configHome: xdgConfigHome(),
      command: launchCommand({ execPath: process.execPath, isPackaged: app.isPackaged, appPath: app.getAppPath() })
    })
  })
}

/** The "break now" shortcut follows the setting. */
export function setupAppGlobalShortcut(services: AppServices): () => void {
  return setupGlobalShortcut({
    settings: () => services.settings.get(),
    onSettingsChange: (listener) => services.settings.onChange(listener),
    onPressed: () => {
      services.engine.startBreakNow()
    }
  })
}
