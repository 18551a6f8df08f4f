import type { IllustrationData } from '../schema'
import { arrow, type Point, polyline } from './geometry'
import { asStart, bodyStrokes, circle, drawing, label, motion, oneSided, target, type DrawingPart } from './parts'

/**
 * Close-ups of the hand moves for heavy keyboard and mouse use (CONTENT-FACTS Addendum B). A
 * whole figure would make the fingers too small to read, so these draw a forearm and hand.
 */

/** One hand seen from the thumb side, palm to the right: forearm, palm, thumb, then fingers. */
function hand(x: number, fingers: readonly Point[]): DrawingPart {
  const knuckle: Point = [x, 66]
  return bodyStrokes(polyline([[x, 104], [x, 82], knuckle]), polyline([[x, 78], [x + 5, 72]]), polyline([knuckle, ...fingers]))
}

/** The four shapes of a tendon glide, left to right (KP-Finger, UHSussex); their names are the drawing's labels in the catalog. */
const shapes: readonly { readonly fingers: (x: number) => readonly Point[] }[] = [
  { fingers: (x) => [[x, 44]] },
  { fingers: (x) => [[x, 56], [x + 6, 54], [x + 7, 61]] },
  { fingers: (x) => [[x + 6, 62], [x + 8, 71], [x + 3, 75]] },
  { fingers: (x) => [[x + 8, 65], [x + 4, 79]] }
]

const columns = [12, 40, 68, 96] as const

export const tendonGlidesDrawing: IllustrationData = oneSided(
  drawing(
    // The finger tendons glide through the palm and forearm.
    target(polyline([[15, 100], [15, 68]])),
    ...shapes.map((shape, index) => hand(columns[index] ?? 0, shape.fingers(columns[index] ?? 0))),
    ...[0, 1, 2].map((index) => motion(arrow([(columns[index] ?? 0) + 12, 92], [(columns[index + 1] ?? 0) - 6, 92]))),
    ...shapes.map((_shape, index) => label((columns[index] ?? 0) + 3, 114))
  ),
  'right',
  [100, 22]
)

/** A hand from the palm side, fingers spread as wide as is comfortable. */
function spreadHand(x: number, mirror: 1 | -1): DrawingPart {
  const palm: Point = [x, 76]
  const tips: readonly Point[] = [
    [x - 20 * mirror, 64],
    [x - 13 * mirror, 46],
    [x - 2 * mirror, 42],
    [x + 9 * mirror, 45],
    [x + 17 * mirror, 53]
  ]
  return bodyStrokes(polyline([[x, 104], palm]), ...tips.map((tip) => polyline([palm, tip])))
}

/** A loose fist from the palm side: the ghost of where the move starts. */
function fist(x: number): DrawingPart {
  return asStart({ strokes: bodyStrokes(polyline([[x, 104], [x, 82]])).strokes, circles: circle(x, 74, 8, 'body').circles })
}

export const fingerSpreadDrawing: IllustrationData = drawing(
  fist(34),
  fist(86),
  spreadHand(34, 1),
  spreadHand(86, -1),
  motion(arrow([48, 30], [40, 36]), arrow([72, 30], [80, 36]))
)
