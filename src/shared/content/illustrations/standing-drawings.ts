import type { IllustrationData } from '../schema'
import { arcArrow, arrow, type Point, polyline } from './geometry'
import { figure } from './figure'
import { asStart, bodyStrokes, drawing, motion, oneSided, target } from './parts'
import { standingSide } from './poses'
import { bottle, desk, doorFrame, floor, sideChair, wall } from './props'

/**
 * Drawings of the moves done standing beside the desk, a chair, a wall or a doorway: the start
 * position as a faint ghost, the end position in full lines.
 */

const sideViewTag: Point = [16, 14]

export const doorwayChestStretchDrawing: IllustrationData = drawing(
  floor(),
  doorFrame(50, 70),
  asStart(
    figure({
      head: [61, 16],
      neck: [60, 25],
      hip: [59, 54],
      arms: [[[60, 26], [52, 27], [52, 13]]],
      legs: [
        [[59, 54], [68, 78], [68, 104], [75, 106]],
        [[59, 54], [54, 79], [50, 104], [57, 106]]
      ]
    })
  ),
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

export const standingHipFlexorStretchDrawing: IllustrationData = oneSided(
  drawing(
    floor(),
    desk(72, 114, 60),
    asStart(
      figure({
        head: [47, 22],
        neck: [46, 31],
        hip: [45, 59],
        arms: [[[46, 32], [58, 46], [74, 58]]],
        legs: [
          [[45, 59], [66, 74], [70, 104], [77, 106]],
          [[45, 59], [36, 83], [28, 100], [34, 106]]
        ]
      })
    ),
    target(polyline([[55, 62], [44, 83]])),
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
    motion(arrow([33, 54], [47, 54]))
  ),
  'right',
  sideViewTag
)

export const calfRaisesDrawing: IllustrationData = drawing(
  floor(),
  sideChair({ backX: 68, facing: 'right' }),
  asStart(
    figure({
      head: [53, 16],
      neck: [52, 25],
      hip: [52, 54],
      arms: [[[52, 26], [58, 40], [66, 48]]],
      legs: [[[52, 54], [53, 79], [52, 104], [60, 106]]]
    })
  ),
  figure({
    head: [53, 10],
    neck: [52, 19],
    hip: [52, 48],
    arms: [[[52, 20], [58, 34], [66, 47]]],
    legs: [[[52, 48], [53, 73], [53, 98], [59, 106]]]
  }),
  motion(arrow([43, 104], [43, 88], { both: true }))
)

export const standingBackExtensionDrawing: IllustrationData = drawing(
  floor(),
  asStart(
    figure({
      head: [61, 18],
      neck: [60, 27],
      hip: [60, 56],
      arms: [[[60, 28], [52, 40], [57, 52]]],
      legs: [[[60, 56], [61, 80], [60, 104], [67, 106]]]
    })
  ),
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

export const lateralLegRaiseDrawing: IllustrationData = oneSided(
  drawing(
    floor(),
    sideChair({ backX: 40, facing: 'left' }),
    asStart(bodyStrokes(polyline([[70, 54], [71, 79], [71, 104], [75, 106]]))),
    target(polyline([[71, 51], [79, 62]])),
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
    motion(arcArrow({ center: [70, 54], radiusX: 54, fromDegrees: 84, toDegrees: 55 }))
  ),
  'left',
  [104, 22]
)

export const singleArmRowDrawing: IllustrationData = oneSided(
  drawing(
    floor(),
    desk(114, 84, 64),
    asStart(bodyStrokes(polyline([[75, 45], [74, 60], [72, 73]]))),
    asStart(bottle(72, 73)),
    target(polyline([[60, 47], [75, 43]])),
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
    motion(arrow([80, 80], [80, 62]))
  ),
  'right',
  sideViewTag
)

export const singleLegBalanceDrawing: IllustrationData = oneSided(
  drawing(
    floor(),
    wall(84),
    asStart(bodyStrokes(polyline([[60, 54], [59, 79], [57, 104], [64, 106]]))),
    target(polyline([[63, 56], [64, 79], [63, 102]])),
    figure({
      ...standingSide,
      arms: [[[60, 26], [70, 36], [83, 42]]],
      legs: [standingSide.legs[0] ?? [], [[60, 54], [62, 79], [42, 88]]]
    }),
    motion(arrow([38, 102], [38, 90]))
  ),
  'right',
  sideViewTag
)

export const walkAwayDrawing: IllustrationData = drawing(
  floor(),
  desk(114, 84, 62),
  asStart(figure({ ...standingSide, head: [79, 16], neck: [78, 25], hip: [78, 54], arms: [[[78, 26], [79, 41], [81, 55]]], legs: [[[78, 54], [79, 79], [78, 104], [85, 106]]] })),
  figure({
    head: [33, 16],
    neck: [34, 25],
    hip: [36, 54],
    arms: [
      [[34, 26], [28, 39], [24, 50]],
      [[34, 26], [40, 39], [46, 48]]
    ],
    legs: [
      [[36, 54], [28, 78], [22, 103], [16, 105]],
      [[36, 54], [44, 78], [48, 102], [42, 106]]
    ]
  }),
  motion(arrow([66, 36], [50, 36]))
)
