import { powerMonitor } from 'electron'
import type { AppServices } from '../../app/services/app-services'
import { setupChecklistReminder } from '../electron/checklist-reminder'
import type { ShellContext } from './shell-context'

/** The periodic workstation re-check; its due moment moves with a pass, the settings or a wake-up. */
export function setupAppChecklistReminder(shell: ShellContext, services: AppServices): () => void {
  return setupChecklistReminder({
    i18n: services.i18n,
    dueAtMs: () => services.checklist.dueAtMs(),
    nowMs: () => shell.clock.wallNowMs(),
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
      shell.mainWindow.open('checklist')
    }
  })
}
