import { describe, expect, it } from 'vitest'
import { createHarness, MINUTE_MS } from '../../helpers/engine-harness'

describe('pause', () => {
  it('shows and counts nothing for the given minutes, then restarts both counts', () => {
    const h = createHarness()
    h.at(10)
    h.engine.pause({ minutes: 60 })
    expect(h.ofKind('paused')).toEqual([expect.objectContaining({ untilWallMs: h.clock.wallNowMs() + 60 * MINUTE_MS })])
    expect(h.engine.getState()).toMatchObject({ phase: 'paused', paused: true, nextBreakInSeconds: null })
    h.at(69.9)
    expect(h.shown()).toEqual([])
    h.at(70)
    expect(h.minutesOf('resumed')).toEqual([70])
    h.at(125)
    expect(h.minutesOf('posture')).toEqual([90, 110])
    expect(h.minutesOf('break')).toEqual([120])
  })

  it('lasts until resumed when indefinite', () => {
    const h = createHarness()
    h.engine.pause('indefinite')
    expect(h.engine.getState()).toMatchObject({ paused: true, pausedUntilWallMs: null })
    h.at(500)
    expect(h.shown()).toEqual([])
    expect(h.clock.pendingTimers).toBe(0)
    h.engine.resume()
    h.at(520)
    expect(h.minutesOf('posture')).toEqual([520])
  })

  it('ends at a wall-clock time ("until tomorrow"), even if the wall clock is changed meanwhile', () => {
    const h = createHarness()
    const startWallMs = h.clock.wallNowMs()
    h.engine.pause({ untilWallMs: startWallMs + 120 * MINUTE_MS })
    h.at(30)
    h.clock.jumpWall(60 * MINUTE_MS) // the wall now reads 90 min after start
    h.at(60)
    // wall = start + 120: the pause is over, noticed within the 15-minute wall re-check
    h.at(75)
    expect(h.minutesOf('resumed')).toHaveLength(1)
    const resumedAt = h.minutesOf('resumed')[0] ?? 0
    expect(resumedAt).toBeGreaterThanOrEqual(60)
    expect(resumedAt).toBeLessThanOrEqual(75)
  })

  it('ignores a pause until a time already past', () => {
    const h = createHarness()
    h.engine.pause({ untilWallMs: h.clock.wallNowMs() - 1 })
    expect(h.engine.getState().paused).toBe(false)
  })

  it('asked for during a break begins when that break ends', () => {
    const h = createHarness({ settings: { break: { level: 'strict' } } })
    h.at(51)
    h.engine.pause({ minutes: 30 })
    expect(h.engine.getState().phase).toBe('break')
    h.at(55)
    expect(h.ofKind('breakEnded')).toEqual([expect.objectContaining({ outcome: 'completed' })])
    expect(h.engine.getState().phase).toBe('paused')
    h.at(81)
    expect(h.minutesOf('resumed')).toEqual([81])
    h.at(101)
    expect(h.minutesOf('posture')).toEqual([20, 40, 101])
  })

  it('a new pause replaces the current one', () => {
    const h = createHarness()
    h.engine.pause({ minutes: 60 })
    h.at(10)
    h.engine.pause({ minutes: 5 })
    h.at(15)
    expect(h.minutesOf('resumed')).toEqual([15])
  })

  it('taking a break now ends the pause', () => {
    const h = createHarness()
    h.engine.pause('indefinite')
    h.at(10)
    expect(h.engine.startBreakNow()).toBe(true)
    expect(h.minutesOf('resumed')).toEqual([10])
    expect(h.engine.getState().phase).toBe('break')
  })
})
