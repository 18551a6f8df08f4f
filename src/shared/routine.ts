import { z } from 'zod'
import { routineSchema, timelinePhaseSchema } from './content/routine-schema'

/**
 * What the break window (or a stretch's "Start") plays: the routine and its timed phases,
 * built in main by src/core/routine so the renderer never needs core.
 */
export const guidedRoutineSchema = z.object({
  routine: routineSchema,
  timeline: z.array(timelinePhaseSchema)
})
export type GuidedRoutine = z.infer<typeof guidedRoutineSchema>
