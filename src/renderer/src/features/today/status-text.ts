import type { TFunction } from 'i18next'
import { formatClock, minutesText, secondsUntilMinuteTicks } from '@shared/countdown'
import type { EnginePhase, EngineState } from '@shared/engine-state'
import { breakStatus, pausedStatus } from '@shared/i18n/status-lines'

export function phaseText(t: TFunction, phase: EnginePhase): string {
  return t(`status.phase.${phase}`)
}

/** The panel's headline, in the tray's words. */
export function headline(t: TFunction, state: EngineState, timeZone: string): string {
  switch (state.phase) {
    case 'paused':
      return pausedStatus(t, state, timeZone)
    case 'break':
      return breakStatus(t, state, timeZone)
    case 'warning':
      return t('status.warning')
    case 'active':
      // A clock break comes at a time of day, whatever the active time (the tray says the same).
      if (state.nextBreakBySlot && state.nextBreakAtWallMs !== null) {
        return t('status.nextBreakAt', { time: formatClock(t, state.nextBreakAtWallMs, timeZone) })
      }
      if (state.nextBreakInSeconds !== null) return t('status.nextBreakInLong', { duration: minutesText(t, state.nextBreakInSeconds) })
      if (state.nextPostureInSeconds !== null) return t('status.nextPostureInLong', { duration: minutesText(t, state.nextPostureInSeconds) })
      return t('status.breaksOff')
    default:
      return phaseText(t, state.phase)
  }
}

export function nextBreakText(t: TFunction, state: EngineState, timeZone: string): string {
  if (state.phase === 'break') {
    return state.breakEndsAtWallMs === null ? t('status.now') : t('status.nowUntil', { time: formatClock(t, state.breakEndsAtWallMs, timeZone) })
  }
  if (state.phase === 'waiting') return t('status.dueWaiting')
  if (state.nextBreakInSeconds === null) return state.paused ? t('status.afterPause') : t('status.off')
  const duration = minutesText(t, state.nextBreakInSeconds)
  if (state.nextBreakBySlot && state.nextBreakAtWallMs !== null) {
    return t('status.atClock', { time: formatClock(t, state.nextBreakAtWallMs, timeZone), duration })
  }
  return state.nextBreakAtWallMs === null
    ? t('status.inActive', { duration })
    : t('status.inActiveAbout', { duration, time: formatClock(t, state.nextBreakAtWallMs, timeZone) })
}

export function nextPostureText(t: TFunction, state: EngineState): string {
  if (state.nextPostureInSeconds !== null) return t('status.inActive', { duration: minutesText(t, state.nextPostureInSeconds) })
  if (state.phase === 'warning' || state.phase === 'waiting' || state.phase === 'break') return t('status.afterBreak')
  if (state.paused) return t('status.afterPause')
  return state.phase === 'active' ? t('status.off') : t('status.whenBack')
}

export function readingText(t: TFunction, state: EngineState, timeZone: string): string {
  return state.readingUntilWallMs === null ? t('status.off') : t('status.onUntil', { time: formatClock(t, state.readingUntilWallMs, timeZone) })
}

/**
 * Engine seconds until a minute count on the panel changes, or null when nothing on it is
 * counting down (away, paused, on a break): the page re-reads the state then, not on a timer.
 */
export function secondsUntilCountChanges(state: EngineState): number | null {
  if (state.phase !== 'active') return null
  let soonest: number | null = null
  for (const seconds of [state.nextBreakInSeconds, state.nextPostureInSeconds]) {
    const untilChange = seconds === null ? null : secondsUntilMinuteTicks(seconds)
    if (untilChange === null) continue
    soonest = soonest === null ? untilChange : Math.min(soonest, untilChange)
  }
  return soonest
}
