import { globalShortcut } from 'electron'
import type { Settings } from '../../shared/settings'
import { errorMessage } from '../../shared/error-message'

export interface GlobalShortcutDeps {
  settings(): Settings
  onSettingsChange(listener: (next: Settings, previous: Settings) => void): () => void
  /** What the shortcut does: start a break now. */
  onPressed(): void
  log?: (message: string) => void
}

/**
 * The configurable "start a break" shortcut (settings.app.globalShortcut; empty = none),
 * re-registered when the setting changes. Another app may hold the keys (register returns
 * false) or the string may not parse (register throws): either is logged, never fatal.
 */
export function setupGlobalShortcut(deps: GlobalShortcutDeps): () => void {
  const log = deps.log ?? ((message: string) => console.warn(message))
  let registered: string | null = null

  const register = (accelerator: string): void => {
    if (registered !== null) globalShortcut.unregister(registered)
    registered = null
    const trimmed = accelerator.trim()
    if (trimmed === '') return
    try {
      if (globalShortcut.register(trimmed, () => {
        deps.onPressed()
      })) registered = trimmed
      else log(`Upright: the shortcut ${trimmed} is in use by another application; choose another in Preferences.`)
    } catch (error) {
      log(`Upright: the shortcut "${trimmed}" is not valid: ${errorMessage(error)}`)
    }
  }

  register(deps.settings().app.globalShortcut)
  const stop = deps.onSettingsChange((next, previous) => {
    if (next.app.globalShortcut !== previous.app.globalShortcut) register(next.app.globalShortcut)
  })
  return () => {
    stop()
    if (registered !== null) globalShortcut.unregister(registered)
    registered = null
  }
}
