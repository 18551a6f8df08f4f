import { MS_PER_SECOND } from './reminder-settings'

/**
 * When to look at the idle time next. The engine never polls at 1 Hz: while the user is active it
 * looks once per threshold (an away period is backdated to the last input, so looking late loses
 * nothing as long as the user is still away), and while the user is away it looks more often at
 * first so a return is noticed promptly, backing off as the absence grows.
 */

/**
 * Floor for the active sampling period. With idle.thresholdSeconds ≥ 60 (default 120) every
 * absence of at least the threshold is caught exactly; with a shorter threshold an absence shorter
 * than about a minute may count as active, which keeps any setting within ~60 samples per hour.
 */
export const MIN_ACTIVE_SAMPLE_PERIOD_MS = 60 * MS_PER_SECOND
const MIN_SAMPLE_DELAY_MS = MS_PER_SECOND

const AWAY_SAMPLE_MIN_MS = 10 * MS_PER_SECOND
const AWAY_SAMPLE_MAX_MS = 60 * MS_PER_SECOND
/**
 * The delay grows with the absence (a sixth of it so far: 20 s when first noticed at the default
 * threshold, a minute after six). A late look only leaves the first seconds back uncounted; whether
 * the absence was a natural break is settled by one extra look just before it becomes one
 * (NATURAL_BOUNDARY_LEAD_MS).
 */
const AWAY_SAMPLE_FRACTION = 1 / 6

/** How long before an absence reaches break.durationMinutes the engine looks once more. */
export const NATURAL_BOUNDARY_LEAD_MS = MS_PER_SECOND

/** The earliest moment the user could reach the threshold if there is no more input. */
export function activeSampleDelayMs(thresholdSeconds: number, idleSeconds: number): number {
  const periodMs = Math.max(thresholdSeconds * MS_PER_SECOND, MIN_ACTIVE_SAMPLE_PERIOD_MS)
  return Math.max(periodMs - idleSeconds * MS_PER_SECOND, MIN_SAMPLE_DELAY_MS)
}

export function awaySampleDelayMs(awayForMs: number): number {
  return Math.min(Math.max(awayForMs * AWAY_SAMPLE_FRACTION, AWAY_SAMPLE_MIN_MS), AWAY_SAMPLE_MAX_MS)
}

/**
 * How long a timer aimed at a wall-clock moment (working-hours boundary, "pause until 09:00") may
 * be: the wall clock can be changed while we sleep, and Node has no event for that.
 */
export const WALL_RECHECK_MS = 15 * 60 * MS_PER_SECOND
