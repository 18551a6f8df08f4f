import { DateTime } from 'luxon'
import { describe, expect, it } from 'vitest'
import { WorkingHoursCalendar } from '../../../src/core/engine/working-hours'
import { defaultSettings, type WorkingHoursSettings } from '../../../src/shared/settings'
import { createHarness, MINUTE_MS } from '../../helpers/engine-harness'

const officeHours: WorkingHoursSettings = { ...defaultSettings.workingHours, enabled: true }

function hours(days: Partial<WorkingHoursSettings['days']>): WorkingHoursSettings {
  const none = { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] }
  return { enabled: true, days: { ...none, ...days } }
}

const iso = (text: string): number => DateTime.fromISO(text, { setZone: true }).toMillis()

function localWall(ms: number, zone: string): string {
  return DateTime.fromMillis(ms, { zone }).toISO({ suppressMilliseconds: true }) ?? ''
}

describe('working-hours calendar', () => {
  it('is always inside when disabled', () => {
    const calendar = new WorkingHoursCalendar(defaultSettings.workingHours, 'UTC')
    expect(calendar.statusAt(iso('2026-03-07T03:00:00Z'))).toEqual({ inside: true, untilWallMs: null })
  })

  it('knows the next boundary across a weekend', () => {
    const calendar = new WorkingHoursCalendar(officeHours, 'America/New_York')
    expect(calendar.statusAt(iso('2026-03-06T16:59:00-05:00'))).toEqual({
      inside: true,
      untilWallMs: iso('2026-03-06T17:00:00-05:00')
    })
    // Saturday: the next start is Monday 09:00, after the spring change (EDT)
    expect(calendar.statusAt(iso('2026-03-07T12:00:00-05:00'))).toEqual({
      inside: false,
      untilWallMs: iso('2026-03-09T09:00:00-04:00')
    })
  })

  it('makes a range across the spring change as long as the clocks say (01:00–04:00 is 2 h)', () => {
    const calendar = new WorkingHoursCalendar(hours({ sun: [{ start: '01:00', end: '04:00' }] }), 'America/New_York')
    const status = calendar.statusAt(iso('2026-03-08T06:30:00Z'))
    expect(status.inside).toBe(true)
    expect(status.untilWallMs).toBe(iso('2026-03-08T08:00:00Z'))
    expect(calendar.statusAt(iso('2026-03-08T05:59:00Z')).untilWallMs).toBe(iso('2026-03-08T06:00:00Z'))
  })

  it('makes a range across the autumn change an hour longer (00:30–04:00 is 4.5 h)', () => {
    const calendar = new WorkingHoursCalendar(hours({ sun: [{ start: '00:30', end: '04:00' }] }), 'America/New_York')
    expect(calendar.statusAt(iso('2026-11-01T04:30:00Z'))).toEqual({ inside: true, untilWallMs: iso('2026-11-01T09:00:00Z') })
  })

  it('does the same in Europe/Berlin', () => {
    const calendar = new WorkingHoursCalendar(officeHours, 'Europe/Berlin')
    expect(calendar.statusAt(iso('2026-03-28T12:00:00+01:00')).untilWallMs).toBe(iso('2026-03-30T09:00:00+02:00'))
    expect(calendar.statusAt(iso('2026-10-24T12:00:00+02:00')).untilWallMs).toBe(iso('2026-10-26T09:00:00+01:00'))
  })

  it('joins ranges that touch across midnight into one span', () => {
    const calendar = new WorkingHoursCalendar(
      hours({ mon: [{ start: '22:00', end: '24:00' }], tue: [{ start: '00:00', end: '06:00' }] }),
      'UTC'
    )
    expect(calendar.statusAt(iso('2026-03-09T23:59:00Z'))).toEqual({ inside: true, untilWallMs: iso('2026-03-10T06:00:00Z') })
    expect(calendar.coversWholly(iso('2026-03-09T22:30:00Z'), iso('2026-03-10T05:00:00Z'))).toBe(true)
    expect(calendar.coversWholly(iso('2026-03-09T22:30:00Z'), iso('2026-03-10T07:00:00Z'))).toBe(false)
  })

  it('is never inside when no day has hours', () => {
    const calendar = new WorkingHoursCalendar(hours({}), 'UTC')
    expect(calendar.statusAt(iso('2026-03-09T12:00:00Z'))).toEqual({ inside: false, untilWallMs: null })
  })

  it('rejects an unknown zone', () => {
    expect(() => new WorkingHoursCalendar(officeHours, 'Mars/Olympus')).toThrow(/unknown time zone/)
  })
})

describe('working hours in the engine', () => {
  it('shows nothing over a weekend and restarts both counts on Monday morning (New York, spring DST)', () => {
    const zone = 'America/New_York'
    const h = createHarness({
      settings: { workingHours: { enabled: true } },
      startWallMs: iso('2026-03-06T16:30:00-05:00'),
      timeZone: zone
    })
    h.at(10)
    h.clock.advanceTo(iso('2026-03-09T10:00:00-04:00') - iso('2026-03-06T16:30:00-05:00'))
    const shown = h.shown().map((event) => `${event.kind}@${localWall(event.wallMs, zone)}`)
    expect(shown).toEqual([
      'posture@2026-03-06T16:50:00-05:00',
      'posture@2026-03-09T09:20:00-04:00',
      'posture@2026-03-09T09:40:00-04:00',
      'breakWarning@2026-03-09T09:49:30-04:00',
      'break@2026-03-09T09:50:00-04:00'
    ])
    expect(h.ofKind('stateChanged').map((event) => event.phase)).toContain('outside-hours')
  })

  it('enters at 09:00 local after the autumn change in New York', () => {
    const zone = 'America/New_York'
    const startWallMs = iso('2026-10-30T16:30:00-04:00')
    const h = createHarness({ settings: { workingHours: { enabled: true } }, startWallMs, timeZone: zone })
    h.clock.advanceTo(iso('2026-11-02T09:30:00-05:00') - startWallMs)
    expect(h.shown().map((event) => localWall(event.wallMs, zone))).toEqual([
      '2026-10-30T16:50:00-04:00',
      '2026-11-02T09:20:00-05:00'
    ])
  })

  it('enters at 09:00 local across both DST changes in Berlin', () => {
    const zone = 'Europe/Berlin'
    for (const [start, monday] of [
      ['2026-03-27T16:45:00+01:00', '2026-03-30T09:20:00+02:00'],
      ['2026-10-23T16:45:00+02:00', '2026-10-26T09:20:00+01:00']
    ] as const) {
      const startWallMs = iso(start)
      const h = createHarness({ settings: { workingHours: { enabled: true } }, startWallMs, timeZone: zone })
      h.clock.advanceTo(iso(monday) - startWallMs + 1)
      expect(h.shown().map((event) => localWall(event.wallMs, zone))).toEqual([monday])
    }
  })

  it('shows nothing due at the very end of working hours', () => {
    const h = createHarness({
      settings: { workingHours: { enabled: true } },
      startWallMs: iso('2026-03-06T16:40:00Z')
    })
    h.at(30)
    expect(h.minutesOf('posture')).toEqual([])
    expect(h.engine.getState().phase).toBe('outside-hours')
  })

  it('lets a break showing at the end of working hours run to its end', () => {
    const h = createHarness({
      settings: { workingHours: { enabled: true }, posture: { enabled: false } },
      startWallMs: iso('2026-03-06T16:08:00Z')
    })
    h.at(55)
    expect(h.minutesOf('break')).toEqual([50])
    expect(h.minutesOf('breakEnded')).toEqual([55])
    expect(h.engine.getState().phase).toBe('outside-hours')
  })

  it('does not wake more than every 15 minutes outside working hours', () => {
    const h = createHarness({
      settings: { workingHours: { enabled: true } },
      startWallMs: iso('2026-03-07T12:00:00Z')
    })
    const before = h.clock.timerCallbacks
    h.at(24 * 60)
    expect(h.clock.timerCallbacks - before).toBeLessThanOrEqual(24 * 4 + 1)
    expect(h.activity.samples).toBe(0)
  })

  it('treats an absence that spans the end of working hours as a new day, not a natural break', () => {
    const h = createHarness({
      settings: { workingHours: { enabled: true } },
      startWallMs: iso('2026-03-09T16:30:00Z')
    })
    h.at(20)
    h.engine.lock()
    h.clock.advanceTo(iso('2026-03-10T09:10:00Z') - iso('2026-03-09T16:30:00Z'))
    h.engine.unlock()
    expect(h.ofKind('natural')).toEqual([])
    h.clock.advanceBy(20 * MINUTE_MS)
    expect(localWall(h.ofKind('posture').at(-1)?.wallMs ?? 0, 'UTC')).toBe('2026-03-10T09:30:00Z')
  })

  it('notices a wall-clock change that leaves working hours before showing anything', () => {
    const h = createHarness({
      settings: { workingHours: { enabled: true } },
      startWallMs: iso('2026-03-06T16:00:00Z')
    })
    h.at(10)
    h.clock.jumpWall(90 * MINUTE_MS) // now 17:40
    h.at(60)
    expect(h.minutesOf('posture')).toEqual([])
    expect(h.engine.getState().phase).toBe('outside-hours')
  })
})

describe('time zone changes', () => {
  it('re-evaluates working hours in the new zone, and refuses an unknown zone without stalling', () => {
    // 14:30 UTC on a Monday: inside hours in London, 06:30 in Los Angeles is outside.
    const h = createHarness({ settings: { workingHours: { enabled: true } }, startWallMs: iso('2026-03-09T14:30:00Z') })
    expect(h.engine.getState().phase).toBe('active')
    h.engine.setTimeZone('America/Los_Angeles')
    expect(h.engine.getState().phase).toBe('outside-hours')
    expect(() => h.engine.setTimeZone('Nowhere/Else')).toThrow(RangeError)
    h.engine.setTimeZone('Europe/London')
    h.at(21)
    expect(h.clock.pendingTimers).toBe(1)
    expect(h.minutesOf('posture')).toEqual([20])
  })
})
