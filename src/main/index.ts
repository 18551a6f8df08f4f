import { app } from 'electron'
import { createIpcHandlers } from './ipc/handlers'
import { setupIpc } from './electron/ipc-main'
import { MainWindow } from './electron/main-window'
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
  app.whenReady().then(onReady, (error: unknown) => {
    console.error('Upright could not start:', error)
    app.exit(1)
  })
}

function onReady(): void {
  const renderer = locateRenderer(import.meta.dirname, process.env['ELECTRON_RENDERER_URL'])
  const services = createAppServices({
    dataDir: app.getPath('userData'),
    shell: 'electron',
    version: app.getVersion(),
    platform: process.platform
  })
  const mainWindow = new MainWindow(renderer)
  const disposers = [
    setupSecurity(renderer.base),
    setupIpc(createIpcHandlers(services), services.events, renderer.base),
    () => {
      services.dispose()
    }
  ]

  app.on('second-instance', () => {
    mainWindow.open('preferences')
  })
  // A tray app keeps running with no window open.
  app.on('window-all-closed', () => undefined)
  app.on('will-quit', () => {
    for (const dispose of disposers.reverse()) dispose()
  })
  mainWindow.open('today')
}

main()
