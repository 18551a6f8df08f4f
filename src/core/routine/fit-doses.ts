import type { DoseOption } from './dose-options'

/** A chosen move with every dose it could take, shortest first. */
export interface FitCandidate {
  readonly options: readonly DoseOption[]
  readonly listed: DoseOption
}

/** Seconds of mismatch one unit of dose distance is worth when scaling everything at once. */
const naturalDoseWeightSeconds = 4

/**
 * Picks one dose per move so the total lands within `toleranceSeconds` of the target. The quick
 * greedy fit usually does; when it gets stuck (a gap that only moving two doses at once closes),
 * an exact search over the totals settles it.
 */
export function fitDoses(
  candidates: readonly FitCandidate[],
  targetSeconds: number,
  toleranceSeconds: number
): DoseOption[] {
  const greedy = greedyFit(candidates, targetSeconds)
  if (Math.abs(total(greedy) - targetSeconds) <= toleranceSeconds) return greedy
  const exact = exactFit(candidates, targetSeconds, toleranceSeconds)
  if (exact === null) return greedy
  return Math.abs(total(exact) - targetSeconds) < Math.abs(total(greedy) - targetSeconds) ? exact : greedy
}

/**
 * First every move is scaled by the same ratio (so no single move absorbs the whole change),
 * preferring doses near the listed one; then the remaining gap is closed move by move.
 */
function greedyFit(candidates: readonly FitCandidate[], targetSeconds: number): DoseOption[] {
  const listedTotal = candidates.reduce((total, candidate) => total + candidate.listed.seconds, 0)
  if (listedTotal === 0) return []
  const ratio = targetSeconds / listedTotal
  const chosen = candidates.map((candidate) =>
    closest(candidate.options, candidate.listed.seconds * ratio, naturalDoseWeightSeconds)
  )

  for (let pass = 0; pass < 3; pass += 1) {
    let improved = false
    candidates.forEach((candidate, index) => {
      const current = chosen[index]
      if (current === undefined) return
      const gap = targetSeconds - total(chosen)
      if (Math.abs(gap) < 1) return
      const better = closest(candidate.options, current.seconds + gap, 0.01)
      if (Math.abs(targetSeconds - (total(chosen) - current.seconds + better.seconds)) < Math.abs(gap)) {
        chosen[index] = better
        improved = true
      }
    })
    if (!improved) break
  }
  return chosen
}

export function total(options: readonly DoseOption[]): number {
  return options.reduce((sum, option) => sum + option.seconds, 0)
}

function closest(options: readonly DoseOption[], desiredSeconds: number, distanceWeightSeconds: number): DoseOption {
  let best: DoseOption | undefined
  let bestCost = Number.POSITIVE_INFINITY
  for (const option of options) {
    const cost = Math.abs(option.seconds - desiredSeconds) + distanceWeightSeconds * option.distance
    if (cost < bestCost) {
      best = option
      bestCost = cost
    }
  }
  if (best === undefined) throw new Error('a move always has at least one dose option')
  return best
}

interface ReachedTotal {
  readonly distance: number
  readonly previousTotal: number
  readonly optionIndex: number
}

/**
 * Dynamic programming over whole-second totals up to the tolerance ceiling: for every total
 * reachable with the first k moves, keep the way to get there that strays least from the listed
 * doses. Returns the closest total within tolerance (least stray first), or null if none is.
 */
function exactFit(
  candidates: readonly FitCandidate[],
  targetSeconds: number,
  toleranceSeconds: number
): DoseOption[] | null {
  const ceiling = Math.floor(targetSeconds + toleranceSeconds)
  const stages: Map<number, ReachedTotal>[] = []
  let reached = new Map<number, ReachedTotal>([[0, { distance: 0, previousTotal: 0, optionIndex: -1 }]])
  for (const candidate of candidates) {
    const next = new Map<number, ReachedTotal>()
    for (const [reachedTotal, state] of reached) {
      candidate.options.forEach((option, optionIndex) => {
        const nextTotal = reachedTotal + Math.round(option.seconds)
        if (nextTotal > ceiling) return
        const distance = state.distance + option.distance
        const existing = next.get(nextTotal)
        if (existing === undefined || distance < existing.distance) {
          next.set(nextTotal, { distance, previousTotal: reachedTotal, optionIndex })
        }
      })
    }
    stages.push(next)
    reached = next
  }

  let bestTotal: number | null = null
  for (const [reachedTotal, state] of reached) {
    if (Math.abs(reachedTotal - targetSeconds) > toleranceSeconds) continue
    const best = bestTotal === null ? undefined : reached.get(bestTotal)
    if (best === undefined || state.distance < best.distance) bestTotal = reachedTotal
  }
  if (bestTotal === null) return null

  const chosen: DoseOption[] = []
  let cursor = bestTotal
  for (let index = candidates.length - 1; index >= 0; index -= 1) {
    const state = stages[index]?.get(cursor)
    const option = state === undefined ? undefined : candidates[index]?.options[state.optionIndex]
    if (state === undefined || option === undefined) return null
    chosen.unshift(option)
    cursor = state.previousTotal
  }
  return chosen
}
