/**
 * A deliberately small SVG path reader for the content illustrations. Drawings use absolute
 * commands only (M L H V C S Q T Z), so every coordinate can be checked against the viewBox
 * without replaying relative pen moves; anything else is reported as invalid rather than guessed.
 */

export type PathPoint = readonly [x: number, y: number]

export type PathParseResult =
  | { readonly ok: true; readonly points: readonly PathPoint[] }
  | { readonly ok: false; readonly reason: string }

/** Numbers each command consumes per repetition. */
const commandArity: Readonly<Record<string, number>> = {
  M: 2,
  L: 2,
  H: 1,
  V: 1,
  C: 6,
  S: 4,
  Q: 4,
  T: 2,
  Z: 0
}

const tokenPattern = /([A-Za-z])|(-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)/g

export function parseSvgPath(d: string): PathParseResult {
  const leftovers = d.replace(tokenPattern, '').replace(/[\s,]/g, '')
  if (leftovers.length > 0) return { ok: false, reason: `unexpected characters "${leftovers}"` }

  const tokens = Array.from(d.matchAll(tokenPattern), (match) => match[0])
  if (tokens[0] !== 'M') return { ok: false, reason: 'a path must start with an absolute M' }

  const points: PathPoint[] = []
  let current: PathPoint = [0, 0]
  let index = 0
  while (index < tokens.length) {
    const command = tokens[index] ?? ''
    const arity = commandArity[command]
    if (arity === undefined) return { ok: false, reason: `unsupported command "${command}"` }
    index += 1

    const numbers: number[] = []
    while (index < tokens.length && !/^[A-Za-z]$/.test(tokens[index] ?? '')) {
      numbers.push(Number(tokens[index]))
      index += 1
    }
    if (arity === 0) {
      if (numbers.length > 0) return { ok: false, reason: 'Z takes no numbers' }
      continue
    }
    if (numbers.length === 0 || numbers.length % arity !== 0) {
      return { ok: false, reason: `${command} needs numbers in groups of ${arity}` }
    }
    for (let start = 0; start < numbers.length; start += arity) {
      const group = numbers.slice(start, start + arity)
      if (command === 'H') current = [group[0] ?? 0, current[1]]
      else if (command === 'V') current = [current[0], group[0] ?? 0]
      else {
        for (let pair = 0; pair < group.length; pair += 2) {
          current = [group[pair] ?? 0, group[pair + 1] ?? 0]
          points.push(current)
        }
        continue
      }
      points.push(current)
    }
  }
  return { ok: true, points }
}

export interface ViewBox {
  readonly minX: number
  readonly minY: number
  readonly width: number
  readonly height: number
}

export function parseViewBox(viewBox: string): ViewBox | null {
  const parts = viewBox.trim().split(/[\s,]+/).map(Number)
  if (parts.length !== 4 || parts.some((part) => !Number.isFinite(part))) return null
  const [minX = 0, minY = 0, width = 0, height = 0] = parts
  if (width <= 0 || height <= 0) return null
  return { minX, minY, width, height }
}

export function isInsideViewBox([x, y]: PathPoint, box: ViewBox): boolean {
  return x >= box.minX && x <= box.minX + box.width && y >= box.minY && y <= box.minY + box.height
}
