import { describe, expect, it } from 'vitest'
import { firstLoadRealSeconds, routineResumeSeconds } from '../../../../src/renderer/src/features/break/routine-resume'
import { engineState } from './break-fixtures'

/** The fixture's break starts at wall 1 000 ms; this is the engine `seconds` later. */
const secondsIntoBreak = (seconds: number) => engineState({ nowWallMs: 1_000 + seconds * 1000 })

describe('routineResumeSeconds', () => {
  it('starts a window opened as its break starts at the first move', () => {
    expect(routineResumeSeconds(secondsIntoBreak(0), 1)).toBe(0)
    // Opening the window takes a moment; that moment does not cost the first move.
    expect(routineResumeSeconds(secondsIntoBreak(firstLoadRealSeconds - 0.5), 1)).toBe(0)
  })

  it('resumes a window reloaded mid-break at the break time already gone', () => {
    expect(routineResumeSeconds(secondsIntoBreak(40), 1)).toBe(40)
    expect(routineResumeSeconds(secondsIntoBreak(firstLoadRealSeconds), 1)).toBe(firstLoadRealSeconds)
  })

  it('measures the first moments in real time, so a sped-up harness still starts at move 1', () => {
    // 60× speed: 2 real seconds of loading are 120 engine seconds.
    expect(routineResumeSeconds(secondsIntoBreak(120), 60)).toBe(0)
    expect(routineResumeSeconds(secondsIntoBreak(600), 60)).toBe(600)
  })

  it('starts at 0 when no break is running, its start is unknown, or the start lies ahead', () => {
    expect(routineResumeSeconds(engineState({ phase: 'active', nowWallMs: 41_000 }), 1)).toBe(0)
    expect(routineResumeSeconds(engineState({ nowWallMs: 41_000, breakStartedAtWallMs: null }), 1)).toBe(0)
    expect(routineResumeSeconds(engineState({ nowWallMs: 1_000, breakStartedAtWallMs: 60_000 }), 1)).toBe(0)
  })

  it('treats a nonsense time scale as real time', () => {
    expect(routineResumeSeconds(secondsIntoBreak(3), 0)).toBe(0)
    expect(routineResumeSeconds(secondsIntoBreak(40), Number.NaN)).toBe(40)
  })
})
