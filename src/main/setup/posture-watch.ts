import type { AppServices } from '../../app/services/app-services'
import { setupPostureWatch } from '../electron/posture-watch-window'
import type { ReminderWindows } from './reminder-windows'
import type { ShellContext } from './shell-context'

/** The opt-in posture watch's hidden camera window follows the service's phase. */
export function setupAppPostureWatch(shell: ShellContext, services: AppServices, windows: ReminderWindows): () => void {
  const watch = services.postureWatch
  return setupPostureWatch(
    {
      renderer: shell.renderer,
      phase: () => watch.status().phase,
      onPhaseChange: (listener) => watch.onPhaseChange(listener),
      onCue: (listener) => watch.onCue(listener),
      silent: () => !services.settings.get().app.sounds,
      turnOff: () => watch.turnOff(),
      t: services.i18n.t
    },
    windows.postureWatch
  )
}
