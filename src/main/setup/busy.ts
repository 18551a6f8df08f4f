import { app } from 'electron'
import { join } from 'node:path'
import { deviceProbesFor, unwatchableReason } from '../../app/busy/device-probes'
import type { SessionIdleActivity } from '../../app/busy/session-idle'
import { watchBusy } from '../../app/busy/watch-busy'
import type { AppServices } from '../../app/services/app-services'
import { readProcProcesses } from '../../core/busy/read-proc'
import { busyProbesFor } from '../electron/busy-probes'
import { scheduleWithTimeout } from '../electron/schedule'
import type { ShellContext } from './shell-context'

/** The is-camera-on helper: unpacked into the app's resources when packaged (electron-builder.yml). */
function macCameraHelperPath(): string {
  return app.isPackaged ? join(process.resourcesPath, 'is-camera-on') : join(app.getAppPath(), 'node_modules', 'is-camera-on', 'is-camera-on')
}

/**
 * Fullscreen apps, calls and Do Not Disturb make a due break wait and cues silent (DESIGN.md §3);
 * the Preferences page lists what this platform can watch.
 */
export function setupAppBusyDetection(shell: ShellContext, services: AppServices, sessionIdle: SessionIdleActivity | null): () => void {
  const { platform } = shell
  const breakPageUrl = shell.renderer.pageUrl('break')
  const probes = busyProbesFor({
    platform,
    currentDesktop: shell.currentDesktop,
    isReminderWindow: (window) => window.webContents.getURL().startsWith(breakPageUrl),
    deviceProbes: deviceProbesFor({
      platform,
      ownPid: process.pid,
      exePath: process.execPath,
      macCameraHelper: platform === 'darwin' ? macCameraHelperPath() : null,
      readProc: readProcProcesses,
      notice: shell.warn
    }),
    notice: shell.warn
  })
  return watchBusy(services, {
    probes,
    unwatchable: (signal) => unwatchableReason(platform, signal, services.i18n.t),
    sessionIdle,
    // The desktop app runs at real speed: one look a minute of wall time, as the engine counts.
    schedule: scheduleWithTimeout,
    nowMs: Date.now
  })
}
