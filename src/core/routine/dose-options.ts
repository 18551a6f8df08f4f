import type { CountRange, StretchData } from '../../shared/content/schema'
import { type DosePlan, defaultPlan, planItem } from './exercise-plan'
import type { SidePreferences } from './side-order'

/** One way to dose a move, its length, and how far it strays from the listed dose. */
export interface DoseOption {
  readonly plan: DosePlan
  readonly seconds: number
  /** 0 for the listed dose; grows with the relative change in reps, hold length and sets. */
  readonly distance: number
}

/** Every dose the sources allow for a move, shortest first; one option per length. */
export function doseOptions(stretch: StretchData, preferences: SidePreferences): DoseOption[] {
  const listed = defaultPlan(stretch)
  const { dose } = stretch
  const repsValues = integersIn(dose.repsRange ?? { min: 1, max: dose.reps })
  const setsValues = integersIn(dose.setsRange ?? { min: 1, max: dose.sets })
  const holdValues = dose.kind === 'hold' ? holdLengths(dose.holdSeconds, dose.holdSecondsRange) : [null]

  const bySeconds = new Map<number, DoseOption>()
  for (const reps of repsValues) {
    for (const sets of setsValues) {
      for (const holdSeconds of holdValues) {
        const plan: DosePlan = { reps, sets, holdSeconds }
        const seconds = planItem(stretch, plan, preferences).estimatedSeconds
        const option: DoseOption = { plan, seconds, distance: distanceFrom(listed, plan, stretch, preferences) }
        const existing = bySeconds.get(seconds)
        if (existing === undefined || option.distance < existing.distance) bySeconds.set(seconds, option)
      }
    }
  }
  return [...bySeconds.values()].sort((a, b) => a.seconds - b.seconds)
}

function integersIn(range: CountRange): number[] {
  const values: number[] = []
  for (let value = range.min; value <= range.max; value += 1) values.push(value)
  return values
}

/** Round hold lengths (multiples of 5) read better on a countdown than 17 or 23 seconds. */
function holdLengths(listed: number, range: CountRange | undefined): number[] {
  if (range === undefined) return [listed]
  const values = new Set([range.min, listed, range.max])
  for (let value = Math.ceil(range.min / 5) * 5; value <= range.max; value += 5) values.add(value)
  return [...values].sort((a, b) => a - b)
}

function relativeChange(listed: number, chosen: number): number {
  return Math.abs(chosen - listed) / listed
}

/**
 * With a weaker side set, a single hold per side of a strengthening move would leave no room
 * for the stronger side to do less, so such plans count as further from the listed dose.
 */
function distanceFrom(listed: DosePlan, plan: DosePlan, stretch: StretchData, preferences: SidePreferences): number {
  const holdChange =
    listed.holdSeconds === null || plan.holdSeconds === null ? 0 : relativeChange(listed.holdSeconds, plan.holdSeconds)
  const strength = stretch.sides === 'each' && stretch.oneSide?.role === 'strength'
  const unevenPenalty = preferences.weaker !== 'none' && strength && plan.reps === 1 && listed.reps > 1 ? 0.5 : 0
  return relativeChange(listed.reps, plan.reps) + relativeChange(listed.sets, plan.sets) + holdChange + unevenPenalty
}

export function listedOption(options: readonly DoseOption[]): DoseOption {
  const listed = options.find((option) => option.distance === 0) ?? options[0]
  if (listed === undefined) throw new Error('a move always has at least one dose option')
  return listed
}
