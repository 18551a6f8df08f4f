import { z } from 'zod'

/** "With these settings, today you will get about N breaks" — computed by the real engine in simulation. */
export const schedulePreviewSchema = z.object({
  /**
   * 'working-hours': from now to the end of today, counting only working hours.
   * 'next-8-hours': working hours are off, so "today" is taken as 8 hours at the computer from now.
   */
  basis: z.enum(['working-hours', 'next-8-hours']),
  breaksToday: z.int().nonnegative(),
  postureCuesToday: z.int().nonnegative(),
  /** The next 4 hours, assuming the user stays at the computer. */
  horizonMinutes: z.number().positive(),
  timeline: z.array(
    z.object({
      minute: z.number().nonnegative(),
      wallMs: z.number(),
      kind: z.enum(['posture', 'breakWarning', 'break'])
    })
  )
})
export type SchedulePreview = z.infer<typeof schedulePreviewSchema>
