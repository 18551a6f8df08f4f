import { describe, expect, it } from 'vitest'
import { GentleQuietCheck } from '../../../src/core/engine/gentle-quiet-check'

const SECOND_MS = 1000
const MINUTE_MS = 60 * SECOND_MS
/** a 5-minute gentle break from 10 to 15 minutes */
const STARTED_MS = 10 * MINUTE_MS
const ENDS_MS = 15 * MINUTE_MS

/** A last-input source that counts how often it is asked (each ask is an idle sample). */
function lastInput(atMs: number): { read: () => number; set: (ms: number) => void; reads: () => number } {
  let valueMs = atMs
  let reads = 0
  return {
    read: () => {
      reads += 1
      return valueMs
    },
    set: (ms) => {
      valueMs = ms
    },
    reads: () => reads
  }
}

describe('GentleQuietCheck', () => {
  it('first looks at 80 % of the break, then every 5 % while the quiet stretch could still grow', () => {
    const check = new GentleQuietCheck(STARTED_MS, ENDS_MS)
    expect(check.nextLookAtMs()).toBe(STARTED_MS + 4 * MINUTE_MS)
    // input 30 s into the break: quiet from there, not yet long enough at 80 %
    check.look(STARTED_MS + 4 * MINUTE_MS, lastInput(STARTED_MS + 30 * SECOND_MS).read)
    expect(check.nextLookAtMs()).toBe(STARTED_MS + 4 * MINUTE_MS + 15 * SECOND_MS)
  })

  it('is taken when there was no input for the whole break, settled at the first look', () => {
    const check = new GentleQuietCheck(STARTED_MS, ENDS_MS)
    const input = lastInput(STARTED_MS - MINUTE_MS)
    check.look(STARTED_MS + 4 * MINUTE_MS, input.read)
    // 4 quiet minutes of 5 is 80 %: settled, no further look and no further sample
    expect(check.nextLookAtMs()).toBeNull()
    expect(check.takenAtEnd(ENDS_MS, input.read)).toBe(true)
    expect(input.reads()).toBe(1)
  })

  it('is missed when the user kept working: input at every look', () => {
    const check = new GentleQuietCheck(STARTED_MS, ENDS_MS)
    const lookAtMs = STARTED_MS + 4 * MINUTE_MS
    check.look(lookAtMs, lastInput(lookAtMs).read)
    // quiet could only start after 20 % of the break: it can no longer reach 80 %
    expect(check.nextLookAtMs()).toBeNull()
    expect(check.takenAtEnd(ENDS_MS, lastInput(ENDS_MS).read)).toBe(false)
  })

  it('counts a quiet stretch only up to the last look that saw no new input (never overstated)', () => {
    const check = new GentleQuietCheck(STARTED_MS, ENDS_MS)
    const input = lastInput(STARTED_MS + 45 * SECOND_MS)
    check.look(STARTED_MS + 4 * MINUTE_MS, input.read)
    // input resumed after the look: the stretch ends at that look, 3 min 15 s < 4 min
    input.set(STARTED_MS + 4 * MINUTE_MS + 5 * SECOND_MS)
    expect(check.takenAtEnd(ENDS_MS, input.read)).toBe(false)
  })

  it('grows the quiet stretch at each look without input until it is long enough', () => {
    const check = new GentleQuietCheck(STARTED_MS, ENDS_MS)
    const input = lastInput(STARTED_MS + 15 * SECOND_MS)
    check.look(STARTED_MS + 4 * MINUTE_MS, input.read)
    const recheckMs = check.nextLookAtMs()
    expect(recheckMs).toBe(STARTED_MS + 4 * MINUTE_MS + 15 * SECOND_MS)
    check.look(recheckMs ?? 0, input.read)
    // 15 s to 4 min 15 s: exactly 80 %, settled as taken
    expect(check.nextLookAtMs()).toBeNull()
    expect(check.takenAtEnd(ENDS_MS + MINUTE_MS, input.read)).toBe(true)
  })

  it('leaves the last look to the break end, which decides even when handled late', () => {
    const check = new GentleQuietCheck(STARTED_MS, ENDS_MS)
    const input = lastInput(STARTED_MS + 59 * SECOND_MS)
    check.look(STARTED_MS + 4 * MINUTE_MS + 45 * SECOND_MS, input.read)
    // 3 min 46 s so far; the next recheck would fall at the end itself, so none is asked for
    expect(check.nextLookAtMs()).toBeNull()
    // 59 s to the end is 4 min 1 s: taken
    expect(check.takenAtEnd(ENDS_MS + 10 * MINUTE_MS, input.read)).toBe(true)
    expect(input.reads()).toBe(2)
  })

  it('settles as missed without more samples once the quiet stretch started too late to be long enough', () => {
    const check = new GentleQuietCheck(STARTED_MS, ENDS_MS)
    const input = lastInput(STARTED_MS + 61 * SECOND_MS)
    check.look(STARTED_MS + 4 * MINUTE_MS, input.read)
    expect(check.nextLookAtMs()).toBeNull()
    expect(check.takenAtEnd(ENDS_MS, input.read)).toBe(false)
    expect(input.reads()).toBe(1)
  })

  it('without any earlier look, the end takes one look and decides from it', () => {
    const taken = new GentleQuietCheck(STARTED_MS, ENDS_MS)
    expect(taken.takenAtEnd(ENDS_MS, lastInput(STARTED_MS + 30 * SECOND_MS).read)).toBe(true)
    const missed = new GentleQuietCheck(STARTED_MS, ENDS_MS)
    expect(missed.takenAtEnd(ENDS_MS, lastInput(STARTED_MS + 90 * SECOND_MS).read)).toBe(false)
  })
})
