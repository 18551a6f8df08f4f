import type { Pose } from './figure'
import { frontChair, sideChair } from './props'
import type { DrawingPart } from './parts'

/**
 * Starting poses that the drawings adjust, so every figure shares one build and one scale:
 * torso about 28 units, thigh and shin about 26, head radius 6, feet on the floor line.
 */

/** Seated on `seatedSideChair`, facing right, hands resting on the thighs. */
export const seatedSide: Pose = {
  head: [44, 40],
  neck: [42, 49],
  hip: [40, 77],
  arms: [[[42, 50], [45, 64], [58, 72]]],
  legs: [[[40, 77], [66, 77], [67, 104], [74, 106]]]
}

export const seatedSideChair = (): DrawingPart => sideChair({ backX: 32, facing: 'right' })

/** Seated on `seatedFrontChair`, facing the viewer, hands on the thighs. */
export const seatedFront: Pose = {
  head: [60, 40],
  neck: [60, 49],
  hip: [60, 77],
  shoulders: [[49, 50], [71, 50]],
  hips: [[54, 77], [66, 77]],
  arms: [
    [[49, 50], [46, 64], [50, 76]],
    [[71, 50], [74, 64], [70, 76]]
  ],
  legs: [
    [[54, 77], [50, 82], [50, 104], [46, 106]],
    [[66, 77], [70, 82], [70, 104], [74, 106]]
  ]
}

export const seatedFrontChair = (): DrawingPart => frontChair(60, 80)

/** Standing, facing right, arms at the sides. */
export const standingSide: Pose = {
  head: [61, 16],
  neck: [60, 25],
  hip: [60, 54],
  arms: [[[60, 26], [61, 41], [63, 55]]],
  legs: [[[60, 54], [61, 79], [60, 104], [67, 106]]]
}

/** Standing, facing the viewer. */
export const standingFront: Pose = {
  head: [60, 15],
  neck: [60, 24],
  hip: [60, 54],
  shoulders: [[49, 26], [71, 26]],
  hips: [[54, 54], [66, 54]],
  arms: [
    [[49, 26], [46, 41], [46, 55]],
    [[71, 26], [74, 41], [74, 55]]
  ],
  legs: [
    [[54, 54], [53, 79], [53, 104], [49, 106]],
    [[66, 54], [67, 79], [67, 104], [71, 106]]
  ]
}

/** On hands and knees, facing right: hands under the shoulders, knees under the hips. */
export const allFours: Pose = {
  head: [87, 76],
  neck: [78, 80],
  hip: [48, 80],
  arms: [[[78, 80], [79, 94], [80, 106]]],
  legs: [[[48, 80], [48, 106], [22, 106]]]
}
