import { bend, type Point, polyline } from './geometry'
import { bodyStrokes, circle, type DrawingPart } from './parts'

/**
 * A stick figure described by its joints. Side views use one shoulder point (the neck base)
 * and draw both arms and legs from it; front views add a shoulder line and a hip line.
 */
export interface Pose {
  readonly head: Point
  readonly headRadius?: number
  /** Neck base to hip; a `spineVia` point bends the back (rounded, arched or side-bent). */
  readonly neck: Point
  readonly hip: Point
  readonly spineVia?: Point
  readonly shoulders?: readonly [Point, Point]
  readonly hips?: readonly [Point, Point]
  /** Joint chains, e.g. [shoulder, elbow, hand] or [hip, knee, ankle, toe]. */
  readonly arms: readonly (readonly Point[])[]
  readonly legs: readonly (readonly Point[])[]
}

export const defaultHeadRadius = 6

/** The pose as drawn lines; wrap it in `asStart` for the ghost of a start position. */
export function figure(pose: Pose): DrawingPart {
  const spine = pose.spineVia === undefined ? polyline([pose.neck, pose.hip]) : bend(pose.neck, pose.spineVia, pose.hip)
  const girdles = [pose.shoulders, pose.hips].flatMap((pair) => (pair === undefined ? [] : [polyline(pair)]))
  const limbs = [...pose.legs, ...pose.arms].map((chain) => polyline(chain))
  const body = bodyStrokes(spine, ...girdles, ...limbs)
  const head = circle(pose.head[0], pose.head[1], pose.headRadius ?? defaultHeadRadius, 'body')
  return { strokes: body.strokes, circles: head.circles }
}
