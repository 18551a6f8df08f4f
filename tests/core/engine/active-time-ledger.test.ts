import { describe, expect, it } from 'vitest'
import { ActiveTimeLedger } from '../../../src/core/engine/active-time-ledger'
import { DailyLimitTrack } from '../../../src/core/engine/daily-limit'
import { ReminderTracks } from '../../../src/core/engine/tracks'
import { MINUTE_MS, settingsWith } from '../../helpers/engine-harness'

const START_WALL_MS = Date.parse('2026-03-09T09:00:00Z')

function ledger(): { ledger: ActiveTimeLedger; tracks: ReminderTracks; dailyLimit: DailyLimitTrack } {
  const settings = settingsWith({ dailyLimit: { enabled: true } })
  const tracks = new ReminderTracks(settings)
  const dailyLimit = new DailyLimitTrack(settings.dailyLimit, 'UTC', START_WALL_MS)
  return { ledger: new ActiveTimeLedger(0, tracks, dailyLimit), tracks, dailyLimit }
}

describe('ActiveTimeLedger', () => {
  it('adds a counting stretch to both counts, today and the run at once', () => {
    const { ledger: active, tracks, dailyLimit } = ledger()
    active.accountTo(10 * MINUTE_MS, true, START_WALL_MS + 10 * MINUTE_MS)
    expect(active.accountedToMs).toBe(10 * MINUTE_MS)
    expect(tracks.postureCountMs).toBe(10 * MINUTE_MS)
    expect(tracks.breakCountMs).toBe(10 * MINUTE_MS)
    expect(dailyLimit.activeMinutesToday).toBe(10)
    expect(active.totalActiveMs).toBe(10 * MINUTE_MS)
  })

  it('moves past a stretch that did not count without adding it, and never moves back', () => {
    const { ledger: active, tracks } = ledger()
    active.accountTo(10 * MINUTE_MS, false, START_WALL_MS + 10 * MINUTE_MS)
    active.accountTo(5 * MINUTE_MS, true, START_WALL_MS + 5 * MINUTE_MS)
    expect(active.accountedToMs).toBe(10 * MINUTE_MS)
    expect(tracks.breakCountMs).toBe(0)
    expect(active.totalActiveMs).toBe(0)
    expect(active.notBefore(3 * MINUTE_MS)).toBe(10 * MINUTE_MS)
    expect(active.notBefore(12 * MINUTE_MS)).toBe(12 * MINUTE_MS)
  })

  it('takes back from all three the time since an absence that was found late', () => {
    const { ledger: active, tracks, dailyLimit } = ledger()
    active.accountTo(30 * MINUTE_MS, true, START_WALL_MS + 30 * MINUTE_MS)
    active.takeBackFrom(28 * MINUTE_MS)
    expect(tracks.breakCountMs).toBe(28 * MINUTE_MS)
    expect(dailyLimit.activeMinutesToday).toBe(28)
    expect(active.totalActiveMs).toBe(28 * MINUTE_MS)
    // the counts stay exact up to where they were; nothing after it to take back
    expect(active.accountedToMs).toBe(30 * MINUTE_MS)
    active.takeBackFrom(30 * MINUTE_MS)
    expect(active.totalActiveMs).toBe(28 * MINUTE_MS)
  })
})
