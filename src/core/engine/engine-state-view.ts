import type { EnginePhase, EngineState } from '../../shared/engine-state'
import { pauseEndWallMs, type PauseState } from './pause-state'
import type { BreakOffers } from './tracks'
import type { WakeMoment } from './wake-moment'

/** What the tray and the UI are told (`getState`), read from the engine at one moment without waking it. */
export interface EngineStateInputs {
  phase: EnginePhase
  /** the clocks read for this state (not a wakeup: the counts are exact only up to the last one) */
  moment: WakeMoment
  /** active time since the last wakeup, not yet in the counts (0 when not counting) */
  pendingMs: number
  /** reminders can fall due: no break showing, not paused, inside working hours */
  scheduling: boolean
  /** active time until the posture cue and the break by the counts (null when off or not armed) */
  untilPostureMs: number | null
  untilBreakMs: number | null
  /** clock schedule: the next slot that may bring a break (wall ms), null when not scheduling */
  breakSlotWallMs: number | null
  /** the user is counting and the break is not waiting, so its wall time can be told */
  breakMomentKnown: boolean
  offers: BreakOffers
  /** the showing break's start (monotonic), null when none shows */
  breakStartedAtMs: number | null
  /** the showing break's end (monotonic), null when none shows */
  breakEndsAtMs: number | null
  pause: PauseState | null
  readingUntilMs: number | null
  busy: boolean
  /** today's active minutes as counted at the last wakeup */
  activeMinutesToday: number
}

/**
 * The engine's state for display. Counts are exact only up to the last wakeup, so the time since
 * then (`pendingMs`) is taken off what is left. When the next break comes: after active time on
 * the interval schedule (or after a postpone), at the next slot by wall time on the clock
 * schedule. Whether a slot brings a break depends on the active time by then
 * (break.minActiveMinutes), which cannot be known in advance.
 */
export function describeEngineState(inputs: EngineStateInputs): EngineState {
  const { moment, pendingMs, scheduling, offers } = inputs
  const wallAt = (ms: number): number => moment.wallAt(ms)
  const postureInMs = scheduling && inputs.untilPostureMs !== null ? Math.max(0, inputs.untilPostureMs - pendingMs) : null
  return {
    phase: inputs.phase,
    nowWallMs: moment.nowWallMs,
    nextPostureInSeconds: postureInMs === null ? null : postureInMs / 1000,
    postponesLeft: offers.postponesLeft,
    canSkip: offers.canSkip,
    canPostpone: offers.canPostpone,
    skipsLeft: offers.skipsLeft,
    breakStartedAtWallMs: inputs.breakStartedAtMs === null ? null : wallAt(inputs.breakStartedAtMs),
    breakEndsAtWallMs: inputs.breakEndsAtMs === null ? null : wallAt(inputs.breakEndsAtMs),
    paused: inputs.pause !== null,
    pausedUntilWallMs: inputs.pause ? pauseEndWallMs(inputs.pause, wallAt) : null,
    readingUntilWallMs: inputs.readingUntilMs === null ? null : wallAt(inputs.readingUntilMs),
    busy: inputs.busy,
    activeMinutesToday: inputs.activeMinutesToday + pendingMs / 60_000,
    ...nextBreak(inputs)
  }
}

function nextBreak(inputs: EngineStateInputs): Pick<EngineState, 'nextBreakInSeconds' | 'nextBreakAtWallMs' | 'nextBreakBySlot'> {
  const { breakSlotWallMs, moment } = inputs
  if (breakSlotWallMs !== null) {
    return { nextBreakInSeconds: Math.max(0, breakSlotWallMs - moment.nowWallMs) / 1000, nextBreakAtWallMs: breakSlotWallMs, nextBreakBySlot: true }
  }
  const breakInMs = inputs.scheduling && inputs.untilBreakMs !== null ? Math.max(0, inputs.untilBreakMs - inputs.pendingMs) : null
  return {
    nextBreakInSeconds: breakInMs === null ? null : breakInMs / 1000,
    nextBreakAtWallMs: breakInMs !== null && inputs.breakMomentKnown ? moment.nowWallMs + breakInMs : null,
    nextBreakBySlot: false
  }
}
