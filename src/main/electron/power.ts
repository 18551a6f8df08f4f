import { powerMonitor } from 'electron'
import type { ReminderEngine } from '../../core/engine'

export interface PowerDeps {
  engine: Pick<ReminderEngine, 'suspend' | 'resumeFromSuspend' | 'lock' | 'unlock' | 'noticeInput'>
  /** Quit cleanly (history flushed) when the OS shuts down. */
  quit(): void
}

/**
 * Suspend/resume and lock/unlock from the OS feed the engine's away rules. macOS tells us
 * when the user is back ('user-did-become-active'), so the engine need not wait for its
 * next idle sample. At shutdown the history is flushed before the process goes.
 */
export function setupPower(deps: PowerDeps): () => void {
  const { engine } = deps
  // before-quit writes the history (a few lines) and then lets the process go.
  const onShutdown = (): void => {
    deps.quit()
  }
  const handlers: [string, () => void][] = [
    ['suspend', () => engine.suspend()],
    ['resume', () => engine.resumeFromSuspend()],
    ['lock-screen', () => engine.lock()],
    ['unlock-screen', () => engine.unlock()],
    ['user-did-become-active', () => engine.noticeInput()]
  ]
  for (const [event, handler] of handlers) powerMonitor.on(event as 'suspend', handler)
  powerMonitor.on('shutdown', onShutdown)
  return () => {
    for (const [event, handler] of handlers) powerMonitor.off(event as 'suspend', handler)
    powerMonitor.off('shutdown', onShutdown)
  }
}

/** The engine samples this; Electron answers from the OS without a renderer. */
export const systemActivity = {
  idleSeconds: (): number => powerMonitor.getSystemIdleTime()
}
