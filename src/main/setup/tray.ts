import { app } from 'electron'
import type { AppServices } from '../../app/services/app-services'
import { setupTray } from '../electron/tray'
import { trayIconDir } from '../electron/tray-icons'
import type { ShellContext } from './shell-context'

/** The tray icon and menu, redrawn on each engine state change and each finished checklist pass. */
export function setupAppTray(shell: ShellContext, services: AppServices): () => void {
  return setupTray({
    getState: () => services.engine.getState(),
    onStateChange: (listener) =>
      services.events.subscribe((event) => {
        // A finished checklist pass clears the "re-check due" mark in the menu.
        if (event === 'engine:state' || event === 'checklist:changed') listener()
      }),
    timeZone: () => services.timeZone(),
    i18n: services.i18n,
    menuExtras: () => services.trayMenuExtras(),
    runAction: (action) => {
      services.runTrayAction(action)
    },
    openToday: () => {
      shell.mainWindow.open('today')
    },
    noticeInput: () => {
      services.engine.noticeInput()
    },
    platform: shell.platform,
    currentDesktop: shell.currentDesktop,
    iconDir: trayIconDir({ isPackaged: app.isPackaged, resourcesPath: process.resourcesPath, appPath: app.getAppPath() })
  })
}
