import { z } from 'zod'
import { contentIdSchema } from './schema'

/**
 * The shape of a break routine and its step-by-step timeline. Main builds them (src/core/routine)
 * and the break window shows them, so the schemas live here where both sides and the IPC
 * contract can reach them.
 */

/** `both` for moves done with both sides at once (or no sides, like the eye break). */
export const routineSideSchema = z.enum(['left', 'right', 'both'])
export type RoutineSide = z.infer<typeof routineSideSchema>

export const routineSideDoseSchema = z
  .object({
    side: routineSideSchema,
    /** Holds or repetitions on this side, per set. */
    reps: z.int().min(1)
  })
  .strict()
export type RoutineSideDose = z.infer<typeof routineSideDoseSchema>

export const routineItemSchema = z
  .object({
    exerciseId: contentIdSchema,
    kind: z.enum(['hold', 'reps']),
    /** Length of each hold; null for repetition moves. */
    holdSeconds: z.number().positive().nullable(),
    /** Time per repetition; null for holds. */
    secondsPerRep: z.number().positive().nullable(),
    sets: z.int().min(1),
    /** In the order they are done: the weaker side first when one is set. */
    sides: z.array(routineSideDoseSchema).min(1).max(2),
    estimatedSeconds: z.number().positive()
  })
  .strict()
export type RoutineItem = z.infer<typeof routineItemSchema>

export const routineSchema = z
  .object({
    durationSeconds: z.number().positive(),
    seed: z.int(),
    items: z.array(routineItemSchema),
    totalSeconds: z.number().min(0)
  })
  .strict()
export type Routine = z.infer<typeof routineSchema>

/**
 * `prepare`: read the steps and get into position. `rest`: relax between holds or sets.
 * `switch-side`: change sides; its `side` is the side that comes next.
 */
export const timelinePhaseKindSchema = z.enum(['prepare', 'hold', 'reps', 'rest', 'switch-side'])
export type TimelinePhaseKind = z.infer<typeof timelinePhaseKindSchema>

export const timelinePhaseSchema = z
  .object({
    kind: timelinePhaseKindSchema,
    exerciseId: contentIdSchema,
    /** The side being worked, or about to be. */
    side: routineSideSchema,
    /** Offset from the start of the routine. */
    startSeconds: z.number().min(0),
    seconds: z.number().positive(),
    set: z.int().min(1),
    setCount: z.int().min(1),
    /**
     * Which hold this is, for hold phases; for a release between holds, the hold that follows;
     * null otherwise (a rest between sets has none). The renderer words each phase from these
     * fields in the reader's language, so the timeline carries no text.
     */
    rep: z.int().min(1).nullable(),
    /** Holds or repetitions on this side in this set, for hold, reps and release phases; null otherwise. */
    repCount: z.int().min(1).nullable()
  })
  .strict()
export type TimelinePhase = z.infer<typeof timelinePhaseSchema>
