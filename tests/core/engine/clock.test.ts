import { afterEach, describe, expect, it, vi } from 'vitest'
import { createReminderEngine } from '../../../src/core/engine/engine'
import { SystemClock } from '../../../src/core/engine/system-clock'
import type { EngineEvent } from '../../../src/shared/engine-state'
import { createHarness, MINUTE_MS, settingsWith } from '../../helpers/engine-harness'

function scriptedDay(jumps: readonly { atMinutes: number; deltaMinutes: number }[]): EngineEvent[] {
  const h = createHarness()
  const steps: { atMinutes: number; run: () => void }[] = [
    { atMinutes: 10, run: () => h.activity.stopInput() },
    { atMinutes: 17, run: () => { h.activity.resumeInput(); h.engine.noticeInput() } },
    { atMinutes: 130, run: () => h.engine.lock() },
    { atMinutes: 133, run: () => h.engine.unlock() },
    { atMinutes: 200, run: () => h.engine.pause({ minutes: 30 }) },
    ...jumps.map((jump) => ({ atMinutes: jump.atMinutes, run: () => h.clock.jumpWall(jump.deltaMinutes * MINUTE_MS) }))
  ].sort((a, b) => a.atMinutes - b.atMinutes)
  for (const step of steps) {
    h.at(step.atMinutes)
    step.run()
  }
  h.at(400)
  return h.events
}

const monotonicTimeline = (events: EngineEvent[]): string[] =>
  events.map((event) => `${event.kind}@${event.monotonicMs}`)

describe('clocks', () => {
  it('a wall-clock jump forward or back neither fires nor skips anything', () => {
    const plain = scriptedDay([])
    const jumped = scriptedDay([
      { atMinutes: 5, deltaMinutes: 180 },
      { atMinutes: 45, deltaMinutes: -600 },
      { atMinutes: 49.75, deltaMinutes: 30 },
      { atMinutes: 132, deltaMinutes: -1440 }
    ])
    expect(plain.filter((event) => event.kind === 'break').length).toBeGreaterThan(2)
    expect(monotonicTimeline(jumped)).toEqual(monotonicTimeline(plain))
  })

  it('timestamps follow the wall clock as it is at the time', () => {
    const h = createHarness({ settings: { break: { enabled: false } } })
    h.at(5)
    h.clock.jumpWall(-60 * MINUTE_MS)
    h.at(20)
    const cue = h.ofKind('posture')[0]
    expect(cue?.wallMs).toBe(h.clock.wallNowMs())
  })

  it('keeps exactly one timer armed, never a 1 Hz loop', () => {
    const h = createHarness()
    for (let minute = 1; minute <= 8 * 60; minute++) {
      h.at(minute)
      expect(h.clock.pendingTimers).toBe(1)
    }
    expect(h.clock.maxPendingTimers).toBe(1)
    // steady work, default settings: one idle sample per 2 min plus reminders
    const perHour = h.clock.timerCallbacks / 8
    expect(perHour).toBeLessThan(40)
    expect(h.activity.samples / 8).toBeLessThan(40)
  })

  it('samples about once a minute with the smallest threshold (60 s)', () => {
    const h = createHarness({ settings: { idle: { thresholdSeconds: 60 }, posture: { enabled: false }, break: { enabled: false } } })
    h.at(60)
    expect(h.activity.samples).toBeLessThanOrEqual(61)
  })

  it('arms nothing when both reminders are off, and starts counting when one is switched on', () => {
    const h = createHarness({ settings: { posture: { enabled: false }, break: { enabled: false } } })
    expect(h.engine.getState().phase).toBe('disabled')
    expect(h.clock.pendingTimers).toBe(0)
    h.at(100)
    h.engine.updateSettings(settingsWith({ break: { enabled: false } }))
    h.at(120)
    expect(h.minutesOf('posture')).toEqual([120])
  })

  it('dispose cancels the timer and ignores later calls', () => {
    const h = createHarness()
    h.at(10)
    h.engine.dispose()
    expect(h.clock.pendingTimers).toBe(0)
    expect(h.engine.startBreakNow()).toBe(false)
    h.at(100)
    expect(h.shown()).toEqual([])
  })

  it('delivers events after its state is settled, so a sink may call back into the engine', () => {
    const h = createHarness()
    let answered = false
    const events: EngineEvent[] = []
    const engine = createReminderEngine({
      clock: h.clock,
      activity: h.activity,
      settings: settingsWith(),
      timeZone: 'UTC',
      sink: (event) => {
        events.push(event)
        if (event.kind === 'break' && !answered) {
          answered = true
          expect(engine.respondToBreak('skip')).toBe(true)
        }
      }
    })
    h.engine.dispose()
    h.at(51)
    expect(events.filter((e) => e.kind !== 'stateChanged').map((e) => e.kind)).toEqual([
      'posture',
      'posture',
      'breakWarning',
      'break',
      'breakEnded'
    ])
    engine.dispose()
  })
})

describe('SystemClock', () => {
  afterEach(() => {
    vi.restoreAllMocks()
  })

  it('fires a timer no earlier than asked, and can cancel one', async () => {
    const clock = new SystemClock({ keepAlive: false })
    const startMs = clock.monotonicNowMs()
    const fired = await new Promise<number>((resolve) => {
      clock.setTimer(startMs + 30, () => resolve(clock.monotonicNowMs()))
    })
    expect(fired).toBeGreaterThanOrEqual(startMs + 30)

    let cancelledFired = false
    const cancel = clock.setTimer(clock.monotonicNowMs() + 10, () => {
      cancelledFired = true
    })
    cancel()
    await new Promise((resolve) => setTimeout(resolve, 40))
    expect(cancelledFired).toBe(false)
  })

  it('adds the time slept across a suspend, and only then', () => {
    const clock = new SystemClock()
    let wallMs = 1_000_000
    vi.spyOn(Date, 'now').mockImplementation(() => wallMs)
    const before = clock.monotonicNowMs()
    clock.noteSuspend()
    wallMs += 45 * MINUTE_MS // the machine slept; performance.now() did not move
    clock.noteResume()
    expect(clock.monotonicNowMs() - before).toBeGreaterThanOrEqual(45 * MINUTE_MS)

    const afterSleep = clock.monotonicNowMs()
    wallMs += 90 * MINUTE_MS // an ordinary wall-clock change: not time
    expect(clock.monotonicNowMs() - afterSleep).toBeLessThan(1000)
    expect(clock.wallNowMs()).toBe(wallMs)
  })

  it('runs the engine on real timers', () => {
    const clock = new SystemClock({ keepAlive: false })
    const events: EngineEvent[] = []
    const engine = createReminderEngine({
      clock,
      activity: { idleSeconds: () => 0 },
      settings: settingsWith({ break: { enabled: false } }),
      sink: (event) => events.push(event)
    })
    expect(engine.postureNow()).toBe(true)
    expect(events.map((event) => event.kind)).toEqual(['posture'])
    expect(engine.getState().nextPostureInSeconds).toBeGreaterThan(20 * 60 - 1)
    engine.dispose()
  })
})
