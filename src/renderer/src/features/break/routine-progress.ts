import type { TFunction } from 'i18next'
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

/** What to do in a phase, in the reader's words: "Left side: Hold 2 of 3", "Rest. Next: set 2 of 2". */
export function phaseLabel(t: TFunction, phase: TimelinePhase, exerciseName: string): string {
  const onSide = (instruction: string): string =>
    phase.side === 'both'
      ? instruction
      : t(phase.side === 'left' ? 'routine.phase.onLeftSide' : 'routine.phase.onRightSide', { instruction })
  switch (phase.kind) {
    case 'prepare':
      if (phase.side === 'both') return t('routine.phase.prepare', { name: exerciseName })
      return t(phase.side === 'left' ? 'routine.phase.prepareLeftFirst' : 'routine.phase.prepareRightFirst', { name: exerciseName })
    case 'rest':
      // A release between holds names the next hold; a rest between sets does not.
      return phase.rep === null ? t('routine.phase.restBeforeSet', { set: phase.set, setCount: phase.setCount }) : t('routine.phase.relax')
    case 'switch-side':
      return t(phase.side === 'right' ? 'routine.phase.switchToRight' : 'routine.phase.switchToLeft')
    case 'reps':
      return onSide(t('routine.phase.reps', { count: phase.repCount ?? 1 }))
    case 'hold':
      return onSide(
        phase.repCount === null || phase.repCount === 1 || phase.rep === null
          ? t('routine.phase.hold')
          : t('routine.phase.holdOf', { rep: phase.rep, repCount: phase.repCount })
      )
  }
}

/** What a screen reader hears when a phase starts: its label and, for timed work, how long. */
export function phaseAnnouncement(t: TFunction, phase: TimelinePhase, exerciseName: string): string {
  const label = phaseLabel(t, phase, exerciseName)
  switch (phase.kind) {
    case 'prepare':
      return label
    case 'hold':
    case 'reps':
      return t('routine.announce.timed', { name: exerciseName, label, count: phase.seconds })
    case 'rest':
    case 'switch-side':
      return t('routine.announce.step', { label })
  }
}
