import type { Illustration, IllustrationCircle, IllustrationRole, IllustrationStroke } from '../schema'

/** A piece of a drawing: a figure, a chair, an arrow. Drawings are built by joining parts. */
export interface DrawingPart {
  readonly strokes: readonly IllustrationStroke[]
  readonly circles: readonly IllustrationCircle[]
}

/** Every drawing shares one square canvas so the renderer can size them alike. */
export const illustrationViewBox = '0 0 120 120'

function strokes(role: IllustrationRole, paths: readonly string[]): DrawingPart {
  return { strokes: paths.map((d) => ({ d, role })), circles: [] }
}

export function bodyStrokes(...paths: string[]): DrawingPart {
  return strokes('body', paths)
}

export function propStrokes(...paths: string[]): DrawingPart {
  return strokes('prop', paths)
}

export function motion(...paths: string[]): DrawingPart {
  return strokes('motion', paths)
}

export function circle(cx: number, cy: number, r: number, role: IllustrationRole): DrawingPart {
  return { strokes: [], circles: [{ cx, cy, r, role }] }
}

/** Joins parts in order: props first keeps the figure drawn on top of the chair it sits on. */
export function drawing(alt: string, ...parts: DrawingPart[]): Illustration {
  return {
    viewBox: illustrationViewBox,
    alt,
    strokes: parts.flatMap((part) => part.strokes),
    circles: parts.flatMap((part) => part.circles)
  }
}
