import { describe, expect, it } from 'vitest'
import { ClockBreakSchedule } from '../../../src/core/engine/clock-break-schedule'
import { ReminderTracks } from '../../../src/core/engine/tracks'
import { WakeMoment } from '../../../src/core/engine/wake-moment'
import { WorkingHoursCalendar } from '../../../src/core/engine/working-hours'
import type { SettingsPatch } from '../../../src/shared/settings'
import { MINUTE_MS, settingsWith } from '../../helpers/engine-harness'

/** Monday 2026-03-09 09:00 UTC; monotonic time starts at 0 there. */
const START_WALL_MS = Date.parse('2026-03-09T09:00:00Z')
const SLOT_MS = 50 * MINUTE_MS

function schedule(patch: SettingsPatch = {}): { clockBreaks: ClockBreakSchedule; tracks: ReminderTracks; calendar: WorkingHoursCalendar } {
  const settings = settingsWith({
    ...patch,
    break: { schedule: 'clock', clockMinutes: [50], minActiveMinutes: 10, warningSeconds: 30, ...patch.break }
  })
  const tracks = new ReminderTracks(settings)
  const clockBreaks = new ClockBreakSchedule(settings.break, 'UTC', new WakeMoment(0, START_WALL_MS), tracks)
  return { clockBreaks, tracks, calendar: new WorkingHoursCalendar(settings.workingHours, 'UTC') }
}

const at = (ms: number, wallShiftMs = 0): WakeMoment => new WakeMoment(ms, START_WALL_MS + ms + wallShiftMs)

describe('ClockBreakSchedule', () => {
  it('puts the next slot at :50 and its warning warningSeconds of wall time before it', () => {
    const { clockBreaks, calendar } = schedule()
    expect(clockBreaks.nextSlotWallMs()).toBe(START_WALL_MS + SLOT_MS)
    expect(clockBreaks.slotAtMs(at(0))).toBe(SLOT_MS)
    expect(clockBreaks.warningAtMs(at(0), 0, calendar)).toBe(SLOT_MS - 30_000)
    // a warning moment that passed while the counts were behind comes at once (at accountedTo)
    expect(clockBreaks.warningAtMs(at(49.8 * MINUTE_MS), 49.8 * MINUTE_MS, calendar)).toBe(49.8 * MINUTE_MS)
  })

  it('warns only a user who will have worked minActiveMinutes by the slot, and decides that once', () => {
    const { clockBreaks, tracks, calendar } = schedule()
    const warnAtMs = SLOT_MS - 30_000
    tracks.accrue(5 * MINUTE_MS)
    expect(clockBreaks.warn(warnAtMs, at(warnAtMs))).toBeNull()
    expect(tracks.isWarned).toBe(false)
    expect(clockBreaks.warningAtMs(at(warnAtMs), warnAtMs, calendar)).toBeNull()

    const other = schedule()
    other.tracks.accrue(9.5 * MINUTE_MS)
    // 9.5 min now + 0.5 min to the slot = 10 min by the slot
    expect(other.clockBreaks.warn(warnAtMs, at(warnAtMs))).toBe(30)
    expect(other.tracks.isWarned).toBe(true)
    expect(other.clockBreaks.warningAtMs(at(warnAtMs), warnAtMs, other.calendar)).toBeNull()
  })

  it('makes the break due at a slot when the user is active with enough work, and moves on to the next hour', () => {
    const { clockBreaks, tracks } = schedule()
    tracks.accrue(10 * MINUTE_MS)
    clockBreaks.reach(true)
    expect(tracks.breakDue()).toBe(true)
    expect(clockBreaks.nextSlotWallMs()).toBe(START_WALL_MS + SLOT_MS + 60 * MINUTE_MS)
    // with a break pending, the next slot brings none
    expect(clockBreaks.nextBreakSlotWallMs()).toBeNull()
  })

  it('lets a slot pass quietly while away or with too little work, withdrawing its warning', () => {
    const away = schedule()
    away.tracks.accrue(20 * MINUTE_MS)
    expect(away.clockBreaks.warn(SLOT_MS - 30_000, at(SLOT_MS - 30_000))).toBe(30)
    away.clockBreaks.reach(false)
    expect(away.tracks.breakDue()).toBe(false)
    expect(away.tracks.isWarned).toBe(false)
    expect(away.clockBreaks.nextBreakSlotWallMs()).toBe(START_WALL_MS + SLOT_MS + 60 * MINUTE_MS)

    const short = schedule()
    short.tracks.accrue(9 * MINUTE_MS)
    short.clockBreaks.reach(true)
    expect(short.tracks.breakDue()).toBe(false)
  })

  it('passes every slot a wall-clock jump crosses, withdrawing a shown warning', () => {
    const { clockBreaks, tracks } = schedule()
    tracks.accrue(20 * MINUTE_MS)
    clockBreaks.warn(SLOT_MS - 30_000, at(SLOT_MS - 30_000))
    clockBreaks.observe(at(SLOT_MS - 20_000, 2 * 60 * MINUTE_MS))
    expect(tracks.isWarned).toBe(false)
    // 11:49:40 on the wall now: the 09:50 and 10:50 slots passed, 11:50 is next
    expect(clockBreaks.nextSlotWallMs()).toBe(START_WALL_MS + SLOT_MS + 2 * 60 * MINUTE_MS)
    // a clock that merely ran on changes nothing
    clockBreaks.observe(at(SLOT_MS, 2 * 60 * MINUTE_MS))
    expect(clockBreaks.nextSlotWallMs()).toBe(START_WALL_MS + SLOT_MS + 2 * 60 * MINUTE_MS)
  })

  it('does not announce a slot at or after the end of working hours', () => {
    const hours = { start: '09:00', end: '09:50' }
    const { clockBreaks, calendar } = schedule({
      workingHours: { enabled: true, days: { mon: [hours], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] } }
    })
    expect(clockBreaks.warningAtMs(at(0), 0, calendar)).toBeNull()
  })

  it('has no slots when breaks are on the interval schedule', () => {
    const { clockBreaks, calendar } = schedule({ break: { schedule: 'interval' } })
    expect(clockBreaks.nextSlotWallMs()).toBeNull()
    expect(clockBreaks.slotAtMs(at(0))).toBeNull()
    expect(clockBreaks.warningAtMs(at(0), 0, calendar)).toBeNull()
  })
})
