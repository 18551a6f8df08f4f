import { formatClock, minutesText, secondsUntilMinuteTicks } from '@shared/countdown'
import type { EnginePhase, EngineState } from '@shared/engine-state'

const phaseNames: Record<EnginePhase, string> = {
  active: 'Counting active time',
  away: 'Away — time is not counted',
  paused: 'Paused',
  'outside-hours': 'Outside working hours',
  warning: 'A break starts in a moment',
  break: 'On a break',
  waiting: 'Break due, waiting for your meeting or fullscreen app to end',
  disabled: 'Breaks and posture cues are off'
}

export function phaseText(phase: EnginePhase): string {
  return phaseNames[phase]
}

/** The panel's headline, in the tray's words. */
export function headline(state: EngineState, timeZone: string): string {
  switch (state.phase) {
    case 'paused':
      return state.pausedUntilWallMs === null ? 'Paused until you resume' : `Paused until ${formatClock(state.pausedUntilWallMs, timeZone)}`
    case 'break':
      return state.breakEndsAtWallMs === null ? 'On a break' : `On a break until ${formatClock(state.breakEndsAtWallMs, timeZone)}`
    case 'warning':
      return 'Break starting soon'
    case 'active':
      if (state.nextBreakInSeconds !== null) return `Next break in ${minutesText(state.nextBreakInSeconds)}`
      if (state.nextPostureInSeconds !== null) return `Next posture cue in ${minutesText(state.nextPostureInSeconds)}`
      return 'Breaks are off'
    default:
      return phaseText(state.phase)
  }
}

export function nextBreakText(state: EngineState, timeZone: string): string {
  if (state.phase === 'break') return state.breakEndsAtWallMs === null ? 'Now' : `Now, until ${formatClock(state.breakEndsAtWallMs, timeZone)}`
  if (state.phase === 'waiting') return 'Due — waiting until you are free'
  if (state.nextBreakInSeconds === null) return state.paused ? 'After the pause' : 'Off'
  const inText = `In ${minutesText(state.nextBreakInSeconds)} of active time`
  return state.nextBreakAtWallMs === null ? inText : `${inText} (about ${formatClock(state.nextBreakAtWallMs, timeZone)})`
}

export function nextPostureText(state: EngineState): string {
  if (state.nextPostureInSeconds !== null) return `In ${minutesText(state.nextPostureInSeconds)} of active time`
  if (state.phase === 'warning' || state.phase === 'waiting' || state.phase === 'break') return 'After the break'
  if (state.paused) return 'After the pause'
  return state.phase === 'active' ? 'Off' : 'When you are back'
}

export function readingText(state: EngineState, timeZone: string): string {
  return state.readingUntilWallMs === null ? 'Off' : `On until ${formatClock(state.readingUntilWallMs, timeZone)}`
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
