import { describe, expect, it } from 'vitest'
import { computeStats } from '../../../src/core/stats'
import type { BreakOutcome } from '../../../src/shared/engine-state'
import type { HistoryEvent } from '../../../src/shared/history'
import { statsResultSchema, type DayStats } from '../../../src/shared/stats'

/*
 * America/New_York, 2026: clocks spring forward on Sunday 8 March at 02:00 EST (→ 03:00 EDT),
 * so 8 March lasts 23 h (05:00Z to 04:00Z next day); they fall back on Sunday 1 November at
 * 02:00 EDT (→ 01:00 EST), so 1 November lasts 25 h (04:00Z to 05:00Z next day).
 * All instants below are written with the offset a wall clock in New York shows, by hand.
 */
const zone = 'America/New_York'
const t = (iso: string): number => {
  const ms = Date.parse(iso)
  if (Number.isNaN(ms)) throw new Error(`bad test time ${iso}`)
  return ms
}

const brk = (iso: string, outcome: BreakOutcome, activeMinutesBefore = 50): HistoryEvent => ({
  kind: 'break',
  atMs: t(iso),
  outcome,
  plannedSeconds: 300,
  takenSeconds: outcome === 'completed' ? 300 : 0,
  activeMinutesBefore
})
const natural = (iso: string, activeMinutesBefore = 30): HistoryEvent => ({
  kind: 'natural',
  atMs: t(iso),
  awayMinutes: 15,
  activeMinutesBefore
})
const cue = (iso: string, response: 'done' | 'ignore' | 'unanswered' | 'silent' = 'done'): HistoryEvent => ({
  kind: 'posture',
  atMs: t(iso),
  response
})
const active = (iso: string, minutes: number): HistoryEvent => ({ kind: 'active', atMs: t(iso), minutes })
const comfort = (iso: string, score: number): HistoryEvent => ({ kind: 'comfort', atMs: t(iso), score })
const limitReminder = (iso: string, activeMinutes: number): HistoryEvent => ({ kind: 'dailyLimit', atMs: t(iso), activeMinutes })

const dayOf = (series: readonly DayStats[], key: string): DayStats => {
  const day = series.find((entry) => entry.dayKey === key)
  if (day === undefined) throw new Error(`no ${key} in the series`)
  return day
}

describe('computeStats: spring forward (8 March 2026, 23 h)', () => {
  const events: HistoryEvent[] = [
    brk('2026-03-07T23:59:59-05:00', 'completed', 60), // last second of Saturday
    brk('2026-03-08T00:00:00-05:00', 'completed', 20), // first second of Sunday
    active('2026-03-08T00:30:00-05:00', 50), // 30 min Sunday, 20 min Saturday
    brk('2026-03-08T11:00:00-04:00', 'skipped', 40),
    brk('2026-03-08T12:00:00-04:00', 'completed', 45), // stretch 40 + 45 = 85
    natural('2026-03-08T14:00:00-04:00', 30),
    brk('2026-03-08T15:00:00-04:00', 'postponed', 50),
    cue('2026-03-08T23:59:59-04:00', 'done'), // last second of Sunday (EDT by then)
    // 00:30 EDT Monday; a fixed EST offset would wrongly put it at 23:30 Sunday
    cue('2026-03-09T00:30:00-04:00', 'ignore')
  ]
  const stats = computeStats(events, { nowMs: t('2026-03-09T11:00:00-04:00'), timeZone: zone, days: 7 })

  it('validates against the IPC schema', () => {
    expect(statsResultSchema.parse(stats)).toEqual(stats)
  })

  it('lays out 7 local days ending today, the DST day 23 hours long', () => {
    expect(stats.series.map((day) => day.dayKey)).toEqual([
      '2026-03-03',
      '2026-03-04',
      '2026-03-05',
      '2026-03-06',
      '2026-03-07',
      '2026-03-08',
      '2026-03-09'
    ])
    expect(stats.series.map((day) => day.hours)).toEqual([24, 24, 24, 24, 24, 23, 24])
    expect(dayOf(stats.series, '2026-03-08').startMs).toBe(t('2026-03-08T05:00:00Z'))
    expect(dayOf(stats.series, '2026-03-09').startMs).toBe(t('2026-03-09T04:00:00Z'))
  })

  it('counts each event on its local day, right up to midnight', () => {
    expect(dayOf(stats.series, '2026-03-07')).toMatchObject({
      breaksCompleted: 1,
      adherencePercent: 100,
      activeMinutes: 20,
      longestStretchMinutes: 60
    })
    expect(dayOf(stats.series, '2026-03-08')).toEqual({
      dayKey: '2026-03-08',
      startMs: t('2026-03-08T00:00:00-05:00'),
      hours: 23,
      breaksCompleted: 2,
      breaksSkipped: 1,
      breaksPostponed: 1,
      breaksMissed: 0,
      breaksDue: 3,
      naturalBreaks: 1,
      postureDone: 1,
      postureIgnored: 0,
      postureUnanswered: 0,
      postureSilent: 0,
      adherencePercent: 75, // (2 completed + 1 natural) / (2 + 1 + 1 skipped)
      activeMinutes: 30,
      longestStretchMinutes: 85,
      comfortAverage: null,
      comfortCheckIns: 0,
      dailyLimitDays: 0
    })
  })

  it('reports today at a glance as the last day of the series', () => {
    expect(stats.today).toBe(stats.series[6])
    expect(stats.today).toMatchObject({ dayKey: '2026-03-09', postureIgnored: 1, breaksDue: 0, adherencePercent: null })
  })

  it('sums the window', () => {
    expect(stats.totals).toMatchObject({
      breaksCompleted: 3,
      breaksSkipped: 1,
      breaksPostponed: 1,
      breaksDue: 4,
      naturalBreaks: 1,
      postureDone: 1,
      postureIgnored: 1,
      adherencePercent: 80, // 4 / 5
      activeMinutes: 50,
      longestStretchMinutes: 85
    })
  })

  it('spreads active time over a 23-hour day without spilling an hour', () => {
    // 23 h 30 min of activity ending at Monday 00:00 EDT: 23 h on Sunday, 30 min on Saturday.
    const spread = computeStats([active('2026-03-09T00:00:00-04:00', 23 * 60 + 30)], {
      nowMs: t('2026-03-09T11:00:00-04:00'),
      timeZone: zone,
      days: 3
    })
    expect(spread.series.map((day) => [day.dayKey, day.activeMinutes])).toEqual([
      ['2026-03-07', 30],
      ['2026-03-08', 23 * 60],
      ['2026-03-09', 0]
    ])
  })
})

describe('computeStats: fall back (1 November 2026, 25 h)', () => {
  const nowMs = t('2026-11-02T12:00:00-05:00')

  it('gives the day 25 hours and places events near both midnights correctly', () => {
    const stats = computeStats(
      [
        cue('2026-10-31T23:59:59-04:00'), // Saturday
        cue('2026-11-01T00:00:00-04:00'), // Sunday, first second
        cue('2026-11-01T01:30:00-04:00'), // the first 01:30
        cue('2026-11-01T01:30:00-05:00'), // the repeated 01:30, an hour later
        // 23:30 EST Sunday; a fixed EDT offset would wrongly put it at 00:30 Monday
        cue('2026-11-01T23:30:00-05:00', 'ignore'),
        cue('2026-11-02T00:00:00-05:00', 'silent') // Monday
      ],
      { nowMs, timeZone: zone, days: 4 }
    )
    expect(stats.series.map((day) => [day.dayKey, day.hours, day.postureDone, day.postureIgnored, day.postureSilent])).toEqual([
      ['2026-10-30', 24, 0, 0, 0],
      ['2026-10-31', 24, 1, 0, 0],
      ['2026-11-01', 25, 3, 1, 0],
      ['2026-11-02', 24, 0, 0, 1]
    ])
    expect(dayOf(stats.series, '2026-11-01').startMs).toBe(t('2026-11-01T04:00:00Z'))
  })

  it('fits 25 hours of active time into the 25-hour day', () => {
    const stats = computeStats([active('2026-11-02T00:00:00-05:00', 25 * 60), active('2026-11-02T00:10:00-05:00', 20)], {
      nowMs,
      timeZone: zone,
      days: 3
    })
    expect(stats.series.map((day) => [day.dayKey, day.activeMinutes])).toEqual([
      ['2026-10-31', 0],
      ['2026-11-01', 25 * 60 + 10],
      ['2026-11-02', 10]
    ])
  })
})

describe('computeStats: longest stretch', () => {
  const nowMs = t('2026-05-06T20:00:00-04:00')
  const opts = { nowMs, timeZone: zone, days: 3 }

  it('chains skipped breaks until a break is taken, and ignores postpones', () => {
    const stats = computeStats(
      [
        brk('2026-05-06T09:50:00-04:00', 'postponed', 50),
        brk('2026-05-06T10:00:00-04:00', 'skipped', 55),
        brk('2026-05-06T10:50:00-04:00', 'skipped', 50),
        natural('2026-05-06T11:30:00-04:00', 35), // 55 + 50 + 35
        brk('2026-05-06T13:00:00-04:00', 'completed', 70)
      ],
      opts
    )
    expect(stats.today.longestStretchMinutes).toBe(140)
  })

  it('ends a stretch at local midnight and at the end of history', () => {
    const stats = computeStats(
      [
        brk('2026-05-04T22:00:00-04:00', 'skipped', 50),
        brk('2026-05-05T09:30:00-04:00', 'completed', 30),
        brk('2026-05-06T15:00:00-04:00', 'skipped', 45),
        brk('2026-05-06T16:00:00-04:00', 'skipped', 45)
      ],
      opts
    )
    expect(stats.series.map((day) => day.longestStretchMinutes)).toEqual([50, 30, 90])
  })

  it('gives the same answer for events out of order', () => {
    const events = [
      brk('2026-05-06T10:00:00-04:00', 'skipped', 55),
      natural('2026-05-06T11:30:00-04:00', 35),
      brk('2026-05-06T13:00:00-04:00', 'completed', 20)
    ]
    expect(computeStats([...events].reverse(), opts)).toEqual(computeStats(events, opts))
  })
})

describe('computeStats: streak', () => {
  // Wednesday 11 March 2026
  const nowMs = t('2026-03-11T16:00:00-04:00')
  const repeat = (count: number, make: (i: number) => HistoryEvent): HistoryEvent[] =>
    Array.from({ length: count }, (_, i) => make(i))
  const history: HistoryEvent[] = [
    ...repeat(3, (i) => brk(`2026-03-04T1${i}:00:00-05:00`, 'completed')), // qualifies, but behind a failure
    ...repeat(3, (i) => brk(`2026-03-05T1${i}:00:00-05:00`, 'completed')),
    brk('2026-03-05T15:00:00-05:00', 'skipped'), // 75 %: fails
    brk('2026-03-06T10:00:00-05:00', 'completed'), // 100 %
    brk('2026-03-07T10:00:00-05:00', 'postponed'), // Saturday: no break taken or skipped, neutral
    cue('2026-03-07T11:00:00-05:00'),
    // Sunday 8 March: nothing, neutral
    natural('2026-03-09T10:00:00-04:00'), // 100 %
    ...repeat(4, (i) => brk(`2026-03-10T1${i}:00:00-04:00`, 'completed')),
    brk('2026-03-10T15:00:00-04:00', 'skipped'), // exactly 80 %: qualifies
    brk('2026-03-11T09:00:00-04:00', 'completed'),
    brk('2026-03-11T10:00:00-04:00', 'skipped') // today so far 50 %: neither counts nor breaks
  ]

  it('counts qualifying days back from today, skipping days without breaks', () => {
    expect(computeStats(history, { nowMs, timeZone: zone, days: 7 }).streakDays).toBe(3)
  })

  it('counts today once it qualifies', () => {
    const more = [...history, brk('2026-03-11T11:00:00-04:00', 'completed'), brk('2026-03-11T12:00:00-04:00', 'completed'), brk('2026-03-11T13:00:00-04:00', 'completed')]
    expect(computeStats(more, { nowMs, timeZone: zone, days: 7 }).streakDays).toBe(4)
  })

  it('looks past the requested window', () => {
    const longRun = repeat(20, (i) => brk(new Date(t('2026-02-20T12:00:00-05:00') + i * 86_400_000).toISOString(), 'completed'))
    expect(computeStats(longRun, { nowMs: t('2026-03-11T16:00:00-04:00'), timeZone: zone, days: 7 }).streakDays).toBe(20)
  })

  it('stops at a failing day older than the days it tallies up front', () => {
    const dayMs = 86_400_000
    const noon = t('2026-03-11T12:00:00-04:00')
    const run = repeat(17, (i) => brk(new Date(noon - (i + 1) * dayMs).toISOString(), 'completed')) // 10 Mar back to 22 Feb
    const failing = brk(new Date(noon - 18 * dayMs).toISOString(), 'skipped') // 21 Feb
    const older = brk(new Date(noon - 19 * dayMs).toISOString(), 'completed')
    expect(computeStats([older, failing, ...run.reverse()], { nowMs, timeZone: zone, days: 7 }).streakDays).toBe(17)
  })

  it('is 0 when yesterday failed and today has nothing yet', () => {
    const stats = computeStats([brk('2026-03-10T10:00:00-04:00', 'skipped')], { nowMs, timeZone: zone, days: 7 })
    expect(stats.streakDays).toBe(0)
  })
})

describe('computeStats: comfort alert', () => {
  const nowMs = t('2026-04-20T18:00:00-04:00')
  const alertFor = (events: HistoryEvent[]): boolean => computeStats(events, { nowMs, timeZone: zone, days: 7 }).comfortAlert

  it('fires when the three latest check-in days all average 7 or more, gaps allowed', () => {
    expect(alertFor([comfort('2026-04-16T10:00:00-04:00', 8), comfort('2026-04-18T10:00:00-04:00', 7), comfort('2026-04-19T10:00:00-04:00', 9)])).toBe(true)
  })

  it('uses the latest three: an older low day does not matter, a newer one does', () => {
    const high = [comfort('2026-04-17T10:00:00-04:00', 8), comfort('2026-04-18T10:00:00-04:00', 8), comfort('2026-04-19T10:00:00-04:00', 8)]
    expect(alertFor([comfort('2026-04-15T10:00:00-04:00', 2), ...high])).toBe(true)
    expect(alertFor([...high, comfort('2026-04-20T10:00:00-04:00', 3)])).toBe(false)
  })

  it('averages several check-ins on one day', () => {
    expect(
      alertFor([
        comfort('2026-04-17T10:00:00-04:00', 8),
        comfort('2026-04-18T10:00:00-04:00', 8),
        comfort('2026-04-19T09:00:00-04:00', 9),
        comfort('2026-04-19T17:00:00-04:00', 4) // 6.5 that day
      ])
    ).toBe(false)
  })

  it('needs three check-in days within the last 14', () => {
    expect(alertFor([comfort('2026-04-18T10:00:00-04:00', 9), comfort('2026-04-19T10:00:00-04:00', 9)])).toBe(false)
    // 7, 8 and 9 April are 13, 12 and 11 days back: inside; 6 April is 14 back: outside.
    expect(alertFor([comfort('2026-04-07T10:00:00-04:00', 9), comfort('2026-04-08T10:00:00-04:00', 9), comfort('2026-04-09T10:00:00-04:00', 9)])).toBe(true)
    expect(alertFor([comfort('2026-04-06T10:00:00-04:00', 9), comfort('2026-04-08T10:00:00-04:00', 9), comfort('2026-04-09T10:00:00-04:00', 9)])).toBe(false)
  })

  it('reports the daily average in the series', () => {
    const stats = computeStats([comfort('2026-04-20T09:00:00-04:00', 3), comfort('2026-04-20T15:00:00-04:00', 6)], { nowMs, timeZone: zone, days: 1 })
    expect(stats.today).toMatchObject({ comfortAverage: 4.5, comfortCheckIns: 2 })
  })
})

describe('computeStats: what happened', () => {
  const nowMs = t('2026-07-01T17:00:00-04:00')

  it('counts missed breaks as due and not taken, and unanswered cues apart from done ones', () => {
    const events = [
      cue('2026-07-01T09:20:00-04:00', 'unanswered'),
      cue('2026-07-01T09:40:00-04:00', 'done'),
      brk('2026-07-01T09:55:00-04:00', 'missed', 50),
      brk('2026-07-01T10:50:00-04:00', 'completed', 50)
    ]
    const stats = computeStats(events, { nowMs, timeZone: zone, days: 7 })
    expect(stats.today).toMatchObject({
      postureDone: 1,
      postureUnanswered: 1,
      breaksMissed: 1,
      breaksCompleted: 1,
      breaksDue: 2,
      adherencePercent: 50,
      // a missed break does not end a stretch: 50 + 50
      longestStretchMinutes: 100
    })
  })
})

describe('computeStats: daily limit', () => {
  const nowMs = t('2026-07-01T17:00:00-04:00')

  it('counts the days a reminder was recorded, once per day however often it repeated', () => {
    const events = [
      limitReminder('2026-06-29T17:00:00-04:00', 480),
      limitReminder('2026-06-29T17:30:00-04:00', 510),
      limitReminder('2026-06-29T18:00:00-04:00', 540),
      limitReminder('2026-07-01T16:50:00-04:00', 480)
    ]
    const stats = computeStats(events, { nowMs, timeZone: zone, days: 7 })
    expect(statsResultSchema.parse(stats)).toEqual(stats)
    expect(stats.series.map((day) => day.dailyLimitDays)).toEqual([0, 0, 0, 0, 1, 0, 1])
    expect(stats.today.dailyLimitDays).toBe(1)
    expect(stats.totals.dailyLimitDays).toBe(2)
  })

  it('counts only the shown period, on the local day of the reminder', () => {
    // 23:30 EDT on 23 June is 24 June in UTC; eight days back, outside a 7-day window either way.
    const events = [limitReminder('2026-06-23T23:30:00-04:00', 480), limitReminder('2026-06-30T23:30:00-04:00', 480)]
    expect(computeStats(events, { nowMs, timeZone: zone, days: 7 }).totals.dailyLimitDays).toBe(1)
    expect(computeStats(events, { nowMs, timeZone: zone, days: 30 }).totals.dailyLimitDays).toBe(2)
    // The same instant is already 1 July in UTC: today, not yesterday.
    expect(computeStats(events, { nowMs, timeZone: 'UTC', days: 2 }).series.map((day) => day.dailyLimitDays)).toEqual([0, 1])
  })

  it('never infers a reached limit from active time alone', () => {
    // Ten hours of active time, more than any limit, but no reminder was shown (the limit was off).
    const stats = computeStats([active('2026-07-01T16:00:00-04:00', 600)], { nowMs, timeZone: zone, days: 7 })
    expect(stats.today.activeMinutes).toBe(600)
    expect(stats.totals.dailyLimitDays).toBe(0)
  })
})

describe('stats result schema: daily limit bounds', () => {
  const stats = computeStats([limitReminder('2026-07-01T16:50:00-04:00', 480)], { nowMs: t('2026-07-01T17:00:00-04:00'), timeZone: zone, days: 1 })

  it('rejects a day that reached its limit more than once, or a period with more such days than days', () => {
    expect(statsResultSchema.safeParse(stats).success).toBe(true)
    expect(statsResultSchema.safeParse({ ...stats, today: { ...stats.today, dailyLimitDays: 2 } }).success).toBe(false)
    expect(statsResultSchema.safeParse({ ...stats, totals: { ...stats.totals, dailyLimitDays: 2 } }).success).toBe(false)
    expect(statsResultSchema.safeParse({ ...stats, totals: { ...stats.totals, dailyLimitDays: -1 } }).success).toBe(false)
  })
})

describe('computeStats: edge cases', () => {
  const nowMs = t('2026-07-01T09:00:00-04:00')

  it('handles an empty history', () => {
    const stats = computeStats([], { nowMs, timeZone: zone, days: 30 })
    expect(statsResultSchema.parse(stats)).toEqual(stats)
    expect(stats.series).toHaveLength(30)
    expect(stats.series[0]?.dayKey).toBe('2026-06-02')
    expect(stats.today).toMatchObject({
      dayKey: '2026-07-01',
      breaksDue: 0,
      activeMinutes: 0,
      adherencePercent: null,
      comfortAverage: null,
      longestStretchMinutes: 0
    })
    expect(stats.totals.adherencePercent).toBeNull()
    expect(stats.streakDays).toBe(0)
    expect(stats.comfortAlert).toBe(false)
  })

  it('uses the zone it is given: the same instant is a different day in Tokyo', () => {
    const events = [cue('2026-06-30T20:00:00-04:00')] // 09:00 on 1 July in Tokyo
    expect(computeStats(events, { nowMs, timeZone: zone, days: 2 }).series.map((day) => day.postureDone)).toEqual([1, 0])
    expect(computeStats(events, { nowMs, timeZone: 'Asia/Tokyo', days: 2 }).series.map((day) => day.postureDone)).toEqual([0, 1])
  })

  it('rejects an unknown zone and an impossible number of days', () => {
    expect(() => computeStats([], { nowMs, timeZone: 'Not/AZone', days: 7 })).toThrow(RangeError)
    expect(() => computeStats([], { nowMs, timeZone: zone, days: 0 })).toThrow(RangeError)
    expect(() => computeStats([], { nowMs, timeZone: zone, days: 7.5 })).toThrow(RangeError)
  })
})
