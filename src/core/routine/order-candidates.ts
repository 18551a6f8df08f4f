import type { StretchData } from '../../shared/content/schema'
import type { BodyArea } from '../../shared/settings'
import type { Prng } from './prng'
import { focusAreaWeight } from './timing'

/**
 * A seeded weighted shuffle (Efraimidis–Spirakis): a move for a focus area is more likely to
 * come early, yet every move can still come first, so routines keep varying. Moves done in
 * recent breaks go to the back and are used only when the others cannot fill the break.
 */
export function orderCandidates(
  stretches: readonly StretchData[],
  focusAreas: readonly BodyArea[],
  recentIds: readonly string[],
  random: Prng
): StretchData[] {
  const recent = new Set(recentIds)
  const focus = new Set(focusAreas)
  const keyed = stretches.map((stretch) => {
    const weight = stretch.areas.some((area) => focus.has(area)) ? focusAreaWeight : 1
    // 1 - random() lies in (0, 1], so the logarithm stays finite.
    const key = -Math.log(1 - random()) / weight
    return { stretch, key, isRecent: recent.has(stretch.id) }
  })
  keyed.sort((a, b) => Number(a.isRecent) - Number(b.isRecent) || a.key - b.key)
  return keyed.map((entry) => entry.stretch)
}
