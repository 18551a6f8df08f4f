import type { AppServices } from '../../app/services/app-services'
import { BreakWindows, setupBreakWindows } from '../electron/break-window'
import { PostureCardWindow } from '../electron/posture-card-window'
import { PostureWatchWindow } from '../electron/posture-watch-window'
import type { ShellContext } from './shell-context'

/** The windows reminders open on demand; several setups show or check them. */
export interface ReminderWindows {
  breaks: BreakWindows
  postureCard: PostureCardWindow
  postureWatch: PostureWatchWindow
}

export function createReminderWindows(shell: ShellContext, services: AppServices): ReminderWindows {
  return {
    breaks: new BreakWindows({ renderer: shell.renderer, engine: services.engine, platform: shell.platform, t: services.i18n.t }),
    postureCard: new PostureCardWindow(shell.renderer, services.i18n.t),
    postureWatch: new PostureWatchWindow(shell.renderer, () => services.postureWatch.turnOff(), services.i18n.t)
  }
}

/** Break windows open when a normal or strict break starts and close when it ends. */
export function setupAppBreakWindows(services: AppServices, windows: ReminderWindows): () => void {
  return setupBreakWindows(windows.breaks, {
    onEngineEvent: (listener) => services.onEngineEvent(listener),
    engine: services.engine
  })
}
