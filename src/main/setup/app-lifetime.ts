import { app } from 'electron'
import type { AppServices } from '../../app/services/app-services'
import type { ShellContext } from './shell-context'

/**
 * A tray app keeps running with no window open; a second launch opens Preferences instead. At
 * quit every setup is taken down (last first) and the services write what is still in memory
 * (the last active minutes, an unanswered cue) before the process goes.
 */
export function setupAppLifetime(shell: ShellContext, services: AppServices, disposers: readonly (() => void)[]): void {
  app.on('second-instance', () => {
    shell.mainWindow.open('preferences')
  })
  app.on('window-all-closed', () => undefined)
  let flushed = false
  let flushing = false
  app.on('before-quit', (event) => {
    if (flushed) return
    event.preventDefault()
    if (flushing) return
    flushing = true
    try {
      for (const dispose of [...disposers].reverse()) dispose()
    } finally {
      // Even if a disposer throws, the history is written and the quit goes through.
      void services.dispose().finally(() => {
        flushed = true
        app.quit()
      })
    }
  })
}

/** First run: the Today page opens so the safety notice is seen. */
export function openTodayOnFirstRun(shell: ShellContext, services: AppServices): void {
  if (services.appState.get().onboarding.safetyAcknowledgedAtMs === null) shell.mainWindow.open('today')
}
