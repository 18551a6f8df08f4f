import type { AppServices } from '../../app/services/app-services'
import { setupNotifications } from '../electron/notifications'
import type { ReminderWindows } from './reminder-windows'
import type { ShellContext } from './shell-context'

/** Posture cues, break warnings and gentle breaks as system notifications. */
export function setupAppNotifications(shell: ShellContext, services: AppServices, windows: ReminderWindows): () => void {
  return setupNotifications({
    onEngineEvent: (listener) => services.onEngineEvent(listener),
    engine: services.engine,
    settings: () => services.settings.get(),
    platform: shell.platform,
    i18n: services.i18n,
    postureCard: windows.postureCard,
    openBreakWindow: () => {
      windows.breaks.show('optional')
    }
  })
}
