import type { RoutineItem, TimelinePhase } from '@shared/content/routine-schema'
import type { EngineState } from '@shared/engine-state'
import type { GuidedRoutine } from '@shared/routine'
import { engineState as activeEngineState } from '../../../helpers/engine-state-fixture'

type PhaseSpec = Pick<TimelinePhase, 'kind' | 'exerciseId' | 'side' | 'seconds'> & Partial<Pick<TimelinePhase, 'rep' | 'repCount'>>

/** Places phases one after another, as main's timeline builder does (the player words them). */
export function timeline(specs: readonly PhaseSpec[]): TimelinePhase[] {
  let startSeconds = 0
  return specs.map((spec) => {
    const placed: TimelinePhase = { rep: null, repCount: null, ...spec, startSeconds, set: 1, setCount: 1 }
    startSeconds += spec.seconds
    return placed
  })
}

/** Ten chin tucks at 3 s each: the last move of the break routine, and a routine on its own. */
export const chinTuckItem: RoutineItem = {
  exerciseId: 'chin-tuck',
  kind: 'reps',
  holdSeconds: null,
  secondsPerRep: 3,
  sets: 1,
  sides: [{ side: 'both', reps: 10 }],
  estimatedSeconds: 35
}

/** Chin tuck's phases: 5 s to get ready, 30 s of repetitions. */
export const chinTuckPhases: readonly PhaseSpec[] = [
  { kind: 'prepare', exerciseId: 'chin-tuck', side: 'both', seconds: 5 },
  { kind: 'reps', exerciseId: 'chin-tuck', side: 'both', seconds: 30, repCount: 10 }
]

/** Neck side bend (left first, then right) and chin tuck: 5+20+4+20 + 5+30 = 84 s. */
export const twoMoveTimeline = timeline([
  { kind: 'prepare', exerciseId: 'neck-side-bend', side: 'left', seconds: 5 },
  { kind: 'hold', exerciseId: 'neck-side-bend', side: 'left', seconds: 20, rep: 1, repCount: 1 },
  { kind: 'switch-side', exerciseId: 'neck-side-bend', side: 'right', seconds: 4 },
  { kind: 'hold', exerciseId: 'neck-side-bend', side: 'right', seconds: 20, rep: 1, repCount: 1 },
  ...chinTuckPhases
])

export const twoMoveRoutine: GuidedRoutine = {
  routine: {
    durationSeconds: 90,
    seed: 7,
    totalSeconds: 84,
    items: [
      {
        exerciseId: 'neck-side-bend',
        kind: 'hold',
        holdSeconds: 20,
        secondsPerRep: null,
        sets: 1,
        sides: [
          { side: 'left', reps: 1 },
          { side: 'right', reps: 1 }
        ],
        estimatedSeconds: 49
      },
      chinTuckItem
    ]
  },
  timeline: twoMoveTimeline
}

/** The engine as a 90 s break starts (at 1 s; it ends at 91 s), nothing else scheduled yet. */
export function engineState(overrides: Partial<EngineState> = {}): EngineState {
  return activeEngineState({
    phase: 'break',
    nowWallMs: 1_000,
    nextBreakInSeconds: null,
    nextBreakAtWallMs: null,
    nextPostureInSeconds: null,
    breakStartedAtWallMs: 1_000,
    breakEndsAtWallMs: 91_000,
    ...overrides
  })
}
