import { polygon, polyline } from './geometry'
import { type DrawingPart, propStrokes } from './parts'

/** Everything stands on this line; figures put their feet just above it. */
export const floorY = 108

export function floor(fromX = 6, toX = 114): DrawingPart {
  return propStrokes(polyline([[fromX, floorY], [toX, floorY]]))
}

export interface SideChairOptions {
  /** Where the back of the seat is. */
  readonly backX: number
  readonly seatY?: number
  readonly seatDepth?: number
  /** The way a seated person would face. */
  readonly facing: 'left' | 'right'
}

/** An office chair seen from the side: seat, backrest, two legs. */
export function sideChair(options: SideChairOptions): DrawingPart {
  const seatY = options.seatY ?? 80
  const depth = options.seatDepth ?? 30
  const direction = options.facing === 'right' ? 1 : -1
  const back = options.backX
  const front = back + direction * depth
  return propStrokes(
    polyline([[back - direction * 2, seatY - 32], [back, seatY], [front, seatY]]),
    polyline([[back + direction * 3, seatY], [back + direction * 3, floorY]]),
    polyline([[front - direction * 3, seatY], [front - direction * 3, floorY]])
  )
}

/** A chair seen from the front: the seat, its legs and the top of the backrest behind the sitter. */
export function frontChair(centerX = 60, seatY = 80): DrawingPart {
  const half = 17
  return propStrokes(
    polyline([[centerX - half, seatY], [centerX + half, seatY]]),
    polyline([[centerX - half + 2, seatY], [centerX - half + 2, floorY]]),
    polyline([[centerX + half - 2, seatY], [centerX + half - 2, floorY]]),
    polyline([[centerX - half + 3, seatY], [centerX - half + 3, seatY - 34], [centerX + half - 3, seatY - 34], [centerX + half - 3, seatY]])
  )
}

/** A desk edge seen from the side, running off the drawing on one side. */
export function desk(fromX: number, toX: number, topY = 62): DrawingPart {
  const legX = fromX < toX ? fromX + 4 : fromX - 4
  return propStrokes(polyline([[fromX, topY], [toX, topY]]), polyline([[legX, topY], [legX, floorY]]))
}

export function wall(x: number): DrawingPart {
  return propStrokes(polyline([[x, 8], [x, floorY]]))
}

/** One post and the lintel of a doorway. */
export function doorFrame(postX: number, lintelToX: number): DrawingPart {
  return propStrokes(polyline([[postX, floorY], [postX, 8], [lintelToX, 8]]))
}

/** A monitor in profile on a small stand, for desk scenes. */
export function sideMonitor(x: number, deskTopY: number): DrawingPart {
  return propStrokes(
    polygon([[x, deskTopY - 30], [x + 3, deskTopY - 30], [x + 3, deskTopY - 10], [x, deskTopY - 10]]),
    polyline([[x + 2, deskTopY - 10], [x + 2, deskTopY], [x - 3, deskTopY], [x + 8, deskTopY]])
  )
}

/** A window with hills far away: something to rest the eyes on. */
export function distantView(left: number, top: number, width: number, height: number): DrawingPart {
  const right = left + width
  const bottom = top + height
  return propStrokes(
    polygon([[left, top], [right, top], [right, bottom], [left, bottom]]),
    polyline([[left + 2, bottom - 4], [left + width * 0.35, top + height * 0.45], [left + width * 0.6, bottom - 7], [left + width * 0.8, top + height * 0.55], [right - 2, bottom - 5]])
  )
}

/** A water bottle held at its neck, hanging below the hand. */
export function bottle(handX: number, handY: number): DrawingPart {
  return propStrokes(
    polygon([[handX - 1.5, handY], [handX + 1.5, handY], [handX + 3, handY + 4], [handX + 3, handY + 14], [handX - 3, handY + 14], [handX - 3, handY + 4]])
  )
}
