import type { Stretch } from '@shared/content/schema'
import { useContent } from '../../lib/use-content'
import type { RoutinePosition } from './routine-progress'

/** The move a routine position stands on, as both routine views show it. */
export interface RoutineMove {
  /** Undefined when the routine names a move the content no longer has. */
  stretch: Stretch | undefined
  next: Stretch | undefined
  /** The move's name, or its id when the content lacks it, so the view never goes blank. */
  name: string
  /** Which side, in the one convention (the side being stretched or worked); null for both sides. */
  side: string | null
}

export function useRoutineMove(position: RoutinePosition): RoutineMove {
  const { findStretch, sideLabel } = useContent()
  const { phase } = position
  const stretch = findStretch(phase.exerciseId)
  const next = position.nextExerciseId === null ? undefined : findStretch(position.nextExerciseId)
  return {
    stretch,
    next,
    name: stretch?.name ?? phase.exerciseId,
    side: stretch ? sideLabel(stretch, phase.side) : null
  }
}
