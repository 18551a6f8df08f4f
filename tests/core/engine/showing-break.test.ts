import { describe, expect, it } from 'vitest'
import { ShowingBreak } from '../../../src/core/engine/showing-break'

const MINUTE_MS = 60_000
const offers = { postponesLeft: 1, canSkip: true, canPostpone: false, skipsLeft: null }
/** the user typed all through the break */
const busyUser = (): number => 9 * MINUTE_MS

describe('ShowingBreak', () => {
  it('offers complete always, postpone and skip only as offered', () => {
    const shown = new ShowingBreak(offers, 0, 5 * MINUTE_MS, false, 'normal')
    expect(shown.allows('complete')).toBe(true)
    expect(shown.allows('skip')).toBe(true)
    expect(shown.allows('postpone')).toBe(false)
    expect(shown.endsMs).toBe(5 * MINUTE_MS)
  })

  it('counts a normal or strict break that ran out as completed, without looking at the idle time', () => {
    const lastInput = (): number => {
      throw new Error('no idle sample expected')
    }
    for (const level of ['normal', 'strict'] as const) {
      const shown = new ShowingBreak(offers, 0, 5 * MINUTE_MS, false, level)
      expect(shown.nextQuietLookAtMs()).toBeNull()
      expect(shown.outcomeAtEnd(5 * MINUTE_MS, lastInput)).toBe('completed')
    }
  })

  it('judges an unanswered gentle break by the idle time: missed when the user kept working', () => {
    const shown = new ShowingBreak(offers, 5 * MINUTE_MS, 5 * MINUTE_MS, false, 'gentle')
    expect(shown.nextQuietLookAtMs()).toBe(9 * MINUTE_MS)
    shown.lookForQuiet(9 * MINUTE_MS, busyUser)
    expect(shown.outcomeAtEnd(10 * MINUTE_MS, busyUser)).toBe('missed')
  })

  it('counts a gentle break as taken once answered, or when the user started it', () => {
    const answered = new ShowingBreak(offers, 5 * MINUTE_MS, 5 * MINUTE_MS, false, 'gentle')
    answered.markAnswered()
    expect(answered.nextQuietLookAtMs()).toBeNull()
    expect(answered.outcomeAtEnd(10 * MINUTE_MS, busyUser)).toBe('completed')
    const manual = new ShowingBreak(offers, 5 * MINUTE_MS, 5 * MINUTE_MS, true, 'gentle')
    expect(manual.nextQuietLookAtMs()).toBeNull()
    expect(manual.outcomeAtEnd(10 * MINUTE_MS, busyUser)).toBe('completed')
  })
})
