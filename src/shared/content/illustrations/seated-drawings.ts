import type { Illustration } from '../schema'
import { arcArrow, arrow } from './geometry'
import { figure } from './figure'
import { motion, drawing } from './parts'
import { seatedFront, seatedFrontChair, seatedSide, seatedSideChair } from './poses'
import { desk, distantView, floor, sideMonitor } from './props'

/** Drawings of the moves done sitting on an office chair. */

export const neckSideBendDrawing: Illustration = drawing(
  'Sitting tall and facing forward, the head tips so one ear moves toward the shoulder on that side.',
  floor(),
  seatedFrontChair(),
  figure({ ...seatedFront, head: [66, 42] }),
  motion(arrow([56, 30], [77, 40], { curve: 6 }))
)

export const chinTuckDrawing: Illustration = drawing(
  'Side view, sitting tall: the head glides straight back, chin level, making a double chin.',
  floor(),
  seatedSideChair(),
  figure(seatedSide),
  motion(arrow([62, 38], [53, 38]))
)

export const shoulderRollsDrawing: Illustration = drawing(
  'Side view, sitting: the shoulder circles up toward the ear, back, and down.',
  floor(),
  seatedSideChair(),
  figure(seatedSide),
  motion(arcArrow({ center: [37, 54], radiusX: 9, radiusY: 7, fromDegrees: 40, toDegrees: -250 }))
)

/** The arm that anchors the shoulder, holding the side of the seat. */
const seatHoldingArm = [[49, 50], [46, 65], [44, 79]] as const

export const upperTrapStretchDrawing: Illustration = drawing(
  'Facing forward, one hand holds the seat while the head tilts away from it; the other hand rests lightly on the head.',
  floor(),
  seatedFrontChair(),
  figure({ ...seatedFront, head: [66, 42], arms: [seatHoldingArm, [[71, 50], [81, 42], [69, 35]]] }),
  motion(arrow([74, 30], [82, 45], { curve: 3 }))
)

export const levatorScapulaeStretchDrawing: Illustration = drawing(
  'Facing forward, one hand holds the seat; the head turns away and tips down so the nose points toward the other armpit.',
  floor(),
  seatedFrontChair(),
  figure({ ...seatedFront, head: [65, 44], arms: [seatHoldingArm, [[71, 50], [81, 44], [67, 38]]] }),
  motion(arrow([72, 34], [78, 52], { curve: 3 }))
)

export const chestOpenerDrawing: Illustration = drawing(
  'Side view, sitting: shoulders draw back and down, elbows go back and the chest lifts forward.',
  floor(),
  seatedSideChair(),
  figure({ ...seatedSide, head: [43, 40], spineVia: [44, 63], arms: [[[42, 50], [32, 58], [29, 68]]] }),
  motion(arrow([50, 62], [57, 55]), arrow([31, 52], [22, 55]))
)

export const seatedThoracicRotationDrawing: Illustration = drawing(
  'Facing forward with arms crossed on the chest, the upper body turns to one side while the hips stay still.',
  floor(),
  seatedFrontChair(),
  figure({
    ...seatedFront,
    head: [61, 40],
    shoulders: [[51, 51], [71, 49]],
    arms: [
      [[51, 51], [58, 59], [70, 53]],
      [[71, 49], [62, 59], [51, 54]]
    ]
  }),
  motion(arcArrow({ center: [60, 64], radiusX: 21, radiusY: 5, fromDegrees: 160, toDegrees: 15 }))
)

export const seatedCatCowDrawing: Illustration = drawing(
  'Side view, sitting forward with hands on the knees: the back rounds, then arches with the chest lifting.',
  floor(),
  seatedSideChair(),
  figure({
    head: [55, 46],
    neck: [50, 53],
    hip: [46, 77],
    spineVia: [41, 64],
    arms: [[[50, 54], [59, 64], [69, 74]]],
    legs: [[[46, 77], [72, 77], [72, 104], [79, 106]]]
  }),
  motion(arrow([37, 73], [39, 51], { curve: 4, both: true }))
)

export const seatedSideBendDrawing: Illustration = drawing(
  'Facing forward, sitting tall: the body bends straight to one side as that hand slides down toward the seat.',
  floor(),
  seatedFrontChair(),
  figure({
    ...seatedFront,
    head: [70, 43],
    neck: [66, 51],
    spineVia: [62, 64],
    shoulders: [[55, 47], [76, 55]],
    arms: [
      [[55, 47], [50, 61], [52, 74]],
      [[76, 55], [78, 67], [77, 78]]
    ]
  }),
  motion(arrow([62, 29], [83, 44], { curve: 6 }), arrow([86, 63], [86, 77]))
)

/** One arm held out at shoulder height, wrist bent so the fingers point to the floor. */
const outstretchedArm = [[42, 50], [56, 50], [69, 50], [72, 58]] as const

export const wristFlexorStretchDrawing: Illustration = drawing(
  'Side view, sitting: one arm out in front, palm up, hand bent down; the other hand draws the fingers back.',
  floor(),
  seatedSideChair(),
  figure({ ...seatedSide, arms: [outstretchedArm, [[42, 50], [56, 63], [71, 62], [75, 58]]] }),
  motion(arrow([81, 51], [76, 64], { curve: 3 }))
)

export const wristExtensorStretchDrawing: Illustration = drawing(
  'Side view, sitting: one arm out in front, palm down, hand bent down; the other hand presses the back of the hand toward you.',
  floor(),
  seatedSideChair(),
  figure({ ...seatedSide, arms: [outstretchedArm, [[42, 50], [55, 40], [67, 45], [71, 52]]] }),
  motion(arrow([79, 46], [78, 60], { curve: -3 }))
)

export const seatedFigureFourDrawing: Illustration = drawing(
  'Side view, sitting: one ankle rests on the other knee and the straight back leans forward from the hips.',
  floor(),
  seatedSideChair(),
  figure({
    ...seatedSide,
    head: [57, 43],
    neck: [52, 51],
    arms: [[[52, 52], [56, 64], [62, 69]]],
    legs: [...seatedSide.legs, [[40, 77], [56, 64], [69, 73]]]
  }),
  motion(arrow([44, 32], [64, 36], { curve: 5 }))
)

export const seatedHamstringStretchDrawing: Illustration = drawing(
  'Side view, sitting near the front of the seat: one leg straight with the heel down, leaning forward from the hips with a straight back.',
  floor(),
  seatedSideChair(),
  figure({
    head: [73, 44],
    neck: [68, 52],
    hip: [54, 77],
    arms: [[[68, 53], [72, 66], [78, 74]]],
    legs: [
      [[54, 77], [76, 78], [77, 104], [84, 106]],
      [[54, 77], [78, 88], [100, 103], [104, 96]]
    ]
  }),
  motion(arrow([58, 36], [80, 42], { curve: 5 }))
)

export const seatedKneeToChestDrawing: Illustration = drawing(
  'Side view, sitting tall: both hands hug one knee up toward the chest.',
  floor(),
  seatedSideChair(),
  figure({
    ...seatedSide,
    arms: [[[42, 50], [52, 62], [60, 65]]],
    legs: [...seatedSide.legs, [[40, 77], [58, 58], [64, 80], [70, 82]]]
  }),
  motion(arrow([77, 72], [67, 52], { curve: -4 }))
)

export const eyeBreakDrawing: Illustration = drawing(
  'Side view, sitting at a desk: the eyes look away from the screen to hills far off through a window.',
  floor(),
  seatedSideChair(),
  desk(114, 60, 62),
  sideMonitor(90, 62),
  distantView(94, 6, 22, 18),
  figure({ ...seatedSide, arms: [[[42, 50], [50, 63], [63, 61]]] }),
  motion(arrow([51, 37], [92, 18]))
)
