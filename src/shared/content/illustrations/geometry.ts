/**
 * Path builders for the line drawings. Everything is written with absolute commands and
 * rounded to one decimal, which keeps the data small and lets the schema check every point
 * against the viewBox.
 */

export type Point = readonly [x: number, y: number]

function round(value: number): number {
  return Math.round(value * 10) / 10
}

function xy([x, y]: Point): string {
  return `${round(x)} ${round(y)}`
}

/** A joint chain: shoulder–elbow–hand, hip–knee–ankle–toe, a chair back… */
export function polyline(points: readonly Point[]): string {
  const [first, ...rest] = points
  if (first === undefined) throw new Error('a polyline needs at least one point')
  return [`M ${xy(first)}`, ...rest.map((point) => `L ${xy(point)}`)].join(' ')
}

/** A closed outline, e.g. a bottle or a monitor. */
export function polygon(points: readonly Point[]): string {
  return `${polyline(points)} Z`
}

/** A smooth bend through `via`: a quadratic curve whose control point makes it pass there. */
export function bend(from: Point, via: Point, to: Point): string {
  return `M ${xy(from)} Q ${xy(quadraticControlThrough(from, via, to))} ${xy(to)}`
}

function quadraticControlThrough(from: Point, via: Point, to: Point): Point {
  return [2 * via[0] - (from[0] + to[0]) / 2, 2 * via[1] - (from[1] + to[1]) / 2]
}

const arrowHeadLength = 4.5
const arrowHeadHalfAngle = (28 * Math.PI) / 180

/** Two short barbs at `tip`, for a line arriving from the direction of `from`. */
function arrowHead(from: Point, tip: Point): string {
  const angle = Math.atan2(tip[1] - from[1], tip[0] - from[0])
  const barb = (side: number): Point => [
    tip[0] - arrowHeadLength * Math.cos(angle + side * arrowHeadHalfAngle),
    tip[1] - arrowHeadLength * Math.sin(angle + side * arrowHeadHalfAngle)
  ]
  return `M ${xy(barb(1))} L ${xy(tip)} L ${xy(barb(-1))}`
}

export interface ArrowOptions {
  /** Sideways bulge of the shaft, in viewBox units; positive bulges to the left of travel. */
  readonly curve?: number
  /** Heads at both ends, for a back-and-forth movement. */
  readonly both?: boolean
}

/** A motion arrow from `from` to `to`, straight or gently curved. */
export function arrow(from: Point, to: Point, options: ArrowOptions = {}): string {
  const curve = options.curve ?? 0
  const dx = to[0] - from[0]
  const dy = to[1] - from[1]
  const length = Math.hypot(dx, dy)
  const control: Point = [
    (from[0] + to[0]) / 2 + (curve * dy) / length,
    (from[1] + to[1]) / 2 - (curve * dx) / length
  ]
  const shaft = curve === 0 ? `M ${xy(from)} L ${xy(to)}` : `M ${xy(from)} Q ${xy(control)} ${xy(to)}`
  const heads = [arrowHead(control, to), ...(options.both === true ? [arrowHead(control, from)] : [])]
  return [shaft, ...heads].join(' ')
}

export interface ArcArrowOptions {
  readonly center: Point
  readonly radiusX: number
  readonly radiusY?: number
  /** Degrees, measured like SVG: 0 points right, 90 points down. */
  readonly fromDegrees: number
  readonly toDegrees: number
}

/** A curved arrow along an ellipse, for circling or turning movements. */
export function arcArrow(options: ArcArrowOptions): string {
  const { center, radiusX, fromDegrees, toDegrees } = options
  const radiusY = options.radiusY ?? radiusX
  const segments = Math.max(4, Math.ceil(Math.abs(toDegrees - fromDegrees) / 15))
  const points: Point[] = []
  for (let index = 0; index <= segments; index += 1) {
    const radians = ((fromDegrees + ((toDegrees - fromDegrees) * index) / segments) * Math.PI) / 180
    points.push([center[0] + radiusX * Math.cos(radians), center[1] + radiusY * Math.sin(radians)])
  }
  const tip = points[points.length - 1]
  const beforeTip = points[points.length - 2]
  if (tip === undefined || beforeTip === undefined) throw new Error('an arc needs two points')
  return `${polyline(points)} ${arrowHead(beforeTip, tip)}`
}
