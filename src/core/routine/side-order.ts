import type { StretchData } from '../../shared/content/schema'
import type { RoutineSideDose } from '../../shared/content/routine-schema'
import type { MarkedSide } from '../../shared/settings'

/**
 * The user's two side answers (DESIGN §5 "Uneven muscles"): the weaker side steers
 * strengthening moves, the tighter side steers stretches. They are separate because the
 * tighter side is often the stronger, overworked one (seed 000).
 */
export interface SidePreferences {
  readonly weaker: MarkedSide
  readonly tighter: MarkedSide
}

export const evenSides: SidePreferences = { weaker: 'none', tighter: 'none' }

function otherSide(side: 'left' | 'right'): 'left' | 'right' {
  return side === 'left' ? 'right' : 'left'
}

/**
 * The sides of one move in the order they are done, with holds or repetitions per side.
 * "Left" is always the side being stretched or worked (the content's `oneSide` says how):
 * - strengthening moves start with the weaker side, and the stronger side does 1–2 fewer;
 * - stretches give the tighter side one extra hold, first, as long as the sources allow that
 *   many; at the top of the range both sides keep the same count.
 */
export function orderSides(stretch: StretchData, reps: number, preferences: SidePreferences): RoutineSideDose[] {
  if (stretch.sides === 'both') return [{ side: 'both', reps }]
  if (stretch.oneSide?.role === 'strength') {
    const weaker = preferences.weaker
    if (weaker === 'none') return evenly(reps)
    return [
      { side: weaker, reps },
      { side: otherSide(weaker), reps: Math.max(1, reps - strongerSideReduction(stretch.dose.kind, reps)) }
    ]
  }
  const tighter = preferences.tighter
  if (tighter === 'none') return evenly(reps)
  const mostReps = stretch.dose.repsRange?.max ?? stretch.dose.reps
  return [
    { side: tighter, reps: Math.min(reps + 1, Math.max(reps, mostReps)) },
    { side: otherSide(tighter), reps }
  ]
}

function evenly(reps: number): RoutineSideDose[] {
  return [
    { side: 'left', reps },
    { side: 'right', reps }
  ]
}

/** Two fewer only when there are enough repetitions for that to stay a fair set. */
export function strongerSideReduction(kind: 'hold' | 'reps', reps: number): number {
  if (kind === 'hold') return 1
  return reps >= 6 ? 2 : 1
}
