import { openSettingsStore } from '../../core/settings-store'
import type { AppInfo } from '../../shared/ipc/contract'
import { EventHub } from './event-hub'

export interface AppServicesOptions {
  dataDir: string
  shell: AppInfo['shell']
  version: string
  platform: string
}

/**
 * The application layer shared by the Electron main process and the web harness: the
 * stores, the engine and the event hub, with no Electron in sight. Each shell adds its
 * own presentation (tray, windows, notifications or HTTP) around it.
 */
export function createAppServices(options: AppServicesOptions) {
  const events = new EventHub()
  const settings = openSettingsStore({ dataDir: options.dataDir })
  const stopSettingsFeed = settings.onChange((next) => {
    events.publish('settings:changed', next)
  })
  // The store reports a set-aside file once; keep it until the user dismisses it, so a
  // window that opens later (or a reload) still shows it.
  let recoveryNotice = settings.takeRecoveryNotice()
  const notices = {
    current: (): string | null => recoveryNotice,
    dismiss: (): void => {
      recoveryNotice = null
    }
  }
  const info: AppInfo = {
    name: 'Upright',
    version: options.version,
    platform: options.platform,
    shell: options.shell,
    dataDir: options.dataDir
  }
  return {
    info,
    events,
    settings,
    notices,
    dispose(): void {
      stopSettingsFeed()
    }
  }
}

export type AppServices = ReturnType<typeof createAppServices>
