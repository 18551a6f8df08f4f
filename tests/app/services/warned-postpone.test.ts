import { describe, expect, it } from 'vitest'
import { createWarnedPostpone } from '../../../src/app/services/warned-postpone'
import { createHarness } from '../../helpers/engine-harness'

/** Breaks every 10 min with a 1-minute warning; the warned postpone listens to the engine. */
function setup() {
  const harness = createHarness({ settings: { posture: { enabled: false }, break: { intervalMinutes: 10, warningSeconds: 60 } } })
  const warned = createWarnedPostpone(harness.engine)
  // The harness records events itself; replay them to the listener as they come.
  let seen = 0
  const at = (minutes: number): void => {
    harness.at(minutes)
    for (; seen < harness.events.length; seen += 1) {
      const event = harness.events[seen]
      if (event) warned.onEngineEvent(event)
    }
  }
  return { harness, warned, at }
}

describe('postpone from a break warning', () => {
  it('is refused when no break is announced', () => {
    const { warned, at } = setup()
    at(5)
    expect(warned.request()).toBe(false)
  })

  it('postpones the announced break the moment it starts', () => {
    const { harness, warned, at } = setup()
    at(9.5)
    expect(harness.engine.getState().phase).toBe('warning')
    expect(warned.request()).toBe(true)
    at(10.5)
    expect(harness.ofKind('breakEnded').map((event) => event.outcome)).toEqual(['postponed'])
    expect(harness.engine.getState().phase).not.toBe('break')
  })

  it('does not carry over to a later break', () => {
    const { harness, warned, at } = setup()
    at(9.5)
    warned.request()
    at(10.5)
    at(16)
    expect(harness.engine.getState().phase).toBe('break')
  })
})
