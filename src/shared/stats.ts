import { z } from 'zod'
import { countSchema, durationMinutesSchema, epochMsSchema } from './bounds'

/**
 * Statistics as they cross IPC to the stats page. Produced by src/core/stats (computeStats);
 * the schemas exist so the IPC layer can validate what it sends and the page what it gets.
 *
 * Definitions (the page's labels should follow them):
 * - breaksDue = breaksCompleted + breaksSkipped + breaksMissed: every scheduled break ends exactly
 *   once in one of those. Postpones are deferrals of the same break and are counted on their own.
 * - adherencePercent ("share of breaks taken") = (completed + natural) / (completed + natural +
 *   skipped + missed) × 100, null on a day with none of them.
 * - postureDone counts only confirmed cues; postureUnanswered those nobody answered.
 * - longestStretchMinutes: the longest run of active time that ended in a break actually taken
 *   (completed or natural); skipped breaks do not end a stretch, local midnight does. Attributed
 *   to the day the stretch ended. The stretch in progress right now is not included.
 * - activeMinutes: from `active` records, split across local midnight.
 * - dailyLimitDays: local days with at least one daily-limit reminder recorded in the history
 *   (shown, so written); never inferred from active time or from today's limit setting. A day
 *   is 0 or 1; a period sums its days.
 * Percentages, averages and minutes are rounded to one decimal.
 */

const minutesSchema = durationMinutesSchema

export const statsDaysSchema = z.int().min(1).max(400)

/** What the stats page asks for; the main process adds the clock and the time zone. */
export const statsQuerySchema = z
  .object({
    days: statsDaysSchema
  })
  .strict()

export type StatsQuery = z.infer<typeof statsQuerySchema>

export const periodStatsSchema = z
  .object({
    breaksCompleted: countSchema,
    breaksSkipped: countSchema,
    breaksPostponed: countSchema,
    /** gentle-level breaks nobody answered while the user kept working: not taken */
    breaksMissed: countSchema,
    breaksDue: countSchema,
    naturalBreaks: countSchema,
    postureDone: countSchema,
    postureIgnored: countSchema,
    postureUnanswered: countSchema,
    postureSilent: countSchema,
    adherencePercent: z.number().min(0).max(100).nullable(),
    activeMinutes: minutesSchema,
    longestStretchMinutes: minutesSchema,
    comfortAverage: z.number().min(0).max(10).nullable(),
    comfortCheckIns: countSchema,
    dailyLimitDays: countSchema
  })
  .strict()

export type PeriodStats = z.infer<typeof periodStatsSchema>

export const dayStatsSchema = periodStatsSchema
  .extend({
    /** yyyy-MM-dd of the local day in the requested zone. */
    dayKey: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    /** Epoch ms of local midnight that starts the day (days are 23, 24 or 25 h long). */
    startMs: epochMsSchema,
    /** Length of the local day in hours: 23 or 25 on DST change days. */
    hours: z.number().positive(),
    /** A single day reached its limit or did not. */
    dailyLimitDays: z.int().min(0).max(1)
  })
  .strict()

export type DayStats = z.infer<typeof dayStatsSchema>

export const statsResultSchema = z
  .object({
    timeZone: z.string().min(1),
    nowMs: epochMsSchema,
    days: statsDaysSchema,
    /** Today at a glance; the same object as the last entry of `series`. */
    today: dayStatsSchema,
    /** One entry per local day, oldest first, ending with today; length = days. */
    series: z.array(dayStatsSchema),
    /** Sums over the series (longestStretchMinutes is the maximum, adherence and comfort recomputed). */
    totals: periodStatsSchema,
    /**
     * Days with breaks whose adherence was ≥ 80 %, consecutive back from today. Days without
     * any break (weekends, days off) neither count nor break the streak; today counts once it
     * qualifies and never breaks it while it is still going.
     */
    streakDays: countSchema,
    /**
     * True when the three most recent check-in days within the last 14 days each averaged a
     * discomfort score ≥ 7. The page shows safety guidance; it is not a diagnosis.
     */
    comfortAlert: z.boolean()
  })
  .strict()
  .refine((stats) => stats.totals.dailyLimitDays <= stats.days, {
    message: 'totals.dailyLimitDays cannot exceed the days in the period',
    path: ['totals', 'dailyLimitDays']
  })

export type StatsResult = z.infer<typeof statsResultSchema>
