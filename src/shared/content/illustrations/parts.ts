import type { IllustrationCircle, IllustrationData, IllustrationLabelData, IllustrationRole, IllustrationStroke } from '../schema'

/** A piece of a drawing: a figure, a chair, an arrow, a word. Drawings are built by joining parts. */
export interface DrawingPart {
  readonly strokes: readonly IllustrationStroke[]
  readonly circles: readonly IllustrationCircle[]
  readonly labels?: readonly IllustrationLabelData[]
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

/** The muscles that stretch or work: a wide, light accent band under the body line. */
export function target(...paths: string[]): DrawingPart {
  return strokes('target', paths)
}

/**
 * Where a short word goes in the drawing; `start` words belong to the ghost of the start
 * position. The words come from the catalog (stretches.<id>.illustration.labels), in order.
 */
export function label(x: number, y: number, role: IllustrationLabelData['role'] = 'body'): DrawingPart {
  return { strokes: [], circles: [], labels: [{ x, y, role }] }
}

/** Redraws a part (usually a figure) as the faint ghost of where the move starts. */
export function asStart(part: DrawingPart): DrawingPart {
  return {
    strokes: part.strokes.map((stroke) => ({ ...stroke, role: 'start' })),
    circles: part.circles.map((circle) => ({ ...circle, role: 'start' }))
  }
}

export function circle(cx: number, cy: number, r: number, role: IllustrationRole): DrawingPart {
  return { strokes: [], circles: [{ cx, cy, r, role }] }
}

/** Joins parts in order: props first keeps the figure drawn on top of the chair it sits on. */
export function drawing(...parts: DrawingPart[]): IllustrationData {
  const labels = parts.flatMap((part) => part.labels ?? [])
  return {
    viewBox: illustrationViewBox,
    strokes: parts.flatMap((part) => part.strokes),
    circles: parts.flatMap((part) => part.circles),
    ...(labels.length > 0 ? { labels } : {})
  }
}

/**
 * Marks a one-sided drawing: the side of the body it shows being stretched or worked (a side
 * view facing right shows the right side; a front view shows the person's left on the viewer's
 * right), and where the renderer puts the "Left"/"Right" tag.
 */
export function oneSided(base: IllustrationData, shows: 'left' | 'right', tag: readonly [number, number]): IllustrationData {
  return { ...base, side: { shows, tagX: tag[0], tagY: tag[1] } }
}
