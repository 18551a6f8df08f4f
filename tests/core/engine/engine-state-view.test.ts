import { describe, expect, it } from 'vitest'
import { describeEngineState, type EngineStateInputs } from '../../../src/core/engine/engine-state-view'
import { WakeMoment } from '../../../src/core/engine/wake-moment'

const NOW_WALL_MS = Date.parse('2026-03-06T16:00:00Z')
const MINUTE_MS = 60_000

function inputs(patch: Partial<EngineStateInputs> = {}): EngineStateInputs {
  return {
    phase: 'active',
    moment: new WakeMoment(100 * MINUTE_MS, NOW_WALL_MS),
    pendingMs: 0,
    scheduling: true,
    untilPostureMs: 10 * MINUTE_MS,
    untilBreakMs: 30 * MINUTE_MS,
    breakSlotWallMs: null,
    breakMomentKnown: true,
    offers: { postponesLeft: 2, canSkip: true, canPostpone: true, skipsLeft: null },
    breakStartedAtMs: null,
    breakEndsAtMs: null,
    pause: null,
    readingUntilMs: null,
    busy: false,
    activeMinutesToday: 42,
    ...patch
  }
}

describe('describeEngineState', () => {
  it('takes the active time since the last wakeup off what is left, and adds it to today', () => {
    const state = describeEngineState(inputs({ pendingMs: 4 * MINUTE_MS }))
    expect(state.nextPostureInSeconds).toBe(6 * 60)
    expect(state.nextBreakInSeconds).toBe(26 * 60)
    expect(state.nextBreakAtWallMs).toBe(NOW_WALL_MS + 26 * MINUTE_MS)
    expect(state.nextBreakBySlot).toBe(false)
    expect(state.activeMinutesToday).toBe(46)
  })

  it('never reports a negative time left', () => {
    const state = describeEngineState(inputs({ pendingMs: 40 * MINUTE_MS }))
    expect(state.nextPostureInSeconds).toBe(0)
    expect(state.nextBreakInSeconds).toBe(0)
  })

  it('names no break time in wall time when the user is away or the break waits', () => {
    const state = describeEngineState(inputs({ breakMomentKnown: false }))
    expect(state.nextBreakInSeconds).toBe(30 * 60)
    expect(state.nextBreakAtWallMs).toBeNull()
  })

  it('shows no reminder ahead while nothing can fall due (break showing, paused, outside hours)', () => {
    const state = describeEngineState(inputs({ scheduling: false }))
    expect(state.nextPostureInSeconds).toBeNull()
    expect(state.nextBreakInSeconds).toBeNull()
    expect(state.nextBreakAtWallMs).toBeNull()
  })

  it('on the clock schedule names the next slot by wall time', () => {
    const slotWallMs = NOW_WALL_MS + 50 * MINUTE_MS
    const state = describeEngineState(inputs({ breakSlotWallMs: slotWallMs, pendingMs: 5 * MINUTE_MS }))
    expect(state).toMatchObject({ nextBreakInSeconds: 50 * 60, nextBreakAtWallMs: slotWallMs, nextBreakBySlot: true })
  })

  it('gives the showing break its start and end, the pause and reading mode their ends in wall time', () => {
    const state = describeEngineState(
      inputs({
        breakStartedAtMs: 98 * MINUTE_MS,
        breakEndsAtMs: 103 * MINUTE_MS,
        pause: { untilMonotonicMs: 130 * MINUTE_MS, untilWallMs: null },
        readingUntilMs: 160 * MINUTE_MS
      })
    )
    expect(state.breakStartedAtWallMs).toBe(NOW_WALL_MS - 2 * MINUTE_MS)
    expect(state.breakEndsAtWallMs).toBe(NOW_WALL_MS + 3 * MINUTE_MS)
    expect(describeEngineState(inputs()).breakStartedAtWallMs).toBeNull()
    expect(state.paused).toBe(true)
    expect(state.pausedUntilWallMs).toBe(NOW_WALL_MS + 30 * MINUTE_MS)
    expect(state.readingUntilWallMs).toBe(NOW_WALL_MS + 60 * MINUTE_MS)
    expect(describeEngineState(inputs()).pausedUntilWallMs).toBeNull()
  })
})
