import { describe, expect, it } from 'vitest'
import {
  formatClock,
  locatePhase,
  phaseAnnouncement,
  timelineSeconds
} from '../../../../src/renderer/src/features/break/routine-progress'
import { twoMoveTimeline } from './break-fixtures'

describe('locatePhase', () => {
  it('starts in the first phase with its full time and the whole routine left', () => {
    const position = locatePhase(twoMoveTimeline, 0)
    expect(position?.phaseIndex).toBe(0)
    expect(position?.phaseRemainingSeconds).toBe(5)
    expect(position?.remainingSeconds).toBe(84)
    expect(position?.exerciseNumber).toBe(1)
    expect(position?.exerciseCount).toBe(2)
    expect(position?.nextExerciseId).toBe('chin-tuck')
  })

  it('rounds the countdown up so a phase never shows 0 before it ends', () => {
    const position = locatePhase(twoMoveTimeline, 5.2)
    expect(position?.phase.label).toBe('Left side: Hold')
    expect(position?.phaseRemainingSeconds).toBe(20)
  })

  it('moves to the next phase exactly at its start', () => {
    expect(locatePhase(twoMoveTimeline, 25)?.phase.kind).toBe('switch-side')
    expect(locatePhase(twoMoveTimeline, 49)?.phase.exerciseId).toBe('chin-tuck')
    expect(locatePhase(twoMoveTimeline, 49)?.exerciseNumber).toBe(2)
    expect(locatePhase(twoMoveTimeline, 49)?.nextExerciseId).toBeNull()
  })

  it('stays on the last phase at and after the end', () => {
    const position = locatePhase(twoMoveTimeline, 200)
    expect(position?.phaseIndex).toBe(5)
    expect(position?.remainingSeconds).toBe(0)
    expect(position?.fraction).toBe(1)
  })

  it('has nothing to show for an empty timeline', () => {
    expect(locatePhase([], 3)).toBeNull()
    expect(timelineSeconds([])).toBe(0)
  })
})

describe('formatting', () => {
  it('formats minutes and seconds', () => {
    expect(formatClock(0)).toBe('0:00')
    expect(formatClock(84)).toBe('1:24')
    expect(formatClock(600)).toBe('10:00')
  })

  it('announces timed work with its length, and side changes by their label', () => {
    const [, hold, switchSide] = twoMoveTimeline
    expect(hold && phaseAnnouncement(hold, 'Neck side bend')).toBe('Neck side bend. Left side: Hold, 20 seconds.')
    expect(switchSide && phaseAnnouncement(switchSide, 'Neck side bend')).toBe('Now the right side.')
  })
})
