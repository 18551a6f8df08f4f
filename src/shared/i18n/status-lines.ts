import type { TFunction } from 'i18next'
import { formatClock } from '../countdown'
import type { EngineState } from '../engine-state'

/** The status line while paused, for the tray and Today alike: until when, or until resumed. */
export function pausedStatus(t: TFunction, state: EngineState, timeZone: string): string {
  return state.pausedUntilWallMs === null
    ? t('status.pausedUntilResume')
    : t('status.pausedUntil', { time: formatClock(t, state.pausedUntilWallMs, timeZone) })
}

/**
 * The status line during a break, for the tray and Today alike. A pause asked for during a
 * break begins when the break ends, and until then the tray offers no Resume: the line says
 * what comes, so the greyed-out Resume does not read as a fault.
 */
export function breakStatus(t: TFunction, state: EngineState, timeZone: string): string {
  if (state.breakEndsAtWallMs === null) return t('status.onBreak')
  const time = formatClock(t, state.breakEndsAtWallMs, timeZone)
  if (!state.paused) return t('status.onBreakUntil', { time })
  if (state.pausedUntilWallMs === null) return t('status.onBreakThenPausedUntilResume', { time })
  // A pause that ends before the break does is over before it begins: nothing follows.
  if (state.pausedUntilWallMs <= state.breakEndsAtWallMs) return t('status.onBreakUntil', { time })
  return t('status.onBreakThenPausedUntil', { time, pausedUntil: formatClock(t, state.pausedUntilWallMs, timeZone) })
}
