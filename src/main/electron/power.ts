import { powerMonitor } from 'electron'
import type { ReminderEngine } from '../../core/engine'

/** Suspend/resume and lock/unlock from the OS feed the engine's away rules. */
export function setupPower(engine: ReminderEngine): () => void {
  const handlers: [string, () => void][] = [
    ['suspend', () => engine.suspend()],
    ['resume', () => engine.resumeFromSuspend()],
    ['lock-screen', () => engine.lock()],
    ['unlock-screen', () => engine.unlock()]
  ]
  for (const [event, handler] of handlers) powerMonitor.on(event as 'suspend', handler)
  return () => {
    for (const [event, handler] of handlers) powerMonitor.off(event as 'suspend', handler)
  }
}

/** The engine samples this; Electron answers from the OS without a renderer. */
export const systemActivity = {
  idleSeconds: (): number => powerMonitor.getSystemIdleTime()
}
