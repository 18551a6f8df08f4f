import { describe, expect, it } from 'vitest'
import { createReminderEngine } from '../../../src/core/engine/engine'
import type { EngineEvent } from '../../../src/shared/engine-state'
import { createHarness, MINUTE_MS, settingsWith } from '../../helpers/engine-harness'
import { ScriptedActivity } from '../../../src/core/simulator/scripted-activity'
import { ScriptedClock } from '../../../src/core/simulator/scripted-clock'

/** 09:00 UTC on a Wednesday: slot :50 is at minute 50, :20 at minute 20. */
const NINE = Date.parse('2026-03-04T09:00:00Z')
const clockBreaks = { break: { schedule: 'clock' as const, clockMinutes: [50], minActiveMinutes: 10 } }

describe('clock-aligned breaks (DESIGN.md §3)', () => {
  it('brings a break at each slot by the wall clock, warned warningSeconds before, whatever the active count', () => {
    const h = createHarness({ startWallMs: NINE, settings: { ...clockBreaks, posture: { enabled: false } } })
    h.at(170)
    expect(h.minutesOf('breakWarning')).toEqual([49.5, 109.5, 169.5])
    expect(h.minutesOf('break')).toEqual([50, 110, 170])
  })

  it('lets a slot pass quietly, without a warning, when the user has not worked minActiveMinutes since the count restarted', () => {
    const h = createHarness({ startWallMs: Date.parse('2026-03-04T09:45:00Z'), settings: { ...clockBreaks, posture: { enabled: false } } })
    h.at(64)
    expect(h.minutesOf('breakWarning')).toEqual([])
    expect(h.minutesOf('break')).toEqual([])
    h.at(65)
    expect(h.minutesOf('break')).toEqual([65])
  })

  it('tells the tray when the next clock break is, by wall time', () => {
    const h = createHarness({ startWallMs: NINE, settings: clockBreaks })
    h.at(5)
    expect(h.engine.getState()).toMatchObject({
      phase: 'active',
      nextBreakBySlot: true,
      nextBreakAtWallMs: Date.parse('2026-03-04T09:50:00Z'),
      nextBreakInSeconds: 45 * 60
    })
  })

  it('fires none of the slots a wall clock set forward crossed, noticed at the next wakeup without being told', () => {
    const h = createHarness({ startWallMs: NINE, settings: { ...clockBreaks, posture: { enabled: false } } })
    h.at(20)
    h.clock.jumpWall(90 * MINUTE_MS) // 09:20 → 10:50: the 09:50 slot (and 10:50, landed on) are crossed
    h.at(79)
    expect(h.minutesOf('break')).toEqual([])
    h.at(80)
    // 11:50 by the new wall clock
    expect(h.minutesOf('break')).toEqual([80])
  })

  it('sees a slot brought closer by a clock set forward within WALL_RECHECK, and never repeats one after a clock set back', () => {
    const h = createHarness({ startWallMs: NINE, settings: { ...clockBreaks, posture: { enabled: false } } })
    h.at(20)
    h.clock.jumpWall(10 * MINUTE_MS) // 09:20 → 09:30: the 09:50 slot is now 20 minutes away
    h.at(41)
    expect(h.minutesOf('break').length).toBe(1)
    const firstBreakMinute = h.minutesOf('break')[0] ?? 0
    expect(firstBreakMinute).toBeLessThanOrEqual(40 + 15)
    h.at(60)
    h.clock.jumpWall(-30 * MINUTE_MS)
    h.at(90)
    expect(h.minutesOf('break')).toEqual([firstBreakMinute])
  })

  it('withdraws a warned slot that a clock jump passed over, so posture cues come again', () => {
    const h = createHarness({ startWallMs: NINE, settings: { ...clockBreaks, posture: { enabled: true, intervalMinutes: 20 } } })
    h.at(49.6)
    expect(h.engine.getState().phase).toBe('warning')
    h.clock.jumpWall(30 * MINUTE_MS)
    h.engine.wallClockChanged()
    expect(h.engine.getState().phase).toBe('active')
    h.at(79)
    // the 09:50 slot is gone; the next is 10:50 by the new wall clock (minute 80)
    expect(h.minutesOf('break')).toEqual([])
    expect(h.minutesOf('posture')).toEqual([20, 40, 60])
  })

  it('passes a slot that comes while the user is away or the screen is locked', () => {
    const h = createHarness({ startWallMs: NINE, settings: { ...clockBreaks, posture: { enabled: false } } })
    h.at(45)
    h.engine.lock()
    h.at(53)
    h.engine.unlock()
    h.at(109)
    expect(h.minutesOf('break')).toEqual([])
    expect(h.minutesOf('natural')).toEqual([53])
    h.at(110)
    expect(h.minutesOf('break')).toEqual([110])
  })

  it('brings a postponed clock break back after postponeMinutes of active time', () => {
    const h = createHarness({ startWallMs: NINE, settings: { ...clockBreaks, posture: { enabled: false } } })
    h.at(50)
    expect(h.engine.respondToBreak('postpone')).toBe(true)
    h.at(56)
    expect(h.minutesOf('break')).toEqual([50, 55])
    expect(h.ofKind('break')[1]?.postponesLeft).toBe(1)
  })

  it('keeps the engine to one timer between slots (no polling)', () => {
    const h = createHarness({ startWallMs: NINE, settings: { ...clockBreaks, posture: { enabled: false } } })
    h.at(30)
    expect(h.clock.pendingTimers).toBe(1)
  })
})

describe('skips per day', () => {
  it('stops offering skip after maxSkipsPerDay skips in a local day, offers it again after midnight', () => {
    const start = Date.parse('2026-03-04T22:00:00Z')
    const h = createHarness({ startWallMs: start, settings: { break: { intervalMinutes: 30, maxSkipsPerDay: 1 }, posture: { enabled: false } } })
    h.at(30)
    expect(h.ofKind('break')[0]).toMatchObject({ skipsLeft: 1, canSkip: true })
    expect(h.engine.respondToBreak('skip')).toBe(true)
    h.at(60)
    expect(h.ofKind('break')[1]).toMatchObject({ skipsLeft: 0, canSkip: false, canPostpone: true })
    expect(h.engine.respondToBreak('skip')).toBe(false)
    expect(h.engine.getState().skipsLeft).toBe(0)
    h.at(129) // 00:09: the break at 95 (23:35) still had none
    expect(h.ofKind('break').at(-1)).toMatchObject({ skipsLeft: 0, canSkip: false })
    h.at(130) // 00:10 the next day
    expect(h.ofKind('break').at(-1)).toMatchObject({ skipsLeft: 1, canSkip: true })
  })

  it('does not count skipping a break the user started', () => {
    const h = createHarness({ startWallMs: NINE, settings: { break: { maxSkipsPerDay: 1 } } })
    h.at(10)
    expect(h.engine.startBreakNow()).toBe(true)
    expect(h.engine.respondToBreak('skip')).toBe(true)
    expect(h.engine.getState().skipsLeft).toBe(1)
  })
})

describe('daily limit', () => {
  // No breaks to take time off the count here; time counts while a track is on (posture, rarely).
  const limit = { dailyLimit: { enabled: true, minutes: 60, remindMinutes: 30 }, posture: { enabled: true, intervalMinutes: 240 }, break: { enabled: false } }

  it('reminds when today’s active time reaches the limit, then every remindMinutes, silent while busy', () => {
    const h = createHarness({ startWallMs: NINE, settings: limit })
    h.at(60)
    expect(h.ofKind('dailyLimit')).toEqual([expect.objectContaining({ activeMinutes: 60, limitMinutes: 60, silent: false })])
    h.engine.setBusy(true)
    h.at(90)
    expect(h.ofKind('dailyLimit')[1]).toMatchObject({ activeMinutes: 90, silent: true })
    // it interrupts nothing
    expect(h.engine.getState().phase).toBe('active')
  })

  it('counts only active time, and starts afresh at local midnight', () => {
    const h = createHarness({ startWallMs: Date.parse('2026-03-04T23:00:00+01:00'), timeZone: 'Europe/Berlin', settings: limit })
    h.at(50)
    expect(h.engine.getState().activeMinutesToday).toBeCloseTo(50, 5)
    h.engine.lock()
    h.at(65) // locked over midnight (minute 60)
    h.engine.unlock()
    h.at(69)
    // 50 active minutes before midnight, then a new day: 60 more are needed
    expect(h.ofKind('dailyLimit')).toEqual([])
    expect(h.engine.getState().activeMinutesToday).toBeCloseTo(4, 5)
    h.at(125)
    expect(h.minutesOf('dailyLimit')).toEqual([125])
  })

  it('keeps today’s count and skips across a restart on the same day', () => {
    const clock = new ScriptedClock(NINE)
    const activity = new ScriptedActivity(clock)
    const settings = settingsWith({ ...limit, break: { intervalMinutes: 50, maxSkipsPerDay: 2 } })
    const events: EngineEvent[] = []
    const first = createReminderEngine({ clock, activity, settings, sink: (event) => events.push(event), timeZone: 'UTC' })
    clock.advanceTo(50 * MINUTE_MS)
    expect(first.respondToBreak('skip')).toBe(true)
    clock.advanceTo(55 * MINUTE_MS)
    const saved = first.prepareForQuit()
    first.dispose()
    clock.advanceTo(57 * MINUTE_MS)
    const second = createReminderEngine({ clock, activity, settings, sink: (event) => events.push(event), timeZone: 'UTC', restore: saved })
    expect(second.getState().skipsLeft).toBe(1)
    clock.advanceTo(62 * MINUTE_MS)
    // 50 + 5 before the quit, 5 after it
    expect(events.filter((event) => event.kind === 'dailyLimit').map((event) => event.monotonicMs / MINUTE_MS)).toEqual([62])
    second.dispose()
  })
})
