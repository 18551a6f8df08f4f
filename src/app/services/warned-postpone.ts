import type { ReminderEngine } from '../../core/engine'
import type { EngineEvent } from '../../shared/engine-state'

/**
 * "Postpone" pressed on a break warning: the engine has no command for a break that is not
 * due yet, so the choice is kept here and applied the moment the announced break starts.
 * A thin stand-in for shells whose warning lives in a page (the web harness); Electron's
 * notifications keep their own copy of the same rule until the engine owns it.
 */
export function createWarnedPostpone(engine: Pick<ReminderEngine, 'getState' | 'respondToBreak'>) {
  let requested = false
  return {
    /** True when a warning is showing and its break may be postponed. */
    request: (): boolean => {
      const state = engine.getState()
      requested = state.phase === 'warning' && state.canPostpone
      return requested
    },
    onEngineEvent: (event: EngineEvent): void => {
      if (event.kind === 'natural' || event.kind === 'paused' || event.kind === 'breakWarning') requested = false
      if (event.kind !== 'break') return
      const postpone = requested && !event.manual && event.canPostpone
      requested = false
      if (postpone) engine.respondToBreak('postpone')
    }
  }
}
