import type { PauseRequest } from '../../shared/engine-state'
import { minutesToMs } from './reminder-settings'
import type { WakeMoment } from './wake-moment'

/**
 * A pause (DESIGN.md §3 "Pause"): "N minutes" ends on the monotonic clock like every duration,
 * "until <time>" at a wall-clock moment, "until resumed" never by itself.
 */
export interface PauseState {
  /** set for "pause N minutes" */
  readonly untilMonotonicMs: number | null
  /** set for "pause until <time>" (also a pause restored after a restart) */
  readonly untilWallMs: number | null
}

/** The pause a request asks for at `moment`; null for "until <time>" when that time has come. */
export function pauseFor(request: PauseRequest, moment: WakeMoment): PauseState | null {
  if (request === 'indefinite') return { untilMonotonicMs: null, untilWallMs: null }
  if ('minutes' in request) return { untilMonotonicMs: moment.nowMs + minutesToMs(request.minutes), untilWallMs: null }
  if (request.untilWallMs <= moment.nowWallMs) return null
  return { untilMonotonicMs: null, untilWallMs: request.untilWallMs }
}

/** When the pause ends by the wall clock (`wallAt` maps a monotonic end); null until resumed. */
export function pauseEndWallMs(pause: PauseState, wallAt: (monotonicMs: number) => number): number | null {
  if (pause.untilWallMs !== null) return pause.untilWallMs
  if (pause.untilMonotonicMs !== null) return wallAt(pause.untilMonotonicMs)
  return null
}
