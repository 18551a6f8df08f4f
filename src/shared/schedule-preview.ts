import { z } from 'zod'
import { countSchema, wallMsSchema } from './bounds'

/** "With these settings, today you will get about N breaks" — computed by the real engine in simulation. */
export const schedulePreviewSchema = z.object({
  /**
   * 'working-hours': from now to the end of today, counting only working hours.
   * 'next-8-hours': working hours are off, so "today" is taken as 8 hours at the computer from now.
   */
  basis: z.enum(['working-hours', 'next-8-hours']),
  breaksToday: countSchema,
  postureCuesToday: countSchema,
  /**
   * When today's active time would reach the daily limit (with what was already worked today),
   * if it is on and that happens today; null otherwise.
   */
  dailyLimitAtWallMs: wallMsSchema.nullable(),
  /** The next 4 hours, assuming the user stays at the computer. */
  horizonMinutes: z.number().positive(),
  timeline: z.array(
    z.object({
      minute: z.number().nonnegative(),
      wallMs: wallMsSchema,
      kind: z.enum(['posture', 'breakWarning', 'break', 'dailyLimit'])
    })
  )
})
export type SchedulePreview = z.infer<typeof schedulePreviewSchema>
