import type { StretchData } from '../../shared/content/schema'
import type { RoutineItem, RoutineSide, TimelinePhase } from '../../shared/content/routine-schema'
import { evenSides, orderSides, type SidePreferences } from './side-order'
import {
  defaultSecondsPerRep,
  prepareSecondsByPosition,
  releaseSeconds,
  setRestSeconds,
  switchSideSeconds
} from './timing'

/** How much of a move to do: repetitions per side per set, sets, and the hold length for holds. */
export interface DosePlan {
  readonly reps: number
  readonly sets: number
  /** Null for repetition moves. */
  readonly holdSeconds: number | null
}

/** A timeline phase before it is placed in the routine. */
export type PhaseDraft = Omit<TimelinePhase, 'startSeconds'>

export function defaultPlan(stretch: StretchData): DosePlan {
  const { dose } = stretch
  return { reps: dose.reps, sets: dose.sets, holdSeconds: dose.kind === 'hold' ? dose.holdSeconds : null }
}

export function secondsPerRep(stretch: StretchData): number | null {
  const { dose } = stretch
  if (dose.kind === 'hold') return null
  if (dose.tempo === undefined) return defaultSecondsPerRep
  return dose.tempo.upSeconds + (dose.tempo.pauseSeconds ?? 0) + dose.tempo.downSeconds
}

/** A routine item for one move at one dose, with its time worked out from its phases. */
export function planItem(stretch: StretchData, plan: DosePlan, preferences: SidePreferences): RoutineItem {
  const draft: Omit<RoutineItem, 'estimatedSeconds'> = {
    exerciseId: stretch.id,
    kind: stretch.dose.kind,
    holdSeconds: stretch.dose.kind === 'hold' ? plan.holdSeconds ?? stretch.dose.holdSeconds : null,
    secondsPerRep: secondsPerRep(stretch),
    sets: plan.sets,
    sides: orderSides(stretch, plan.reps, preferences)
  }
  const estimatedSeconds = sumSeconds(itemPhases(stretch, { ...draft, estimatedSeconds: 0 }))
  return { ...draft, estimatedSeconds }
}

export function sumSeconds(phases: readonly { readonly seconds: number }[]): number {
  return phases.reduce((total, phase) => total + phase.seconds, 0)
}

type PhaseFields = Pick<PhaseDraft, 'kind' | 'side' | 'seconds' | 'set'> &
  Partial<Pick<PhaseDraft, 'rep' | 'repCount'>>

/** Builds each phase with a literal rather than a spread: V8 makes spread-built objects far slower here. */
function phase(item: RoutineItem, fields: PhaseFields): PhaseDraft {
  return {
    kind: fields.kind,
    exerciseId: item.exerciseId,
    side: fields.side,
    seconds: fields.seconds,
    set: fields.set,
    setCount: item.sets,
    rep: fields.rep ?? null,
    repCount: fields.repCount ?? null
  }
}

/**
 * The step-by-step phases of one routine item. Estimates are the sum of these phases, so the
 * countdown and the planned length can never disagree.
 */
export function itemPhases(stretch: StretchData, item: RoutineItem): PhaseDraft[] {
  const firstSide = item.sides[0]?.side ?? 'both'
  const phases: PhaseDraft[] = [
    phase(item, {
      kind: 'prepare',
      side: firstSide,
      seconds: prepareSecondsByPosition[stretch.position],
      set: 1
    })
  ]

  for (let set = 1; set <= item.sets; set += 1) {
    if (set > 1) {
      phases.push(
        phase(item, { kind: 'rest', side: firstSide, seconds: setRestSeconds, set })
      )
    }
    item.sides.forEach(({ side, reps }, sideIndex) => {
      if (sideIndex > 0) {
        phases.push(phase(item, { kind: 'switch-side', side, seconds: switchSideSeconds, set }))
      }
      phases.push(...workPhases(item, side, reps, set))
    })
  }
  return phases
}

function workPhases(item: RoutineItem, side: RoutineSide, reps: number, set: number): PhaseDraft[] {
  if (item.kind === 'reps' || item.holdSeconds === null) {
    const perRep = item.secondsPerRep ?? defaultSecondsPerRep
    return [phase(item, { kind: 'reps', side, seconds: reps * perRep, set, repCount: reps })]
  }
  const phases: PhaseDraft[] = []
  for (let rep = 1; rep <= reps; rep += 1) {
    // A release between holds names the hold that follows; a rest between sets has no rep.
    if (rep > 1) phases.push(phase(item, { kind: 'rest', side, seconds: releaseSeconds, set, rep, repCount: reps }))
    phases.push(phase(item, { kind: 'hold', side, seconds: item.holdSeconds, set, rep, repCount: reps }))
  }
  return phases
}

export interface ExerciseSecondsOptions {
  readonly reps?: number
  readonly sets?: number
  readonly holdSeconds?: number
  readonly sidePreferences?: SidePreferences
}

/** Total time of one move, including getting ready, releases and side changes. */
export function exerciseSeconds(stretch: StretchData, options: ExerciseSecondsOptions = {}): number {
  const defaults = defaultPlan(stretch)
  const plan: DosePlan = {
    reps: options.reps ?? defaults.reps,
    sets: options.sets ?? defaults.sets,
    holdSeconds: defaults.holdSeconds === null ? null : options.holdSeconds ?? defaults.holdSeconds
  }
  return planItem(stretch, plan, options.sidePreferences ?? evenSides).estimatedSeconds
}
