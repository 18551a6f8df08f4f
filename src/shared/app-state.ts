import { z } from 'zod'
import { epochMsSchema } from './bounds'
import { checklistItems } from './content/checklist'

/**
 * What the app remembers that is not a preference: checklist answers and first-run
 * progress. Kept apart from settings so "restore defaults" never wipes them.
 */
export const checklistStatusSchema = z.enum(['ok', 'fix', 'na'])
export type ChecklistStatus = z.infer<typeof checklistStatusSchema>

/** The checklist's items: an answer to anything else is refused (IPC) or dropped (state.json). */
export const checklistItemIds: ReadonlySet<string> = new Set(checklistItems.map((item) => item.id))

const itemIdSchema = z
  .string()
  .regex(/^[a-z0-9-]{1,60}$/)
  .refine((id) => checklistItemIds.has(id), { message: 'not a checklist item' })

/** Answers as read from state.json: one to an item the checklist no longer has is dropped, not an error. */
const answersSchema = z
  .record(z.string(), checklistStatusSchema)
  .transform((answers) => Object.fromEntries(Object.entries(answers).filter(([id]) => checklistItemIds.has(id))))

export const checklistStateSchema = z
  .object({
    answers: answersSchema,
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
