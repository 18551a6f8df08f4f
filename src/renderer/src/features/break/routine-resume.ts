import type { EngineState } from '@shared/engine-state'
import { usableTimeScale } from '../../lib/time-scale'

/**
 * A break window that loads within this many real seconds of the break's start is its first
 * load: its routine starts at move 1. Opening the window takes a moment (more on a busy machine,
 * and many engine seconds in a sped-up harness), which must not cost the user the first move.
 */
export const firstLoadRealSeconds = 5

/**
 * Engine seconds into the break at which its routine should start playing. The engine keeps
 * the break's clock, so a reloaded (or crash-restarted) break window picks the routine up where
 * the break now is instead of repeating the moves already done; a fresh window starts at 0.
 */
export function routineResumeSeconds(state: EngineState, timeScale: number): number {
  if (state.phase !== 'break' || state.breakStartedAtWallMs === null) return 0
  const elapsedSeconds = (state.nowWallMs - state.breakStartedAtWallMs) / 1000
  // A start after "now" (a wall clock set back in between) is no reason to skip anything.
  if (!Number.isFinite(elapsedSeconds) || elapsedSeconds <= 0) return 0
  const scale = usableTimeScale(timeScale)
  return elapsedSeconds / scale < firstLoadRealSeconds ? 0 : elapsedSeconds
}
