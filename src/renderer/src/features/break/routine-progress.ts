import type { TimelinePhase } from '@shared/content/routine-schema'

/** Where a routine stands after `elapsedSeconds` (engine seconds), for the player to show. */
export interface RoutinePosition {
  phaseIndex: number
  phase: TimelinePhase
  /** Whole seconds left in this phase, rounded up so "1" shows until the phase ends. */
  phaseRemainingSeconds: number
  /** Whole seconds left in the whole routine, rounded up. */
  remainingSeconds: number
  totalSeconds: number
  /** 0–1, for the progress bar. */
  fraction: number
  /** 1-based position of the current exercise among the routine's exercises. */
  exerciseNumber: number
  exerciseCount: number
  /** The exercise after this one, or null on the last. */
  nextExerciseId: string | null
}

export function timelineSeconds(timeline: readonly TimelinePhase[]): number {
  return timeline.reduce((end, phase) => Math.max(end, phase.startSeconds + phase.seconds), 0)
}

/** Exercise ids in the order they are done; a move's phases are consecutive. */
export function exerciseOrder(timeline: readonly TimelinePhase[]): string[] {
  const order: string[] = []
  for (const phase of timeline) {
    if (order[order.length - 1] !== phase.exerciseId) order.push(phase.exerciseId)
  }
  return order
}

// Rounding up after trimming float noise keeps 29.9999999 from showing as "30".
function wholeSecondsLeft(seconds: number): number {
  return Math.max(0, Math.ceil(Math.round(seconds * 1000) / 1000))
}

export function locatePhase(timeline: readonly TimelinePhase[], elapsedSeconds: number): RoutinePosition | null {
  if (timeline.length === 0) return null
  const totalSeconds = timelineSeconds(timeline)
  const elapsed = Math.min(Math.max(elapsedSeconds, 0), totalSeconds)
  let phaseIndex = timeline.findIndex((phase) => elapsed < phase.startSeconds + phase.seconds)
  if (phaseIndex === -1) phaseIndex = timeline.length - 1
  const phase = timeline[phaseIndex] as TimelinePhase
  const order = exerciseOrder(timeline)
  const exerciseIndex = exerciseOrder(timeline.slice(0, phaseIndex + 1)).length - 1
  return {
    phaseIndex,
    phase,
    phaseRemainingSeconds: wholeSecondsLeft(phase.startSeconds + phase.seconds - elapsed),
    remainingSeconds: wholeSecondsLeft(totalSeconds - elapsed),
    totalSeconds,
    fraction: totalSeconds === 0 ? 1 : elapsed / totalSeconds,
    exerciseNumber: exerciseIndex + 1,
    exerciseCount: order.length,
    nextExerciseId: order[exerciseIndex + 1] ?? null
  }
}

/** 125 → "2:05". */
export function formatClock(totalSeconds: number): string {
  const seconds = Math.max(0, Math.round(totalSeconds))
  const minutes = Math.floor(seconds / 60)
  return `${minutes}:${String(seconds % 60).padStart(2, '0')}`
}

/** What a screen reader hears when a phase starts: its label and, for timed work, how long. */
export function phaseAnnouncement(phase: TimelinePhase, exerciseName: string): string {
  switch (phase.kind) {
    case 'prepare':
      return phase.label
    case 'hold':
    case 'reps':
      return `${exerciseName}. ${phase.label}, ${phase.seconds} seconds.`
    case 'rest':
    case 'switch-side':
      return `${phase.label}.`
  }
}
