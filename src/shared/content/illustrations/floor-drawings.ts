import type { IllustrationData } from '../schema'
import { arrow, polyline } from './geometry'
import { figure } from './figure'
import { asStart, drawing, label, motion, oneSided, target } from './parts'
import { allFours } from './poses'
import { floor } from './props'

/**
 * Drawings of the moves that need floor space (offered only with the user's consent, in long
 * breaks): the start position as a faint ghost, the end position in full lines.
 */

export const childsPoseDrawing: IllustrationData = drawing(
  floor(),
  asStart(figure(allFours)),
  figure({
    head: [60, 99],
    headRadius: 5,
    neck: [52, 94],
    hip: [25, 96],
    spineVia: [38, 88],
    arms: [[[52, 94], [66, 100], [80, 106]]],
    legs: [[[25, 96], [48, 106], [22, 106]]]
  }),
  motion(arrow([46, 74], [27, 88], { curve: 4 })),
  label(30, 70)
)

export const birdDogDrawing: IllustrationData = oneSided(
  drawing(
    floor(),
    asStart(figure(allFours)),
    target(polyline([[82, 78], [108, 78]]), polyline([[46, 78], [10, 78]])),
    figure({
      ...allFours,
      head: [88, 72],
      arms: [...allFours.arms, [[78, 80], [94, 80], [110, 80]]],
      legs: [...allFours.legs, [[48, 80], [27, 80], [8, 80], [6, 76]]]
    }),
    motion(arrow([104, 96], [108, 86]), arrow([16, 98], [12, 88]))
  ),
  'right',
  [16, 14]
)

export const supermanDrawing: IllustrationData = drawing(
  floor(),
  asStart(
    figure({
      head: [90, 101],
      headRadius: 5,
      neck: [80, 104],
      hip: [52, 104],
      arms: [[[80, 104], [94, 105], [108, 105]]],
      legs: [[[52, 104], [30, 105], [9, 105]]]
    })
  ),
  figure({
    head: [87, 94],
    headRadius: 5,
    neck: [78, 95],
    hip: [52, 102],
    arms: [[[78, 94], [90, 85], [104, 79]]],
    legs: [[[52, 102], [30, 99], [9, 93]]]
  }),
  motion(arrow([99, 75], [103, 67]), arrow([13, 86], [11, 78]))
)

export const pelvicTiltDrawing: IllustrationData = drawing(
  floor(),
  asStart(
    figure({
      head: [14, 99],
      neck: [23, 103],
      hip: [50, 103],
      spineVia: [37, 96],
      arms: [],
      legs: [[[50, 103], [66, 82], [82, 104], [88, 106]]]
    })
  ),
  target(polyline([[30, 107], [48, 107]])),
  figure({
    head: [14, 100],
    neck: [23, 104],
    hip: [50, 104],
    arms: [[[23, 104], [36, 105], [46, 105]]],
    legs: [[[50, 104], [66, 82], [82, 104], [88, 106]]]
  }),
  motion(arrow([37, 86], [37, 97])),
  label(24, 84)
)

export const gluteBridgeDrawing: IllustrationData = drawing(
  floor(),
  asStart(
    figure({
      head: [12, 100],
      neck: [21, 104],
      hip: [48, 104],
      arms: [],
      legs: [[[48, 104], [64, 84], [80, 104], [86, 106]]]
    })
  ),
  target(polyline([[40, 98], [48, 95]])),
  figure({
    head: [12, 100],
    neck: [21, 104],
    hip: [46, 92],
    arms: [[[21, 104], [34, 106], [46, 106]]],
    legs: [[[46, 92], [64, 84], [80, 104], [86, 106]]]
  }),
  motion(arrow([46, 86], [46, 74]))
)
