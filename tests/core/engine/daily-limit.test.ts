import { describe, expect, it } from 'vitest'
import { DailyLimitTrack } from '../../../src/core/engine/daily-limit'
import { WakeMoment } from '../../../src/core/engine/wake-moment'
import { MINUTE_MS } from '../../helpers/engine-harness'

/** Monday 2026-03-09 16:00 in New York (20:00 UTC, EDT): local midnight is 8 hours away. */
const START_WALL_MS = Date.parse('2026-03-09T16:00:00-04:00')
const MIDNIGHT_WALL_MS = Date.parse('2026-03-10T00:00:00-04:00')
const ZONE = 'America/New_York'

function track(minutes = 100, remindMinutes = 20, enabled = true): DailyLimitTrack {
  return new DailyLimitTrack({ enabled, minutes, remindMinutes }, ZONE, START_WALL_MS)
}

const start = new WakeMoment(0, START_WALL_MS)

describe('DailyLimitTrack timing', () => {
  it('is never due when the limit is off', () => {
    const limit = track(100, 20, false)
    expect(limit.reminderAtMs(0, start)).toBeNull()
    expect(limit.reach(START_WALL_MS)).toBeNull()
  })

  it('falls due when today\'s active time reaches the limit, then every remindMinutes more', () => {
    const limit = track()
    expect(limit.reminderAtMs(0, start)).toBe(100 * MINUTE_MS)
    limit.accrue(100 * MINUTE_MS, START_WALL_MS + 100 * MINUTE_MS)
    expect(limit.reach(START_WALL_MS + 100 * MINUTE_MS)).toBe(100)
    // counted as shown: the next one is 20 active minutes on
    expect(limit.reminderAtMs(100 * MINUTE_MS, new WakeMoment(100 * MINUTE_MS, START_WALL_MS + 100 * MINUTE_MS))).toBe(120 * MINUTE_MS)
    expect(limit.reach(START_WALL_MS + 100 * MINUTE_MS)).toBeNull()
  })

  it('reports whole minutes, not a float sum a hair below them', () => {
    const limit = track(100)
    limit.accrue(100 * MINUTE_MS - 1e-4, START_WALL_MS + 100 * MINUTE_MS)
    expect(limit.reach(START_WALL_MS + 100 * MINUTE_MS)).toBe(100)
  })

  it('wakes at local midnight when that comes before the reminder, and starts the new day there', () => {
    const limit = track(480)
    limit.accrue(400 * MINUTE_MS, START_WALL_MS + 400 * MINUTE_MS)
    const late = new WakeMoment(400 * MINUTE_MS, START_WALL_MS + 400 * MINUTE_MS)
    // counting from 401: the reminder would be at 481, but local midnight comes first, at 480
    const midnightMs = late.monotonicAt(MIDNIGHT_WALL_MS)
    expect(limit.reminderAtMs(400 * MINUTE_MS + MINUTE_MS, late)).toBe(midnightMs)
    expect(limit.reach(MIDNIGHT_WALL_MS)).toBeNull()
    expect(limit.activeMinutesToday).toBe(0)
    expect(limit.exportCounts().dayStartWallMs).toBe(MIDNIGHT_WALL_MS)
  })

  it('never names a moment before the counts are exact, even with midnight already behind', () => {
    const limit = track(480)
    const afterMidnight = new WakeMoment(0, MIDNIGHT_WALL_MS + MINUTE_MS)
    expect(limit.reminderAtMs(5 * MINUTE_MS, afterMidnight)).toBe(5 * MINUTE_MS)
  })
})
