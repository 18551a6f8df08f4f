import { describe, expect, it } from 'vitest'
import { createReminderEngine } from '../../../src/core/engine/engine'
import { engineSnapshotSchema } from '../../../src/shared/engine-snapshot'
import type { EngineEvent } from '../../../src/shared/engine-state'
import { createHarness, MINUTE_MS, settingsWith } from '../../helpers/engine-harness'
import { ScriptedActivity } from '../../../src/core/simulator/scripted-activity'
import { ScriptedClock } from '../../../src/core/simulator/scripted-clock'

describe('gentle breaks nobody answered', () => {
  const gentle = { break: { level: 'gentle' as const } }

  it('are missed when the user kept working through them, and both counts restart as after a skip', () => {
    const h = createHarness({ settings: gentle })
    h.at(56)
    expect(h.ofKind('breakEnded')).toEqual([expect.objectContaining({ outcome: 'missed', takenSeconds: 300, plannedSeconds: 300 })])
    h.at(110)
    // restarted at 55: posture 75, 95; break 105
    expect(h.minutesOf('break')).toEqual([50, 105])
  })

  it('count as taken when there was no input for at least 80 % of them', () => {
    const h = createHarness({ settings: gentle })
    h.at(50.5)
    h.activity.stopInput()
    h.at(54.5)
    // back after 4 of its 5 minutes: exactly 80 % without input
    h.activity.resumeInput()
    h.at(56)
    expect(h.ofKind('breakEnded').map((e) => e.outcome)).toEqual(['completed'])
  })

  it('are missed when the quiet stretch falls short of 80 %', () => {
    const h = createHarness({ settings: gentle })
    h.at(50.5)
    h.activity.stopInput()
    h.at(54.25)
    h.activity.resumeInput()
    h.at(56)
    expect(h.ofKind('breakEnded').map((e) => e.outcome)).toEqual(['missed'])
  })

  it('are missed with input in the middle, even if the rest was quiet', () => {
    const h = createHarness({ settings: gentle })
    h.at(50)
    h.activity.stopInput()
    h.at(52)
    h.activity.resumeInput()
    h.activity.stopInput()
    h.at(56)
    expect(h.ofKind('breakEnded').map((e) => e.outcome)).toEqual(['missed'])
  })

  it('count as taken when answered, whatever the input', () => {
    const h = createHarness({ settings: gentle })
    h.at(50)
    expect(h.engine.respondToBreak('complete')).toBe(true)
    h.at(56)
    expect(h.ofKind('breakEnded').map((e) => e.outcome)).toEqual(['completed'])
  })

  it('never apply to normal-level breaks (the window is the answer)', () => {
    const h = createHarness()
    h.at(56)
    expect(h.ofKind('breakEnded').map((e) => e.outcome)).toEqual(['completed'])
  })
})

describe('postpone from the warning', () => {
  it('postpones the announced break at once, without a window, and uses up a postpone', () => {
    const h = createHarness()
    h.at(49.6)
    expect(h.engine.getState().phase).toBe('warning')
    expect(h.engine.postponeFromWarning()).toBe(true)
    expect(h.ofKind('breakEnded')).toEqual([
      expect.objectContaining({ outcome: 'postponed', fromWarning: true, takenSeconds: 0, plannedSeconds: 300 })
    ])
    h.at(60)
    // due 5 active minutes after the postpone (54.6), warned again 30 s before
    expect(h.ofKind('break')).toEqual([expect.objectContaining({ postponesLeft: 1, monotonicMs: 54.6 * MINUTE_MS })])
    expect(h.minutesOf('breakWarning')).toEqual([49.5, 54.1])
  })

  it('is refused without a pending warning, in strict level and with no postpones left', () => {
    expect(createHarness().engine.postponeFromWarning()).toBe(false)
    const strict = createHarness({ settings: { break: { level: 'strict' } } })
    strict.at(49.6)
    expect(strict.engine.postponeFromWarning()).toBe(false)
    const none = createHarness({ settings: { break: { maxPostpones: 0 } } })
    none.at(49.6)
    expect(none.engine.postponeFromWarning()).toBe(false)
  })
})

/** An engine that quits at `quitAtMinutes` and starts again `downMinutes` later on the same clock. */
function restartScenario(quitAtMinutes: number, downMinutes: number, patch = {}) {
  const h = createHarness({ settings: patch })
  h.at(quitAtMinutes)
  const saved = engineSnapshotSchema.parse(JSON.parse(JSON.stringify(h.engine.prepareForQuit())))
  h.engine.dispose()
  h.at(quitAtMinutes + downMinutes)
  const events: EngineEvent[] = []
  const engine = createReminderEngine({
    clock: h.clock,
    activity: h.activity,
    settings: settingsWith(patch),
    sink: (event) => events.push(event),
    timeZone: 'UTC',
    restore: saved
  })
  const minutesOf = (kind: EngineEvent['kind']): number[] =>
    events.filter((event) => event.kind === kind).map((event) => Math.round((event.monotonicMs / MINUTE_MS) * 1e6) / 1e6)
  return { h, engine, events, saved, minutesOf }
}

describe('restart', () => {
  it('resumes the break count after a downtime shorter than a break, and restarts the posture count', () => {
    const r = restartScenario(30, 3)
    r.h.at(60)
    expect(r.minutesOf('natural')).toEqual([])
    // posture restarted at 33 would be due at 53, held back by the break warned at 52.5
    expect(r.minutesOf('posture')).toEqual([])
    expect(r.minutesOf('breakWarning')).toEqual([52.5])
    expect(r.minutesOf('break')).toEqual([53])
  })

  it('records a downtime of at least a break as a natural break', () => {
    const r = restartScenario(30, 7)
    expect(r.events).toEqual([expect.objectContaining({ kind: 'natural', awayMinutes: 7 })])
    r.h.at(100)
    expect(r.minutesOf('break')).toEqual([87])
  })

  it('keeps postpones used and a pause across the restart', () => {
    const h = createHarness()
    h.at(50)
    h.engine.respondToBreak('postpone')
    h.at(51)
    h.engine.pause({ minutes: 30 })
    const saved = h.engine.prepareForQuit()
    expect(saved.tracks.postponesUsed).toBe(1)
    expect(saved.pause).toEqual({ untilWallMs: h.clock.wallNowMs() + 30 * MINUTE_MS })
    h.engine.dispose()
    const events: EngineEvent[] = []
    const engine = createReminderEngine({
      clock: h.clock,
      activity: h.activity,
      settings: h.settings,
      sink: (event) => events.push(event),
      timeZone: 'UTC',
      restore: saved
    })
    expect(engine.getState().phase).toBe('paused')
    h.at(82)
    expect(events.map((event) => event.kind)).toContain('resumed')
  })

  it('records a break showing at quit as skipped', () => {
    const h = createHarness()
    h.at(51)
    h.engine.prepareForQuit()
    expect(h.ofKind('breakEnded').map((event) => event.outcome)).toEqual(['skipped'])
  })

  it('starts the absence at the last input when the user was idle at quit', () => {
    const h = createHarness()
    h.at(20.5)
    h.activity.stopInput()
    h.at(21.5)
    const saved = h.engine.prepareForQuit()
    expect(saved.awaySinceWallMs).toBe(h.clock.wallNowMs() - MINUTE_MS)
    expect(saved.tracks.breakCountMs).toBe(20.5 * MINUTE_MS)
  })

  it('carries reading mode when it has not ended', () => {
    const clock = new ScriptedClock(Date.parse('2026-03-06T16:00:00Z'))
    const activity = new ScriptedActivity(clock)
    const settings = settingsWith()
    const first = createReminderEngine({ clock, activity, settings, sink: () => undefined, timeZone: 'UTC' })
    first.setReading(30 * MINUTE_MS)
    const saved = first.prepareForQuit()
    first.dispose()
    const second = createReminderEngine({ clock, activity, settings, sink: () => undefined, timeZone: 'UTC', restore: saved })
    expect(second.getState().readingUntilWallMs).toBe(Date.parse('2026-03-06T16:30:00Z'))
  })
})
