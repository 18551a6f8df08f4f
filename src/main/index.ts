import { app } from 'electron'
import { createIpcHandlers } from '../app/ipc/handlers'
import { registerAppScheme, setupAppProtocol } from './electron/app-protocol'
import { setupIpc } from './electron/ipc-main'
import { setupPower } from './electron/power'
import { setupSecurity } from './electron/security'
import { openTodayOnFirstRun, setupAppLifetime } from './setup/app-lifetime'
import { setupAppBusyDetection } from './setup/busy'
import { setupAppChecklistReminder } from './setup/checklist'
import { createInputActivity } from './setup/input-activity'
import { setupAppPostureWatch } from './setup/posture-watch'
import { setupAppNotifications } from './setup/reminder-notifications'
import { createReminderWindows, setupAppBreakWindows } from './setup/reminder-windows'
import { createElectronServices } from './setup/services'
import { setupAppGlobalShortcut, setupAppLoginItem } from './setup/settings-driven'
import { createShellContext, type ShellContext } from './setup/shell-context'
import { setupAppTray } from './setup/tray'

/** electron-builder.yml's appId: Windows shows toasts only for an app with this ID on its shortcut. */
const appUserModelId = 'app.upright.desktop'

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
  registerAppScheme()
  if (process.platform === 'win32') app.setAppUserModelId(appUserModelId)
  app
    .whenReady()
    .then(onReady)
    .catch((error: unknown) => {
      console.error('Upright could not start:', error)
      app.exit(1)
    })
}

async function onReady(): Promise<void> {
  const shell = createShellContext(import.meta.dirname)
  // Before any window opens: the pages load from app://.
  const stopAppProtocol = setupRendererProtocol(shell)
  const input = createInputActivity(shell)
  const services = await createElectronServices(shell, input.activity)
  const windows = createReminderWindows(shell, services)
  // Engine events reach every listener in the order they happen (see OrderedFanOut), so the
  // order of this list does not matter, except that windows open only after IPC is registered.
  const disposers = [
    stopAppProtocol,
    input.relookThrough(() => services.engine.noticeInput()),
    setupSecurity(shell.renderer.base, (contents) => windows.postureWatch.owns(contents)),
    setupIpc(createIpcHandlers(services), services.events, shell.renderer.base),
    setupPower({ engine: services.engine, quit: () => app.quit() }),
    setupAppNotifications(shell, services, windows),
    setupAppBreakWindows(services, windows),
    setupAppPostureWatch(shell, services, windows),
    setupAppChecklistReminder(shell, services),
    setupAppBusyDetection(shell, services, input.sessionIdle),
    setupAppTray(shell, services),
    setupAppLoginItem(shell, services),
    setupAppGlobalShortcut(services)
  ]
  setupAppLifetime(shell, services, disposers)
  openTodayOnFirstRun(shell, services)
}

function setupRendererProtocol(shell: ShellContext): () => void {
  const rendererDir = shell.renderer.rendererDir
  return rendererDir === null ? () => undefined : setupAppProtocol(rendererDir)
}

main()
