import { writeFile } from 'node:fs/promises'
import { app, dialog } from 'electron'
import { SystemClock } from '../core/engine'
import { createIpcHandlers } from './ipc/handlers'
import { setupIpc } from './electron/ipc-main'
import { MainWindow } from './electron/main-window'
import { setupPower, systemActivity } from './electron/power'
import { locateRenderer } from './electron/renderer-location'
import { setupSecurity } from './electron/security'
import { createAppServices } from './services/app-services'

/**
 * Composition root, after electron/fiddle's main.ts: main() does only what must precede
 * `ready`; onReady() is a flat list of setups, each returning its disposer, and windows
 * open only once IPC is registered.
 */
function main(): void {
  if (!app.requestSingleInstanceLock()) {
    app.quit()
    return
  }
  app.setName('Upright')
  app
    .whenReady()
    .then(onReady)
    .catch((error: unknown) => {
      console.error('Upright could not start:', error)
      app.exit(1)
    })
}

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

async function onReady(): Promise<void> {
  const renderer = locateRenderer(import.meta.dirname, process.env['ELECTRON_RENDERER_URL'])
  const mainWindow = new MainWindow(renderer)
  const services = await createAppServices({
    dataDir: app.getPath('userData'),
    shell: 'electron',
    version: app.getVersion(),
    platform: process.platform,
    clock: new SystemClock(),
    activity: systemActivity,
    shellPort: {
      openPage: (route) => {
        mainWindow.open(route)
      },
      quit: () => {
        app.quit()
      }
    },
    saveCsv: saveCsvWithDialog
  })
  const disposers = [
    setupSecurity(renderer.base),
    setupIpc(createIpcHandlers(services), services.events, renderer.base),
    setupPower(services.engine)
  ]

  app.on('second-instance', () => {
    mainWindow.open('preferences')
  })
  // A tray app keeps running with no window open.
  app.on('window-all-closed', () => undefined)
  let flushed = false
  app.on('before-quit', (event) => {
    if (flushed) return
    // Write the last active minutes and any unanswered cue before the process goes.
    event.preventDefault()
    for (const dispose of disposers.reverse()) dispose()
    services.dispose().finally(() => {
      flushed = true
      app.quit()
    })
  })
  const onboarding = services.appState.get().onboarding
  if (onboarding.safetyAcknowledgedAtMs === null) mainWindow.open('today')
}

main()
