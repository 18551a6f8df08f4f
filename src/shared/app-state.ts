import { z } from 'zod'
import { epochMsSchema } from './bounds'

/**
 * What the app remembers that is not a preference: checklist answers and first-run
 * progress. Kept apart from settings so "restore defaults" never wipes them.
 */
export const checklistStatusSchema = z.enum(['ok', 'fix', 'na'])
export type ChecklistStatus = z.infer<typeof checklistStatusSchema>

const itemIdSchema = z.string().regex(/^[a-z0-9-]{1,60}$/)

export const checklistStateSchema = z
  .object({
    answers: z.record(itemIdSchema, checklistStatusSchema),
    /** When the user last finished a pass through the checklist (epoch ms). */
    lastCompletedAtMs: epochMsSchema.nullable()
  })
  .strict()
export type ChecklistState = z.infer<typeof checklistStateSchema>

export const onboardingStateSchema = z
  .object({
    safetyAcknowledgedAtMs: epochMsSchema.nullable(),
    checklistWalkthroughDone: z.boolean()
  })
  .strict()
export type OnboardingState = z.infer<typeof onboardingStateSchema>

export const appStateSchema = z
  .object({
    checklist: checklistStateSchema,
    onboarding: onboardingStateSchema,
    /** Exercise ids of the last few break routines, so routines vary from break to break. */
    recentExerciseIds: z.array(z.string().max(60)).max(40)
  })
  .strict()
export type AppState = z.infer<typeof appStateSchema>

export const defaultAppState: AppState = {
  checklist: { answers: {}, lastCompletedAtMs: null },
  onboarding: { safetyAcknowledgedAtMs: null, checklistWalkthroughDone: false },
  recentExerciseIds: []
}

export const checklistAnswerSchema = z.object({ id: itemIdSchema, status: checklistStatusSchema.nullable() }).strict()
export type ChecklistAnswer = z.infer<typeof checklistAnswerSchema>
