import { writeFile } from 'node:fs/promises'
import { app, dialog } from 'electron'
import type { Activity } from '../../core/engine'
import { createAppServices } from '../../app/services/app-services'
import type { AppServices } from '../../app/services/app-services'
import { electronStoreStorage } from '../electron/electron-store-storage'
import { platformPolicySource } from '../electron/policy-path'
import { createI18n } from '../../shared/i18n/create-i18n'
import type { ShellContext } from './shell-context'

/** Main's words, made before the services so the dialogs and the tray share one instance. */
const mainI18n = createI18n()

async function saveCsvWithDialog(suggestedFileName: string, csv: string): Promise<string | null> {
  const result = await dialog.showSaveDialog({
    title: mainI18n.t('main.exportTitle'),
    defaultPath: suggestedFileName,
    filters: [{ name: 'CSV', extensions: ['csv'] }]
  })
  if (result.canceled || !result.filePath) return null
  await writeFile(result.filePath, csv, 'utf8')
  return result.filePath
}

/** The application layer with Electron's storage, save dialog, window/quit port and the platform's policy file. */
export function createElectronServices(shell: ShellContext, activity: Activity): Promise<AppServices> {
  return createAppServices({
    dataDir: app.getPath('userData'),
    shell: 'electron',
    version: app.getVersion(),
    platform: shell.platform,
    clock: shell.clock,
    activity,
    shellPort: {
      openPage: (route) => {
        shell.mainWindow.open(route)
      },
      quit: () => {
        app.quit()
      }
    },
    saveCsv: saveCsvWithDialog,
    storage: electronStoreStorage,
    policySource: platformPolicySource(shell.platform, process.env),
    i18n: mainI18n,
    // The OS's preferred languages in order; getLocale() (Chromium's pick) when it reports none.
    systemLanguages: () => {
      const preferred = app.getPreferredSystemLanguages()
      return preferred.length > 0 ? preferred : [app.getLocale()]
    }
  })
}
