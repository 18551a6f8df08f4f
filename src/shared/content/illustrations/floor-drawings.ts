import type { Illustration } from '../schema'
import { arrow } from './geometry'
import { figure } from './figure'
import { motion, drawing } from './parts'
import { allFours } from './poses'
import { floor } from './props'

/** Drawings of the moves that need floor space; the routine offers them only in long breaks. */

export const childsPoseDrawing: Illustration = drawing(
  'Side view, kneeling: from hands and knees, the bottom moves back toward the heels with the arms stretched forward.',
  floor(),
  figure({
    head: [60, 101],
    neck: [56, 92],
    hip: [30, 96],
    spineVia: [43, 86],
    arms: [[[56, 92], [71, 99], [86, 106]]],
    legs: [[[30, 96], [52, 106], [27, 106], [23, 107]]]
  }),
  motion(arrow([46, 77], [29, 84], { curve: -3 }))
)

export const birdDogDrawing: Illustration = drawing(
  'Side view, on hands and knees: one arm reaches forward and the opposite leg reaches back, back level.',
  floor(),
  figure({
    ...allFours,
    head: [87, 72],
    arms: [...allFours.arms, [[78, 80], [94, 82], [110, 82]]],
    legs: [...allFours.legs, [[48, 80], [26, 76], [4, 72]]]
  }),
  motion(arrow([100, 76], [112, 76]), arrow([18, 66], [6, 64]))
)

export const supermanDrawing: Illustration = drawing(
  'Side view, lying face down: arms, chest and legs lift a little off the floor, eyes looking down.',
  floor(),
  figure({
    head: [87, 96],
    headRadius: 5,
    neck: [78, 95],
    hip: [52, 102],
    arms: [[[78, 94], [90, 85], [104, 79]]],
    legs: [[[52, 102], [30, 99], [9, 93]]]
  }),
  motion(arrow([99, 75], [103, 67]), arrow([13, 86], [11, 78]))
)

export const pelvicTiltDrawing: Illustration = drawing(
  'Side view, lying on the back with knees bent and feet flat: the pelvis rocks gently to flatten the lower back.',
  floor(),
  figure({
    head: [14, 100],
    neck: [23, 102],
    hip: [50, 102],
    arms: [[[23, 102], [36, 104], [48, 105]]],
    legs: [[[50, 102], [66, 82], [82, 104], [88, 106]]]
  }),
  motion(arrow([41, 92], [57, 92], { curve: 4, both: true }))
)
