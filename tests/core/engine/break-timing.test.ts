import { describe, expect, it } from 'vitest'
import { engineEventSchema } from '../../../src/shared/engine-state'
import { createHarness } from '../../helpers/engine-harness'

describe('break timing', () => {
  it('warns warningSeconds before the break and shows it after intervalMinutes of active time', () => {
    const h = createHarness()
    h.at(49.4)
    expect(h.ofKind('breakWarning')).toHaveLength(0)
    h.at(49.5)
    expect(h.minutesOf('breakWarning')).toEqual([49.5])
    expect(h.ofKind('breakWarning')[0]?.dueInSeconds).toBe(30)
    h.at(50)
    expect(h.minutesOf('break')).toEqual([50])
    expect(h.ofKind('break')[0]).toMatchObject({
      postponesLeft: 2,
      canSkip: true,
      canPostpone: true,
      durationSeconds: 300,
      level: 'normal',
      manual: false
    })
  })

  it('lets a completed break run durationMinutes, then restarts the count from its end', () => {
    const h = createHarness()
    h.at(54.9)
    expect(h.ofKind('breakEnded')).toHaveLength(0)
    expect(h.engine.getState().phase).toBe('break')
    h.at(55)
    expect(h.ofKind('breakEnded')).toEqual([expect.objectContaining({ outcome: 'completed', takenSeconds: 300 })])
    h.at(200)
    // 55 + 50 = 105, then 110 + 50 = 160
    expect(h.minutesOf('break')).toEqual([50, 105, 160])
    expect(h.minutesOf('breakWarning')).toEqual([49.5, 104.5, 159.5])
  })

  it('brings a postponed break back after postponeMinutes of active time, warning again', () => {
    const h = createHarness()
    h.at(50)
    expect(h.engine.respondToBreak('postpone')).toBe(true)
    expect(h.ofKind('breakEnded').at(-1)).toMatchObject({ outcome: 'postponed', takenSeconds: 0 })
    h.at(56)
    expect(h.minutesOf('breakWarning')).toEqual([49.5, 54.5])
    expect(h.minutesOf('break')).toEqual([50, 55])
    expect(h.ofKind('break')[1]?.postponesLeft).toBe(1)
  })

  it('offers postpone at most maxPostpones times in a row', () => {
    const h = createHarness()
    h.at(50)
    expect(h.engine.respondToBreak('postpone')).toBe(true)
    h.at(55)
    expect(h.engine.respondToBreak('postpone')).toBe(true)
    h.at(60)
    const third = h.ofKind('break')[2]
    expect(third).toMatchObject({ postponesLeft: 0, canPostpone: false, canSkip: true })
    expect(h.engine.respondToBreak('postpone')).toBe(false)
    expect(h.engine.getState().phase).toBe('break')
    h.at(65)
    // completed: the next cycle offers postpones again
    h.at(115)
    expect(h.ofKind('break')[3]).toMatchObject({ postponesLeft: 2, canPostpone: true })
  })

  it('skip ends the break at once and restarts both counts', () => {
    const h = createHarness({ settings: { posture: { enabled: false } } })
    h.at(50)
    expect(h.engine.respondToBreak('skip')).toBe(true)
    expect(h.ofKind('breakEnded')).toEqual([expect.objectContaining({ outcome: 'skipped', takenSeconds: 0 })])
    expect(h.engine.getState().phase).toBe('active')
    h.at(100)
    expect(h.minutesOf('break')).toEqual([50, 100])
  })

  it('strict level offers neither skip nor postpone and cannot be cut short', () => {
    const h = createHarness({ settings: { break: { level: 'strict' } } })
    h.at(50)
    expect(h.ofKind('break')[0]).toMatchObject({ postponesLeft: 0, canSkip: false, canPostpone: false, level: 'strict' })
    expect(h.engine.respondToBreak('skip')).toBe(false)
    expect(h.engine.respondToBreak('postpone')).toBe(false)
    expect(h.engine.finishBreak()).toBe(false)
    expect(h.engine.respondToBreak('complete')).toBe(true)
    h.at(54)
    expect(h.engine.getState().phase).toBe('break')
    h.at(55)
    expect(h.ofKind('breakEnded')).toEqual([expect.objectContaining({ outcome: 'completed' })])
  })

  it('gentle level keeps the same timing (presentation is the app’s business)', () => {
    const h = createHarness({ settings: { break: { level: 'gentle' } } })
    h.at(120)
    expect(h.minutesOf('break')).toEqual([50, 105])
    expect(h.ofKind('break')[0]?.level).toBe('gentle')
  })

  it('finishBreak ends the break early as completed', () => {
    const h = createHarness({ settings: { posture: { enabled: false } } })
    h.at(52)
    expect(h.engine.finishBreak()).toBe(true)
    expect(h.ofKind('breakEnded')).toEqual([expect.objectContaining({ outcome: 'completed', takenSeconds: 120 })])
    h.at(102)
    expect(h.minutesOf('break')).toEqual([50, 102])
  })

  it('starts a break on demand, skippable, and counts from its end', () => {
    const h = createHarness({ settings: { break: { level: 'strict' }, posture: { enabled: false } } })
    h.at(10)
    expect(h.engine.startBreakNow()).toBe(true)
    expect(h.engine.startBreakNow()).toBe(false)
    expect(h.ofKind('break')[0]).toMatchObject({ manual: true, canSkip: true, canPostpone: false })
    h.at(15)
    h.at(65)
    expect(h.minutesOf('break')).toEqual([10, 65])
  })

  it('answers nothing when no break is showing', () => {
    const h = createHarness()
    expect(h.engine.respondToBreak('skip')).toBe(false)
    expect(h.engine.finishBreak()).toBe(false)
  })

  it('emits events that match the shared schema', () => {
    const h = createHarness()
    h.at(120)
    h.engine.respondToPosture('ignore')
    expect(h.events.length).toBeGreaterThan(5)
    for (const event of h.events) expect(engineEventSchema.parse(event)).toEqual(event)
    expect(h.ofKind('postureResponse')[0]?.response).toBe('ignore')
  })

  it('skips a warning longer than the interval rather than showing it before the count starts', () => {
    const h = createHarness({ settings: { break: { intervalMinutes: 5, warningSeconds: 600 }, posture: { enabled: false } } })
    h.at(6)
    expect(h.minutesOf('breakWarning')).toEqual([])
    expect(h.minutesOf('break')).toEqual([5])
  })
})
