import type { StretchData } from '../../shared/content/schema'
import type { Routine, TimelinePhase } from '../../shared/content/routine-schema'
import { itemPhases } from './exercise-plan'

/**
 * The routine as timed phases for the break screen's countdown: get ready, each hold or set of
 * repetitions, the releases between them, and side changes announced by name.
 */
export function routineTimeline(routine: Routine, stretches: readonly StretchData[]): TimelinePhase[] {
  const byId = new Map(stretches.map((stretch) => [stretch.id, stretch]))
  let startSeconds = 0
  return routine.items.flatMap((item) => {
    const stretch = byId.get(item.exerciseId)
    if (stretch === undefined) throw new Error(`the routine refers to an unknown exercise "${item.exerciseId}"`)
    return itemPhases(stretch, item).map((phase) => {
      const placed: TimelinePhase = { ...phase, startSeconds }
      startSeconds += phase.seconds
      return placed
    })
  })
}
