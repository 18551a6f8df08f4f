import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { app, dialog, powerMonitor } from 'electron'
import { describeCapabilities } from '../app/busy/capabilities'
import { deviceProbesFor, unwatchableReason } from '../app/busy/device-probes'
import { createSessionIdleActivity, isWaylandSession, type SessionIdleActivity } from '../app/busy/session-idle'
import { readProcProcesses } from '../core/busy/read-proc'
import { SystemClock } from '../core/engine'
import { createIpcHandlers } from '../app/ipc/handlers'
import { BreakWindows, setupBreakWindows } from './electron/break-window'
import { setupBusyDetection } from './electron/busy-detection'
import { setupChecklistReminder } from './electron/checklist-reminder'
import { busyProbesFor } from './electron/busy-probes'
import { setupGlobalShortcut } from './electron/global-shortcut'
import { setupIpc } from './electron/ipc-main'
import { setupLoginItem } from './electron/login-item'
import { MainWindow } from './electron/main-window'
import { setupNotifications } from './electron/notifications'
import { PostureCardWindow } from './electron/posture-card-window'
import { PostureWatchWindow, setupPostureWatch } from './electron/posture-watch-window'
import { setupPower, systemActivity } from './electron/power'
import { registerAppScheme, setupAppProtocol } from './electron/app-protocol'
import { locateRenderer } from './electron/renderer-location'
import { setupSecurity } from './electron/security'
import { setupTray } from './electron/tray'
import { trayIconDir } from './electron/tray-icons'
import { createXdgAutostart, launchCommand, xdgConfigHome } from './electron/xdg-autostart'
import { createAppServices } from '../app/services/app-services'
import { createI18n } from '../shared/i18n/create-i18n'
import { electronStoreStorage } from './electron/electron-store-storage'

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

/** The is-camera-on helper: unpacked into the app's resources when packaged (electron-builder.yml). */
function macCameraHelperPath(): string {
  return app.isPackaged ? join(process.resourcesPath, 'is-camera-on') : join(app.getAppPath(), 'node_modules', 'is-camera-on', 'is-camera-on')
}

const warn = (message: string): void => {
  console.warn(message)
}

async function onReady(): Promise<void> {
  const platform = process.platform
  const currentDesktop = process.env['XDG_CURRENT_DESKTOP']
  const renderer = locateRenderer(import.meta.dirname, {
    devServerUrl: process.env['ELECTRON_RENDERER_URL'],
    isPackaged: app.isPackaged
  })
  // Before any window opens: the pages load from app://.
  const stopAppProtocol = renderer.rendererDir === null ? () => undefined : setupAppProtocol(renderer.rendererDir)
  const mainWindow = new MainWindow(renderer)
  const clock = new SystemClock()
  // Under Wayland, Electron's idle time can stay 0; the session's own idle time stands in.
  let relook = (): void => undefined
  const sessionIdle: SessionIdleActivity | null =
    platform === 'linux' && isWaylandSession(process.env)
      ? createSessionIdleActivity({
          systemIdleSeconds: systemActivity.idleSeconds,
          nowMs: () => performance.now(),
          relook: () => {
            relook()
          },
          notice: warn
        })
      : null
  const services = await createAppServices({
    dataDir: app.getPath('userData'),
    shell: 'electron',
    version: app.getVersion(),
    platform,
    clock,
    activity: sessionIdle ?? systemActivity,
    shellPort: {
      openPage: (route) => {
        mainWindow.open(route)
      },
      quit: () => {
        app.quit()
      }
    },
    saveCsv: saveCsvWithDialog,
    storage: electronStoreStorage,
    i18n: mainI18n,
    // The OS's preferred languages in order; getLocale() (Chromium's pick) when it reports none.
    systemLanguages: () => {
      const preferred = app.getPreferredSystemLanguages()
      return preferred.length > 0 ? preferred : [app.getLocale()]
    }
  })
  const { engine, settings } = services
  relook = () => {
    engine.noticeInput()
  }
  const onSettingsChange: typeof settings.onChange = (listener) => settings.onChange(listener)
  const onEngineEvent: typeof services.onEngineEvent = (listener) => services.onEngineEvent(listener)
  const breakWindows = new BreakWindows({ renderer, engine, platform })
  const postureCard = new PostureCardWindow(renderer)
  const breakPageUrl = renderer.pageUrl('break')
  const busyProbes = busyProbesFor({
    platform,
    currentDesktop,
    isReminderWindow: (window) => window.webContents.getURL().startsWith(breakPageUrl),
    deviceProbes: deviceProbesFor({
      platform,
      ownPid: process.pid,
      exePath: process.execPath,
      macCameraHelper: platform === 'darwin' ? macCameraHelperPath() : null,
      readProc: readProcProcesses,
      notice: warn
    }),
    notice: warn
  })
  services.busy.provideCapabilities(() =>
    describeCapabilities(busyProbes, (signal) => unwatchableReason(platform, signal), sessionIdle)
  )

  const postureWatchWindow = new PostureWatchWindow(renderer, () => services.postureWatch.turnOff())

  const disposers = [
    stopAppProtocol,
    setupSecurity(renderer.base, (contents) => postureWatchWindow.owns(contents)),
    setupIpc(createIpcHandlers(services), services.events, renderer.base),
    setupPower({ engine, quit: () => app.quit() }),
    setupNotifications({
      onEngineEvent,
      engine,
      settings: () => settings.get(),
      platform,
      i18n: services.i18n,
      postureCard,
      openBreakWindow: () => {
        breakWindows.show('optional')
      }
    }),
    setupBreakWindows(breakWindows, { onEngineEvent, engine }),
    setupPostureWatch(
      {
        renderer,
        phase: () => services.postureWatch.status().phase,
        onPhaseChange: (listener) => services.postureWatch.onPhaseChange(listener),
        onCue: (listener) => services.postureWatch.onCue(listener),
        turnOff: () => services.postureWatch.turnOff()
      },
      postureWatchWindow
    ),
    setupChecklistReminder({
      i18n: services.i18n,
      dueAtMs: () => services.checklist.dueAtMs(),
      nowMs: () => clock.wallNowMs(),
      onDueChange: (listener) => {
        const stopEvents = services.events.subscribe((event) => {
          if (event === 'checklist:changed' || event === 'settings:changed') listener()
        })
        powerMonitor.on('resume', listener)
        return () => {
          stopEvents()
          powerMonitor.off('resume', listener)
        }
      },
      openChecklist: () => {
        mainWindow.open('checklist')
      }
    }),
    setupBusyDetection({
      probes: busyProbes,
      engine,
      onEngineEvent,
      onEngineSample: (listener) => services.onIdleSample(listener),
      settings: () => settings.get(),
      onSettingsChange,
      onReasonChange: (reason) => {
        services.busy.setReason(reason)
      }
    }),
    setupTray({
      getState: () => engine.getState(),
      onStateChange: (listener) =>
        services.events.subscribe((event) => {
          // A finished checklist pass clears the "re-check due" mark in the menu.
          if (event === 'engine:state' || event === 'checklist:changed') listener()
        }),
      timeZone: services.timeZone,
      i18n: services.i18n,
      menuExtras: () => services.trayMenuExtras(),
      runAction: (action) => {
        services.runTrayAction(action)
      },
      openToday: () => {
        mainWindow.open('today')
      },
      noticeInput: () => {
        engine.noticeInput()
      },
      platform,
      currentDesktop,
      iconDir: trayIconDir({ isPackaged: app.isPackaged, resourcesPath: process.resourcesPath, appPath: app.getAppPath() })
    }),
    setupLoginItem({
      platform,
      settings: () => settings.get(),
      onSettingsChange,
      autostart: createXdgAutostart({
        configHome: xdgConfigHome(),
        command: launchCommand({ execPath: process.execPath, isPackaged: app.isPackaged, appPath: app.getAppPath() })
      })
    }),
    setupGlobalShortcut({
      settings: () => settings.get(),
      onSettingsChange,
      onPressed: () => {
        engine.startBreakNow()
      }
    })
  ]

  app.on('second-instance', () => {
    mainWindow.open('preferences')
  })
  // A tray app keeps running with no window open.
  app.on('window-all-closed', () => undefined)
  let flushed = false
  let flushing = false
  app.on('before-quit', (event) => {
    if (flushed) return
    // Write the last active minutes and any unanswered cue before the process goes.
    event.preventDefault()
    if (flushing) return
    flushing = true
    try {
      for (const dispose of disposers.reverse()) dispose()
    } finally {
      // Even if a disposer throws, the history is written and the quit goes through.
      void services.dispose().finally(() => {
        flushed = true
        app.quit()
      })
    }
  })
  const onboarding = services.appState.get().onboarding
  if (onboarding.safetyAcknowledgedAtMs === null) mainWindow.open('today')
}

main()
