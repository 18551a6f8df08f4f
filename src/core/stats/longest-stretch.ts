import type { BreakEvent, NaturalBreakEvent } from '../../shared/history'
import type { LocalDay } from './local-days'

/**
 * Measures stretches of active time between breaks actually taken. Each break or natural
 * event carries the engine's break count (`activeMinutesBefore`), which restarts at every
 * break end, skipped ones included; so the minutes before skipped (and missed) breaks are chained until a
 * completed or natural break closes the stretch. Local midnight also closes it: a night away
 * from the desk is a break even though nothing records it. Postpones carry no information here
 * (the count keeps running through them).
 */
export interface StretchTracker {
  observe(event: BreakEvent | NaturalBreakEvent, day: LocalDay): void
  /** Closes a stretch still open after the last event (it ended in skipped breaks only). */
  finish(): void
}

export function createStretchTracker(onStretch: (day: LocalDay, minutes: number) => void): StretchTracker {
  let chainMinutes = 0
  let chainDay: LocalDay | null = null

  function close(): void {
    if (chainDay !== null && chainMinutes > 0) onStretch(chainDay, chainMinutes)
    chainMinutes = 0
    chainDay = null
  }

  return {
    observe(event, day) {
      if (event.kind === 'break' && event.outcome === 'postponed') return
      if (chainDay !== null && chainDay.key !== day.key) close()
      chainMinutes += event.activeMinutesBefore
      chainDay = day
      if (event.kind === 'natural' || event.outcome === 'completed') close()
    },
    finish: close
  }
}
