import type { Stretch } from '../../shared/content/schema'
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

export function defaultPlan(stretch: Stretch): DosePlan {
  const { dose } = stretch
  return { reps: dose.reps, sets: dose.sets, holdSeconds: dose.kind === 'hold' ? dose.holdSeconds : null }
}

export function secondsPerRep(stretch: Stretch): number | null {
  const { dose } = stretch
  if (dose.kind === 'hold') return null
  if (dose.tempo === undefined) return defaultSecondsPerRep
  return dose.tempo.upSeconds + (dose.tempo.pauseSeconds ?? 0) + dose.tempo.downSeconds
}

/** A routine item for one move at one dose, with its time worked out from its phases. */
export function planItem(stretch: Stretch, plan: DosePlan, preferences: SidePreferences): RoutineItem {
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

function capitalized(side: RoutineSide): string {
  return side === 'left' ? 'Left' : 'Right'
}

/** "Left side: " for one-sided moves, nothing for moves done with both sides. */
function sidePrefix(side: RoutineSide): string {
  return side === 'both' ? '' : `${capitalized(side)} side: `
}

type PhaseFields = Pick<PhaseDraft, 'kind' | 'side' | 'seconds' | 'label' | 'set'> &
  Partial<Pick<PhaseDraft, 'rep' | 'repCount'>>

/** Builds each phase with a literal rather than a spread: V8 makes spread-built objects far slower here. */
function phase(item: RoutineItem, fields: PhaseFields): PhaseDraft {
  return {
    kind: fields.kind,
    exerciseId: item.exerciseId,
    side: fields.side,
    seconds: fields.seconds,
    label: fields.label,
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
export function itemPhases(stretch: Stretch, item: RoutineItem): PhaseDraft[] {
  const firstSide = item.sides[0]?.side ?? 'both'
  const phases: PhaseDraft[] = [
    phase(item, {
      kind: 'prepare',
      side: firstSide,
      seconds: prepareSecondsByPosition[stretch.position],
      label: firstSide === 'both' ? `Get ready: ${stretch.name}` : `Get ready: ${stretch.name}, ${firstSide} side first`,
      set: 1
    })
  ]

  for (let set = 1; set <= item.sets; set += 1) {
    if (set > 1) {
      phases.push(
        phase(item, { kind: 'rest', side: firstSide, seconds: setRestSeconds, label: `Rest. Next: set ${set} of ${item.sets}`, set })
      )
    }
    item.sides.forEach(({ side, reps }, sideIndex) => {
      if (sideIndex > 0) {
        phases.push(phase(item, { kind: 'switch-side', side, seconds: switchSideSeconds, label: `Now the ${side} side`, set }))
      }
      phases.push(...workPhases(item, side, reps, set))
    })
  }
  return phases
}

function workPhases(item: RoutineItem, side: RoutineSide, reps: number, set: number): PhaseDraft[] {
  if (item.kind === 'reps' || item.holdSeconds === null) {
    const perRep = item.secondsPerRep ?? defaultSecondsPerRep
    const label = `${sidePrefix(side)}${reps} slow ${reps === 1 ? 'repetition' : 'repetitions'}`
    return [phase(item, { kind: 'reps', side, seconds: reps * perRep, label, set, repCount: reps })]
  }
  const phases: PhaseDraft[] = []
  for (let rep = 1; rep <= reps; rep += 1) {
    if (rep > 1) phases.push(phase(item, { kind: 'rest', side, seconds: releaseSeconds, label: 'Relax', set }))
    const label = reps === 1 ? `${sidePrefix(side)}Hold` : `${sidePrefix(side)}Hold ${rep} of ${reps}`
    phases.push(phase(item, { kind: 'hold', side, seconds: item.holdSeconds, label, set, rep, repCount: reps }))
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
export function exerciseSeconds(stretch: Stretch, options: ExerciseSecondsOptions = {}): number {
  const defaults = defaultPlan(stretch)
  const plan: DosePlan = {
    reps: options.reps ?? defaults.reps,
    sets: options.sets ?? defaults.sets,
    holdSeconds: defaults.holdSeconds === null ? null : options.holdSeconds ?? defaults.holdSeconds
  }
  return planItem(stretch, plan, options.sidePreferences ?? evenSides).estimatedSeconds
}
