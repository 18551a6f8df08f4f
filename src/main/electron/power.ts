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
  // Electron delays the OS shutdown only when the handler prevents it (on Linux it holds
  // logind's delay lock until then); before-quit then writes the history and lets the
  // process go, which releases the shutdown.
  const onShutdown = (event: Electron.Event): void => {
    event.preventDefault()
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
  // electron.d.ts types the listener without its event, though Electron passes one.
  const shutdownListener = onShutdown as unknown as () => void
  powerMonitor.on('shutdown', shutdownListener)
  return () => {
    for (const [event, handler] of handlers) powerMonitor.off(event as 'suspend', handler)
    powerMonitor.off('shutdown', shutdownListener)
  }
}

/** The engine samples this; Electron answers from the OS without a renderer. */
export const systemActivity = {
  idleSeconds: (): number => powerMonitor.getSystemIdleTime()
}
