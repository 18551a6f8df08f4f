import type { IllustrationData } from '../schema'
import { arcArrow, arrow, type Point, polyline } from './geometry'
import { figure, type Pose } from './figure'
import { asStart, bodyStrokes, circle, drawing, label, motion, oneSided, target, type DrawingPart } from './parts'
import { seatedFront, seatedFrontChair, seatedSide, seatedSideChair } from './poses'
import { desk, distantView, floor, sideMonitor } from './props'

/**
 * Drawings of the moves done sitting on an office chair. Each shows where the move starts as a
 * faint ghost and where it ends in full lines; one-sided moves mark the side that stretches.
 */

/** Where the tag goes in front views (the person's right is on the viewer's left). */
const frontRightTag: Point = [18, 22]
const sideViewTag: Point = [16, 14]

const neckBase: Point = [60, 50]

/**
 * A head on a visible neck, tipped `degrees` toward the viewer's right (0 = upright). Front
 * views draw the neck so a side bend reads as a bend rather than a head that slid over.
 */
function tippedHead(degrees: number, neckLength = 6): DrawingPart {
  const radians = (degrees * Math.PI) / 180
  const along = (distance: number): Point => [
    neckBase[0] + distance * Math.sin(radians),
    neckBase[1] - distance * Math.cos(radians)
  ]
  const top = along(neckLength)
  const center = along(neckLength + 6)
  return { strokes: bodyStrokes(polyline([neckBase, top])).strokes, circles: circle(center[0], center[1], 6, 'body').circles }
}

/** seatedFront without its head, for drawings that add a tipped head of their own. */
function frontBody(overrides: Partial<Pose> = {}): DrawingPart {
  return { strokes: figure({ ...seatedFront, ...overrides }).strokes, circles: [] }
}

function headAt(point: Point): DrawingPart {
  return circle(point[0], point[1], 6, 'body')
}

const upright = (): DrawingPart => asStart({ strokes: [], circles: tippedHead(0).circles })

/** The arm that anchors the shoulder, holding the side of the seat (the person's right). */
const seatHoldingArm = [[49, 50], [46, 65], [44, 79]] as const

export const neckSideBendDrawing: IllustrationData = oneSided(
  drawing(
    floor(),
    seatedFrontChair(),
    upright(),
    target(polyline([[47, 50], [55, 48], [59, 43]])),
    frontBody(),
    tippedHead(50),
    motion(arcArrow({ center: neckBase, radiusX: 21, fromDegrees: -96, toDegrees: -52 }), arrow([44, 38], [44, 46]))
  ),
  'right',
  frontRightTag
)

export const chinTuckDrawing: IllustrationData = drawing(
  floor(),
  seatedSideChair(),
  asStart(headAt([51, 41])),
  figure(seatedSide),
  motion(arrow([62, 34], [52, 34]))
)

export const shoulderRollsDrawing: IllustrationData = drawing(
  floor(),
  seatedSideChair(),
  asStart(bodyStrokes(polyline([[42, 44], [45, 58], [58, 66]]))),
  figure(seatedSide),
  motion(arcArrow({ center: [37, 50], radiusX: 9, radiusY: 7, fromDegrees: 40, toDegrees: -250 }))
)

export const upperTrapStretchDrawing: IllustrationData = oneSided(
  drawing(
    floor(),
    seatedFrontChair(),
    upright(),
    target(polyline([[44, 52], [52, 48], [59, 43]])),
    frontBody({ arms: [seatHoldingArm, [[71, 50], [82, 42], [70, 33]]] }),
    tippedHead(50),
    motion(arcArrow({ center: neckBase, radiusX: 21, fromDegrees: -96, toDegrees: -52 }))
  ),
  'right',
  frontRightTag
)

export const levatorScapulaeStretchDrawing: IllustrationData = oneSided(
  drawing(
    floor(),
    seatedFrontChair(),
    upright(),
    target(polyline([[45, 51], [53, 48], [58, 43]])),
    frontBody({ arms: [seatHoldingArm, [[71, 50], [80, 40], [64, 35]]] }),
    bodyStrokes(polyline([neckBase, [62, 48]]), polyline([[69, 46], [73, 50]])),
    headAt([65, 42]),
    motion(arrow([74, 30], [80, 46], { curve: 3 }))
  ),
  'right',
  frontRightTag
)

export const chestOpenerDrawing: IllustrationData = drawing(
  floor(),
  seatedSideChair(),
  asStart(figure({ ...seatedSide, head: [49, 43], neck: [45, 51], spineVia: [38, 64] })),
  figure({ ...seatedSide, head: [43, 40], spineVia: [44, 63], arms: [[[42, 50], [32, 58], [29, 68]]] }),
  motion(arrow([50, 62], [57, 55]), arrow([31, 52], [22, 55]))
)

export const seatedThoracicRotationDrawing: IllustrationData = oneSided(
  drawing(
    floor(),
    seatedFrontChair(),
    asStart(
      figure({
        ...seatedFront,
        arms: [
          [[49, 50], [57, 58], [68, 54]],
          [[71, 50], [63, 58], [52, 54]]
        ]
      })
    ),
    figure({
      ...seatedFront,
      head: [63, 40],
      shoulders: [[54, 52], [72, 48]],
      arms: [
        [[54, 52], [62, 59], [72, 53]],
        [[72, 48], [66, 58], [56, 55]]
      ]
    }),
    bodyStrokes(polyline([[67, 42], [71, 43]])),
    target(polyline([[56, 62], [60, 55], [66, 50]])),
    motion(arcArrow({ center: [60, 64], radiusX: 22, radiusY: 5, fromDegrees: 160, toDegrees: 15 }))
  ),
  'left',
  [102, 22]
)

export const seatedCatCowDrawing: IllustrationData = drawing(
  floor(),
  seatedSideChair(),
  asStart(
    figure({
      head: [58, 42],
      neck: [52, 51],
      hip: [46, 77],
      spineVia: [53, 65],
      arms: [[[52, 52], [60, 63], [69, 74]]],
      legs: [[[46, 77], [72, 77], [72, 104], [79, 106]]]
    })
  ),
  figure({
    head: [55, 46],
    neck: [50, 53],
    hip: [46, 77],
    spineVia: [40, 64],
    arms: [[[50, 54], [59, 64], [69, 74]]],
    legs: [[[46, 77], [72, 77], [72, 104], [79, 106]]]
  }),
  motion(arrow([36, 72], [38, 50], { curve: 4, both: true }))
)

export const seatedSideBendDrawing: IllustrationData = oneSided(
  drawing(
    floor(),
    seatedFrontChair(),
    asStart(figure(seatedFront)),
    target(polyline([[52, 76], [51, 63], [55, 48]])),
    figure({
      ...seatedFront,
      head: [71, 42],
      neck: [66, 51],
      spineVia: [62, 64],
      shoulders: [[55, 47], [76, 55]],
      arms: [
        [[55, 47], [50, 61], [52, 74]],
        [[76, 55], [78, 67], [77, 80]]
      ]
    }),
    motion(arrow([62, 28], [84, 42], { curve: 6 }), arrow([87, 63], [87, 79]))
  ),
  'right',
  frontRightTag
)

/** Side view, right arm held out at shoulder height; the wrist drawings differ in hand and helper. */
const armOut = [[42, 50], [56, 50], [69, 50]] as const
const forearmBand = (): DrawingPart => target(polyline([[57, 48], [69, 48]]))

export const wristFlexorStretchDrawing: IllustrationData = oneSided(
  drawing(
    floor(),
    seatedSideChair(),
    asStart(bodyStrokes(polyline([...armOut, [79, 50]]))),
    label(96, 47, 'start'),
    forearmBand(),
    figure({ ...seatedSide, arms: [[...armOut, [72, 60]], [[42, 50], [55, 64], [74, 62]]] }),
    circle(72.5, 55, 1.6, 'target'),
    motion(arrow([82, 64], [76, 59], { curve: -3 }))
  ),
  'right',
  sideViewTag
)

export const wristExtensorStretchDrawing: IllustrationData = oneSided(
  drawing(
    floor(),
    seatedSideChair(),
    asStart(bodyStrokes(polyline([...armOut, [79, 50]]))),
    label(96, 47, 'start'),
    forearmBand(),
    figure({ ...seatedSide, arms: [[...armOut, [72, 60]], [[42, 50], [56, 38], [74, 54]]] }),
    circle(69.8, 55, 1.6, 'target'),
    motion(arrow([83, 51], [77, 55], { curve: 3 }))
  ),
  'right',
  sideViewTag
)

/** The crossed leg: knee out toward the viewer, ankle resting on the other knee. */
const crossedLeg = [[40, 77], [53, 67], [66, 74], [73, 71]] as const
const supportingLeg = [[40, 77], [66, 77], [67, 104], [74, 106]] as const

export const seatedFigureFourDrawing: IllustrationData = oneSided(
  drawing(
    floor(),
    seatedSideChair(),
    asStart(figure({ ...seatedSide, arms: [[[42, 50], [47, 62], [58, 69]]], legs: [] })),
    target(polyline([[33, 70], [35, 78], [42, 81]])),
    figure({
      head: [58, 44],
      neck: [52, 51],
      hip: [40, 77],
      arms: [[[52, 52], [57, 63], [63, 71]]],
      legs: [supportingLeg, crossedLeg]
    }),
    circle(66, 74, 1.6, 'target'),
    label(92, 60),
    motion(arrow([44, 30], [64, 35], { curve: 5 }))
  ),
  'right',
  sideViewTag
)

export const seatedHamstringStretchDrawing: IllustrationData = oneSided(
  drawing(
    floor(),
    seatedSideChair(),
    asStart(figure({ head: [57, 40], neck: [55, 49], hip: [54, 77], arms: [[[55, 50], [60, 63], [70, 72]]], legs: [] })),
    target(polyline([[57, 81], [78, 91], [97, 105]])),
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
    motion(arrow([58, 34], [80, 40], { curve: 5 }))
  ),
  'right',
  sideViewTag
)

export const seatedKneeToChestDrawing: IllustrationData = oneSided(
  drawing(
    floor(),
    seatedSideChair(),
    asStart(bodyStrokes(polyline([[40, 77], [64, 79], [66, 104], [73, 106]]))),
    target(polyline([[36, 62], [35, 72], [40, 80]])),
    figure({
      ...seatedSide,
      arms: [[[42, 50], [52, 62], [60, 65]]],
      legs: [...seatedSide.legs, [[40, 77], [58, 58], [64, 80], [70, 82]]]
    }),
    motion(arrow([77, 72], [67, 52], { curve: -4 }))
  ),
  'right',
  sideViewTag
)

export const prayerStretchDrawing: IllustrationData = drawing(
  floor(),
  seatedSideChair(),
  desk(114, 58, 62),
  asStart(bodyStrokes(polyline([[62, 60], [66, 47], [66, 36]]))),
  target(polyline([[64, 63], [75, 59]])),
  figure({ ...seatedSide, arms: [[[42, 50], [62, 60], [75, 56], [76, 43]]] }),
  motion(arrow([72, 42], [80, 50], { curve: -3 }))
)

export const eyeBreakDrawing: IllustrationData = drawing(
  floor(),
  seatedSideChair(),
  desk(114, 60, 62),
  sideMonitor(90, 62),
  distantView(94, 6, 22, 18),
  figure({ ...seatedSide, arms: [[[42, 50], [50, 63], [63, 61]]] }),
  motion(arrow([51, 37], [92, 18])),
  label(66, 16)
)
