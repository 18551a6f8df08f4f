import { z } from 'zod'
import { countSchema, durationMinutesSchema, durationSecondsSchema, epochMsSchema } from './bounds'
import { breakOutcomeSchema, postureResponseSchema } from './engine-state'
import { slouchReasonSchema } from './posture-watch'

/**
 * History events: one JSON object per line of history.jsonl. The log, the stats, the CSV
 * export and the IPC contract all take their types from here.
 *
 * `atMs` is epoch milliseconds (UTC). No zone is stored: stats and the CSV export place
 * events on local days with the user's current IANA zone, so a laptop that travels shows
 * its history in the zone it is in now.
 *
 * Objects are not `.strict()` on purpose: a line written by a newer Upright with an extra
 * field still reads here (the field is dropped) instead of being counted as damaged.
 */

const atMsSchema = epochMsSchema
const minutesSchema = durationMinutesSchema

/**
 * The user's answers to a cue (`done` only when they confirmed it, `ignore` when they dismissed
 * it), `unanswered` when nothing was done before the next cue or break (or the quit), and
 * `silent` for a cue held quiet while the user was busy.
 */
export const historyPostureResponseSchema = z.enum([...postureResponseSchema.options, 'unanswered', 'silent'])
export type HistoryPostureResponse = z.infer<typeof historyPostureResponseSchema>


/**
 * A posture cue; `silent` means it fell due while the user was busy and was not shown.
 * `source` is `watch` for a cue the posture watch gave (with what it saw as `reason`); lines
 * without it are the timer's.
 */
export const postureEventSchema = z.object({
  kind: z.literal('posture'),
  atMs: atMsSchema,
  response: historyPostureResponseSchema,
  source: z.enum(['timer', 'watch']).optional(),
  reason: slouchReasonSchema.optional()
})

/**
 * A scheduled break, written when the user's response is final: at the end of a completed,
 * skipped or missed break, and at each postpone (a break postponed twice then completed is three
 * lines: postponed, postponed, completed). `missed`: a gentle-level break nobody answered while
 * the user kept working (DESIGN.md §3).
 * `activeMinutesBefore` is the engine's break count at that moment: active minutes since the
 * previous break (completed, skipped or natural) ended. Stats chain skipped breaks to find the
 * longest stretch without a break actually taken.
 */
export const breakEventSchema = z.object({
  kind: z.literal('break'),
  atMs: atMsSchema,
  outcome: breakOutcomeSchema,
  plannedSeconds: durationSecondsSchema,
  takenSeconds: durationSecondsSchema,
  activeMinutesBefore: minutesSchema
})

/**
 * The user was away at least a break's length; written when they return (as the simulator's
 * `natural` event). `activeMinutesBefore` is the break count when the away time began, so a
 * stretch that ends in a natural break is measured like one that ends in a scheduled break.
 */
export const naturalBreakEventSchema = z.object({
  kind: z.literal('natural'),
  atMs: atMsSchema,
  awayMinutes: minutesSchema,
  activeMinutesBefore: minutesSchema
})

/** `minutes` is null for "until resumed". */
export const pauseEventSchema = z.object({
  kind: z.literal('pause'),
  atMs: atMsSchema,
  minutes: durationMinutesSchema.positive().nullable()
})

export const resumeEventSchema = z.object({
  kind: z.literal('resume'),
  atMs: atMsSchema
})

/** A finished pass through the workstation checklist: how many items got each status. */
export const checklistEventSchema = z.object({
  kind: z.literal('checklist'),
  atMs: atMsSchema,
  okCount: countSchema,
  fixCount: countSchema,
  naCount: countSchema
})

/** A back/neck discomfort check-in, 0 (none) to 10 (worst). */
export const comfortEventSchema = z.object({
  kind: z.literal('comfort'),
  atMs: atMsSchema,
  score: z.int().min(0).max(10)
})

/**
 * Active-time accounting: `minutes` of active time since the previous `active` record,
 * written when a break ends, at pause and at quit. Stats treat those minutes as ending at
 * `atMs` and split them across local midnight.
 */
export const activeEventSchema = z.object({
  kind: z.literal('active'),
  atMs: atMsSchema,
  minutes: minutesSchema
})

/**
 * A daily-limit reminder (DESIGN.md §3): today's active minutes when it was shown. Readers older
 * than this kind set such lines aside (kept in history.rejected.jsonl), never lose them.
 */
export const dailyLimitEventSchema = z.object({
  kind: z.literal('dailyLimit'),
  atMs: atMsSchema,
  activeMinutes: minutesSchema
})

export const historyEventSchema = z.discriminatedUnion('kind', [
  postureEventSchema,
  breakEventSchema,
  naturalBreakEventSchema,
  pauseEventSchema,
  resumeEventSchema,
  checklistEventSchema,
  comfortEventSchema,
  activeEventSchema,
  dailyLimitEventSchema
])

export type HistoryEvent = z.infer<typeof historyEventSchema>
export type HistoryEventKind = HistoryEvent['kind']
export type PostureEvent = z.infer<typeof postureEventSchema>
export type BreakEvent = z.infer<typeof breakEventSchema>
export type NaturalBreakEvent = z.infer<typeof naturalBreakEventSchema>
export type PauseEvent = z.infer<typeof pauseEventSchema>
export type ResumeEvent = z.infer<typeof resumeEventSchema>
export type ChecklistEvent = z.infer<typeof checklistEventSchema>
export type ComfortEvent = z.infer<typeof comfortEventSchema>
export type ActiveEvent = z.infer<typeof activeEventSchema>

/** A time range of history: `fromMs` inclusive, `toMs` exclusive; either may be left open. */
export const historyQuerySchema = z
  .object({
    fromMs: atMsSchema.optional(),
    toMs: atMsSchema.optional()
  })
  .strict()
  .refine((query) => query.fromMs === undefined || query.toMs === undefined || query.fromMs <= query.toMs, {
    message: 'fromMs must not be after toMs'
  })

export type HistoryQuery = z.infer<typeof historyQuerySchema>

/** What a read returns: the events that parsed, and how many damaged lines were skipped. */
export const historyReadResultSchema = z
  .object({
    events: z.array(historyEventSchema),
    skippedLines: countSchema
  })
  .strict()

export type HistoryReadResult = z.infer<typeof historyReadResultSchema>
