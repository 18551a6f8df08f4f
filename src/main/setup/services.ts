import { writeFile } from 'node:fs/promises'
import { app, dialog } from 'electron'
import type { Activity } from '../../core/engine'
import { createAppServices } from '../../app/services/app-services'
import type { AppServices } from '../../app/services/app-services'
import { electronStoreStorage } from '../electron/electron-store-storage'
import { platformPolicySource } from '../electron/policy-path'
import type { ShellContext } from './shell-context'

async function saveCsvWithDialog(suggestedFileName: string, csv: string): Promise<string | null> {
  const result = await dialog.showSaveDialog({
    title: 'Export history',
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
    policySource: platformPolicySource(shell.platform, process.env)
  })
}
