import { z } from 'zod'

/**
 * What the reminder engine needs to carry on after a quit, a crash or a reboot (DESIGN.md §3
 * "Restart"): both counts and what they aim at, postpones used, pause and reading mode. Saved by
 * the app at each engine event and on quit; read back on start, when the time the app was not
 * running becomes an absence from `savedAtWallMs` (or from the absence already under way).
 *
 * Every number is bounded so a hand-edited or damaged file cannot produce a schedule that makes no
 * sense; such a file fails this schema and is set aside.
 */

/** The Date range: anything outside cannot be a moment. */
const MAX_WALL_MS = 8.64e15
const wallMsSchema = z.number().int().min(0).max(MAX_WALL_MS)
/** A count of active time never needs more than a week (intervals are at most 4 h, postpones 10 × 2 h). */
const MAX_COUNT_MS = 7 * 24 * 60 * 60 * 1000
const countMsSchema = z.number().min(0).max(MAX_COUNT_MS)

export const trackCountsSchema = z
  .object({
    postureCountMs: countMsSchema,
    breakCountMs: countMsSchema,
    postureTargetMs: countMsSchema,
    breakTargetMs: countMsSchema,
    breakTargetSetAtMs: countMsSchema,
    warned: z.boolean(),
    announced: z.boolean(),
    postponesUsed: z.int().min(0).max(100)
  })
  .strict()
export type TrackCounts = z.infer<typeof trackCountsSchema>

/**
 * Today's daily-limit count and skips (DESIGN.md §3), kept with the local day they belong to
 * (its midnight as wall ms); a later day starts afresh. Optional so a state file written before
 * they existed still loads.
 */
const MAX_DAY_MS = 25 * 60 * 60 * 1000
export const todayCountsSchema = z
  .object({
    dayStartWallMs: wallMsSchema,
    activeMs: z.number().min(0).max(MAX_DAY_MS),
    remindersShown: z.int().min(0).max(1440),
    skips: z.int().min(0).max(1440)
  })
  .strict()

export const engineSnapshotSchema = z
  .object({
    /** the last moment the counts are exact for */
    savedAtWallMs: wallMsSchema,
    /** when the user was already away at the save (screen locked, idle): since then */
    awaySinceWallMs: wallMsSchema.nullable(),
    /** break count when that absence began (a natural break needs some work to replace) */
    breakCountAtAwayMs: countMsSchema,
    insideHours: z.boolean(),
    tracks: trackCountsSchema,
    /** null: not paused; `untilWallMs` null: paused until resumed */
    pause: z.object({ untilWallMs: wallMsSchema.nullable() }).strict().nullable(),
    readingUntilWallMs: wallMsSchema.nullable(),
    today: todayCountsSchema.optional()
  })
  .strict()
export type EngineSnapshot = z.infer<typeof engineSnapshotSchema>
