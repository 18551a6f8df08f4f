import { sidePlaceholder, type Stretch } from './schema'

const sideWords = { left: 'Left', right: 'Right' } as const

/**
 * What a side means for one move, in the player's words: "Left side (your left neck muscles
 * stretch)". Upright names every one-sided move by the side being stretched or worked, and
 * this line says so in terms of the body, so nobody has to guess which way to tip or turn.
 * Null for moves done with both sides at once.
 */
export function sideLabel(stretch: Stretch, side: 'left' | 'right' | 'both'): string | null {
  if (side === 'both' || stretch.oneSide === undefined) return null
  return `${sideWords[side]} side (${stretch.oneSide.label.replace(sidePlaceholder, side)})`
}
