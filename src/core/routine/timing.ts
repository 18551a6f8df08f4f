import type { Position } from '../../shared/content/schema'

/**
 * Time assumptions behind every estimate. They are generous enough that a person reading the
 * steps for the first time keeps up with the countdown.
 */

/** A repetition without a tempo of its own (chin tuck and the like). */
export const defaultSecondsPerRep = 3

/** Letting go between two holds on the same side. */
export const releaseSeconds = 3

/** Changing sides, announced with the new side. */
export const switchSideSeconds = 4

/** Between sets of the same move. */
export const setRestSeconds = 10

/** Reading the steps and getting into position; getting down onto the floor takes longer. */
export const prepareSecondsByPosition: Readonly<Record<Position, number>> = {
  seated: 5,
  standing: 5,
  floor: 10
}

/** Routines may run this much longer or shorter than the break (as a fraction). */
export const durationTolerance = 0.1

/** Below this a break is a micro break: one short desk move or the eye break. */
export const microBreakMaxSeconds = 60

/** A micro-break move may end this early (as a fraction of the break), but not run over. */
export const microBreakMinFill = 0.75

/** Floor moves need space and time to get down and up again: only breaks of 10 minutes or more (DESIGN §5). */
export const floorMinDurationSeconds = 600

/** How much more likely a move for one of the user's focus areas is to be picked early. */
export const focusAreaWeight = 4
