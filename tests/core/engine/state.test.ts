import { describe, expect, it } from 'vitest'
import { engineStateSchema } from '../../../src/shared/engine-state'
import { createHarness, MINUTE_MS } from '../../helpers/engine-harness'

describe('engine state', () => {
  it('reports the next break and posture cue in active seconds, with an estimated wall time', () => {
    const h = createHarness()
    h.at(10)
    const state = h.engine.getState()
    expect(engineStateSchema.parse(state)).toEqual(state)
    expect(state).toMatchObject({
      phase: 'active',
      nextBreakInSeconds: 40 * 60,
      nextBreakAtWallMs: h.clock.wallNowMs() + 40 * MINUTE_MS,
      nextPostureInSeconds: 10 * 60,
      postponesLeft: 2,
      canSkip: true,
      canPostpone: true,
      breakStartedAtWallMs: null,
      breakEndsAtWallMs: null,
      paused: false,
      busy: false
    })
  })

  it('is current between wakeups without waking the engine', () => {
    const h = createHarness()
    const callbacks = h.clock.timerCallbacks
    const samples = h.activity.samples
    h.clock.advanceBy(0)
    expect(h.engine.getState().nextBreakInSeconds).toBe(50 * 60)
    expect(h.clock.timerCallbacks).toBe(callbacks)
    expect(h.activity.samples).toBe(samples)
  })

  it('goes through warning and break phases and says when the break started and ends', () => {
    const h = createHarness()
    const phases = (): string[] => h.ofKind('stateChanged').map((event) => event.phase)
    h.at(49.5)
    expect(h.engine.getState().phase).toBe('warning')
    h.at(50)
    expect(h.engine.getState().breakEndsAtWallMs).toBe(h.clock.wallNowMs() + 5 * MINUTE_MS)
    expect(h.engine.getState().nextBreakInSeconds).toBeNull()
    const startedAtWallMs = h.clock.wallNowMs()
    expect(h.engine.getState().breakStartedAtWallMs).toBe(startedAtWallMs)
    // Two minutes in, the start is still the start: a reloaded break window reads it.
    h.at(52)
    expect(h.engine.getState()).toMatchObject({ breakStartedAtWallMs: startedAtWallMs, breakEndsAtWallMs: startedAtWallMs + 5 * MINUTE_MS })
    h.at(55)
    expect(phases()).toEqual(['warning', 'break', 'active'])
  })

  it('keeps the remaining time while away, without a wall estimate', () => {
    const h = createHarness()
    h.at(30)
    h.engine.lock()
    h.at(32)
    expect(h.engine.getState()).toMatchObject({ phase: 'away', nextBreakInSeconds: 20 * 60, nextBreakAtWallMs: null })
  })
})
