import type { StretchData } from '../../shared/content/schema'
import type { Routine } from '../../shared/content/routine-schema'
import type { BodyArea } from '../../shared/settings'
import { type DoseOption, doseOptions, listedOption } from './dose-options'
import { planItem } from './exercise-plan'
import { type FitCandidate, fitDoses } from './fit-doses'
import { orderCandidates } from './order-candidates'
import { createPrng } from './prng'
import { evenSides, type SidePreferences } from './side-order'
import { durationTolerance, floorMinDurationSeconds, microBreakMaxSeconds, microBreakMinFill } from './timing'

export interface BuildRoutineInput {
  readonly durationSeconds: number
  /** The library to pick from (normally `stretches` from src/shared/content). */
  readonly stretches: readonly StretchData[]
  readonly focusAreas?: readonly BodyArea[]
  /** Weaker side for strengthening moves, tighter side for stretches. */
  readonly sidePreferences?: SidePreferences
  /** Moves from the last few breaks; they are used again only when nothing else fits. */
  readonly recentIds?: readonly string[]
  /** The user's consent to floor moves; they are still kept out of breaks under 10 minutes. */
  readonly allowFloor?: boolean
  /** Same seed, same input → same routine. */
  readonly seed: number
  /**
   * At most this many moves. A break screen that keeps one instruction at a time asks for few
   * moves; the routine may then end before the break does (the player fills the rest).
   */
  readonly maxMoves?: number
}

interface Candidate extends FitCandidate {
  readonly stretch: StretchData
}

interface Pick {
  readonly stretch: StretchData
  readonly option: DoseOption
}

/** Floor moves go last, so a routine gets down onto the floor once and finishes there. */
const positionOrder = { seated: 0, standing: 1, floor: 2 } as const

/** Long breaks may repeat the library; this bounds the loop when nothing fits at all. */
const maxRounds = 20

/** How many more moves to try when the first selection cannot land within the tolerance. */
const maxExtraMoves = 3

/** How many later moves may stand in for the last one when the doses still do not land. */
const maxSingleSwaps = 12

/**
 * Builds a break routine whose length is within ±10 % of the break (for breaks of a minute or
 * more; a micro break gets a single short desk move), varied by the seed and by recent breaks,
 * leaning toward the user's focus areas, with the user's side preferences in one-sided moves.
 */
export function buildRoutine(input: BuildRoutineInput): Routine {
  const { durationSeconds } = input
  if (!Number.isFinite(durationSeconds) || durationSeconds <= 0) {
    throw new RangeError(`a break must last a positive number of seconds, got ${durationSeconds}`)
  }
  // A 32-bit seed is all the generator uses; wrapping keeps any number (e.g. Date.now()) reproducible.
  const seed = Math.trunc(input.seed) | 0
  const preferences = input.sidePreferences ?? evenSides
  const floorAllowed = input.allowFloor === true && durationSeconds >= floorMinDurationSeconds
  // Standalone moves (the walking break) are offered on their own, never mixed in.
  const eligible = input.stretches.filter((stretch) => stretch.standalone !== true && (stretch.place === 'desk' || floorAllowed))
  const ordered = orderCandidates(eligible, input.focusAreas ?? [], input.recentIds ?? [], createPrng(seed))
  const candidates: Candidate[] = ordered.map((stretch) => {
    const options = doseOptions(stretch, preferences)
    return { stretch, options, listed: listedOption(options) }
  })

  const maxMoves = Math.max(1, Math.floor(input.maxMoves ?? Number.POSITIVE_INFINITY))
  const picks =
    durationSeconds < microBreakMaxSeconds ? pickMicro(candidates, durationSeconds) : pickAndFit(candidates, durationSeconds, maxMoves)
  const items = sortByPosition(picks).map((pick) => planItem(pick.stretch, pick.option.plan, preferences))
  const totalSeconds = items.reduce((total, item) => total + item.estimatedSeconds, 0)
  return { durationSeconds, seed, items, totalSeconds }
}

/**
 * One move: the first (in weighted order) with a dose that fills most of the micro break
 * without running over; ending a few seconds early matters less in a 30-second break than
 * offering the eye break or a short desk move at their natural dose.
 */
function pickMicro(candidates: readonly Candidate[], durationSeconds: number): Pick[] {
  const lowerSeconds = durationSeconds * microBreakMinFill
  const upperSeconds = durationSeconds * (1 + durationTolerance)
  for (const candidate of candidates) {
    const fitting = candidate.options.filter((option) => option.seconds >= lowerSeconds && option.seconds <= upperSeconds)
    const best = closestTo(fitting, durationSeconds)
    if (best !== undefined) return [{ stretch: candidate.stretch, option: best }]
  }
  const closest = candidates
    .flatMap((candidate) => candidate.options.map((option) => ({ stretch: candidate.stretch, option })))
    .sort((a, b) => Math.abs(a.option.seconds - durationSeconds) - Math.abs(b.option.seconds - durationSeconds))[0]
  return closest === undefined ? [] : [closest]
}

function closestTo(options: readonly DoseOption[], seconds: number): DoseOption | undefined {
  return [...options].sort(
    (a, b) => Math.abs(a.seconds - seconds) - Math.abs(b.seconds - seconds) || a.distance - b.distance
  )[0]
}

/**
 * Takes moves in weighted order until their listed doses fill the break, then tunes the doses
 * so the total lands on the break length. When the doses of the chosen moves are too coarse
 * to land within the tolerance (a single 67-s move for a 60-s break), it tries one or two more
 * moves from the order and keeps whichever selection comes closest.
 */
function pickAndFit(candidates: readonly Candidate[], durationSeconds: number, maxMoves: number): Pick[] {
  const base = selectMoves(candidates, durationSeconds, maxMoves)
  let best = fitSelection(base.chosen, durationSeconds)
  // Only moves that still fit next to the chosen ones at their shortest are worth trying.
  const room = durationSeconds * (1 + durationTolerance) - base.chosen.reduce((sum, candidate) => sum + shortestSeconds(candidate), 0)
  const spare = base.unused.filter((candidate) => shortestSeconds(candidate) <= room).slice(0, maxExtraMoves)
  for (let extra = 1; extra <= spare.length && !withinTolerance(best, durationSeconds); extra += 1) {
    const withExtra = [...base.chosen, ...spare.slice(0, extra)]
    const withSwap = [...base.chosen.slice(0, -1), ...spare.slice(0, extra)]
    for (const selection of [withExtra, withSwap].filter((moves) => moves.length <= maxMoves)) {
      const fitted = fitSelection(selection, durationSeconds)
      if (deviation(fitted, durationSeconds) < deviation(best, durationSeconds)) best = fitted
    }
  }
  // Still off: swap the last move for each later one in turn, since a short break may need a
  // move whose doses come in other lengths (two 5-s holds more or less is 16 s).
  for (const candidate of base.unused.slice(0, maxSingleSwaps)) {
    if (withinTolerance(best, durationSeconds)) break
    const fitted = fitSelection([...base.chosen.slice(0, -1), candidate], durationSeconds)
    if (deviation(fitted, durationSeconds) < deviation(best, durationSeconds)) best = fitted
  }
  return best
}

function shortestSeconds(candidate: Candidate): number {
  return candidate.options[0]?.seconds ?? Number.POSITIVE_INFINITY
}

interface Selection {
  readonly chosen: Candidate[]
  /** Moves of the first round that were not taken, in weighted order. */
  readonly unused: Candidate[]
}

/** Moves in weighted order until their listed doses fill the break, skipping any whose shortest dose would overshoot. */
function selectMoves(candidates: readonly Candidate[], durationSeconds: number, maxMoves: number): Selection {
  const upperSeconds = durationSeconds * (1 + durationTolerance)
  const chosen: Candidate[] = []
  let shortestTotal = 0
  let listedTotal = 0

  for (let round = 0; round < maxRounds && listedTotal < durationSeconds; round += 1) {
    let added = false
    for (const candidate of candidates) {
      if (listedTotal >= durationSeconds || chosen.length >= maxMoves) break
      const shortest = candidate.options[0]?.seconds ?? Number.POSITIVE_INFINITY
      const previous = chosen[chosen.length - 1]
      if (previous?.stretch.id === candidate.stretch.id) continue
      if (shortestTotal + shortest > upperSeconds) continue
      chosen.push(candidate)
      shortestTotal += shortest
      listedTotal += candidate.listed.seconds
      added = true
    }
    if (!added || chosen.length >= maxMoves) break
  }
  const taken = new Set(chosen.map((candidate) => candidate.stretch.id))
  return { chosen, unused: candidates.filter((candidate) => !taken.has(candidate.stretch.id)) }
}

function fitSelection(selection: readonly Candidate[], durationSeconds: number): Pick[] {
  const doses = fitDoses(selection, durationSeconds, durationSeconds * durationTolerance)
  return selection.flatMap((candidate, index) => {
    const option = doses[index]
    return option === undefined ? [] : [{ stretch: candidate.stretch, option }]
  })
}

function totalSecondsOf(picks: readonly Pick[]): number {
  return picks.reduce((total, pick) => total + pick.option.seconds, 0)
}

function deviation(picks: readonly Pick[], durationSeconds: number): number {
  return Math.abs(totalSecondsOf(picks) - durationSeconds)
}

function withinTolerance(picks: readonly Pick[], durationSeconds: number): boolean {
  return deviation(picks, durationSeconds) <= durationSeconds * durationTolerance
}

function sortByPosition(picks: readonly Pick[]): Pick[] {
  return picks
    .map((pick, index) => ({ pick, index }))
    .sort((a, b) => positionOrder[a.pick.stretch.position] - positionOrder[b.pick.stretch.position] || a.index - b.index)
    .map((entry) => entry.pick)
}

/**
 * One move on its own, at the dose its sources allow that comes closest to `durationSeconds`
 * (the walking break: 1–5 minutes of easy walking, as long as the break allows).
 */
export function fittedSingleRoutine(stretch: StretchData, durationSeconds: number): Routine {
  const options = doseOptions(stretch, evenSides)
  const option = closestTo(options, durationSeconds) ?? listedOption(options)
  const item = planItem(stretch, option.plan, evenSides)
  return { durationSeconds, seed: 0, items: [item], totalSeconds: item.estimatedSeconds }
}

/**
 * One move at its listed dose (the "Start" button in the stretch library): no fitting to a
 * break length, but the same side order and side adjustments as a break routine.
 */
export function singleExerciseRoutine(stretch: StretchData, preferences: SidePreferences): Routine {
  const option = listedOption(doseOptions(stretch, preferences))
  const item = planItem(stretch, option.plan, preferences)
  return { durationSeconds: item.estimatedSeconds, seed: 0, items: [item], totalSeconds: item.estimatedSeconds }
}
