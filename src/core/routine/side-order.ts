import type { ExerciseSides } from '../../shared/content/schema'
import type { RoutineSideDose } from '../../shared/content/routine-schema'
import type { WeakerSide } from '../../shared/settings'

/**
 * Uneven-muscle mode: one-sided moves start with the weaker side, and the stronger side does
 * fewer repetitions so the weaker side catches up (1 fewer hold, or 1–2 fewer repetitions;
 * never fewer than one).
 */
export function orderSides(
  sides: ExerciseSides,
  kind: 'hold' | 'reps',
  reps: number,
  weakerSide: WeakerSide
): RoutineSideDose[] {
  if (sides === 'both') return [{ side: 'both', reps }]
  if (weakerSide === 'none') {
    return [
      { side: 'left', reps },
      { side: 'right', reps }
    ]
  }
  const stronger = weakerSide === 'left' ? 'right' : 'left'
  return [
    { side: weakerSide, reps },
    { side: stronger, reps: Math.max(1, reps - strongerSideReduction(kind, reps)) }
  ]
}

/** Two fewer only when there are enough repetitions for that to stay a fair set. */
export function strongerSideReduction(kind: 'hold' | 'reps', reps: number): number {
  if (kind === 'hold') return 1
  return reps >= 6 ? 2 : 1
}
