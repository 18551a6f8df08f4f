import type { Illustration } from '../schema'
import { arcArrow, arrow } from './geometry'
import { figure } from './figure'
import { motion, drawing } from './parts'
import { standingSide } from './poses'
import { bottle, desk, doorFrame, floor, sideChair, wall } from './props'

/** Drawings of the moves done standing beside the desk, a chair, a wall or a doorway. */

export const doorwayChestStretchDrawing: Illustration = drawing(
  'Side view, standing in a doorway: forearm on the door frame, one foot ahead, the chest leans gently through.',
  floor(),
  doorFrame(50, 70),
  figure({
    head: [69, 17],
    neck: [66, 26],
    hip: [62, 54],
    arms: [[[66, 27], [54, 28], [53, 14]]],
    legs: [
      [[62, 54], [72, 78], [72, 104], [79, 106]],
      [[62, 54], [56, 79], [50, 104], [57, 106]]
    ]
  }),
  motion(arrow([76, 36], [88, 36]))
)

export const standingHipFlexorStretchDrawing: Illustration = drawing(
  'Side view, holding the desk: one foot forward, the back leg behind with the heel up, hips shifting forward with the back upright.',
  floor(),
  desk(72, 114, 60),
  figure({
    head: [54, 23],
    neck: [53, 32],
    hip: [52, 60],
    arms: [[[53, 33], [62, 45], [74, 58]]],
    legs: [
      [[52, 60], [70, 76], [70, 104], [77, 106]],
      [[52, 60], [40, 82], [28, 100], [34, 106]]
    ]
  }),
  motion(arrow([33, 56], [45, 56]))
)

export const calfRaisesDrawing: Illustration = drawing(
  'Side view, hands on the back of a chair: rising up onto the toes, then lowering slowly.',
  floor(),
  sideChair({ backX: 68, facing: 'right' }),
  figure({
    head: [53, 10],
    neck: [52, 19],
    hip: [52, 48],
    arms: [[[52, 20], [58, 34], [66, 47]]],
    legs: [[[52, 48], [53, 73], [53, 98], [59, 106]]]
  }),
  motion(arrow([43, 104], [43, 86], { both: true }))
)

export const standingBackExtensionDrawing: Illustration = drawing(
  'Side view, standing with hands on the lower back: leaning gently backward.',
  floor(),
  figure({
    head: [49, 20],
    neck: [53, 28],
    hip: [60, 56],
    spineVia: [58, 41],
    arms: [[[53, 29], [44, 40], [55, 52]]],
    legs: [[[60, 56], [61, 80], [60, 104], [67, 106]]]
  }),
  motion(arrow([70, 12], [46, 8], { curve: -4 }))
)

export const lateralLegRaiseDrawing: Illustration = drawing(
  'Facing forward, one hand on a chair back: one straight leg lifts out to the side while the body stays upright.',
  floor(),
  sideChair({ backX: 40, facing: 'left' }),
  figure({
    head: [64, 15],
    neck: [64, 24],
    hip: [64, 54],
    shoulders: [[53, 26], [75, 26]],
    hips: [[58, 54], [70, 54]],
    arms: [
      [[53, 26], [46, 38], [42, 48]],
      [[75, 26], [81, 40], [71, 52]]
    ],
    legs: [
      [[58, 54], [57, 79], [57, 104], [53, 106]],
      [[70, 54], [82, 76], [94, 97], [98, 96]]
    ]
  }),
  motion(arcArrow({ center: [70, 54], radiusX: 54, fromDegrees: 80, toDegrees: 53 }))
)

export const singleArmRowDrawing: Illustration = drawing(
  'Side view, one hand on the desk and leaning forward with a flat back: the other hand pulls a water bottle up toward the hip.',
  floor(),
  desk(114, 84, 64),
  bottle(64, 60),
  figure({
    head: [84, 40],
    neck: [76, 44],
    hip: [50, 58],
    arms: [
      [[76, 44], [83, 57], [90, 63]],
      [[75, 45], [62, 46], [64, 60]]
    ],
    legs: [
      [[50, 58], [56, 82], [54, 104], [61, 106]],
      [[50, 58], [44, 82], [40, 104], [47, 106]]
    ]
  }),
  motion(arrow([72, 77], [72, 61]))
)

export const singleLegBalanceDrawing: Illustration = drawing(
  'Side view, fingertips on a wall: standing on one leg with the other foot lifted behind.',
  floor(),
  wall(84),
  figure({
    ...standingSide,
    arms: [[[60, 26], [70, 36], [83, 42]]],
    legs: [standingSide.legs[0] ?? [], [[60, 54], [62, 79], [42, 88]]]
  }),
  motion(arrow([38, 102], [38, 92]))
)
