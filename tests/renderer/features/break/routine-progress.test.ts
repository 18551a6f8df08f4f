import { describe, expect, it } from 'vitest'
import {
  formatClock,
  locatePhase,
  phaseAnnouncement,
  phaseLabel,
  timelineSeconds
} from '../../../../src/renderer/src/features/break/routine-progress'
import type { TimelinePhase } from '@shared/content/routine-schema'
import { englishI18n } from '../../../helpers/english-content'
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
    expect(position?.phase.kind).toBe('hold')
    expect(position?.phase.side).toBe('left')
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
    expect(hold && phaseAnnouncement(englishI18n.t, hold, 'Neck side bend')).toBe('Neck side bend. Left side: Hold, 20 seconds.')
    expect(switchSide && phaseAnnouncement(englishI18n.t, switchSide, 'Neck side bend')).toBe('Now the right side.')
  })
})

describe('phaseLabel', () => {
  const t = englishI18n.t
  const base: TimelinePhase = {
    kind: 'hold', exerciseId: 'neck-side-bend', side: 'both', startSeconds: 0, seconds: 20, set: 1, setCount: 2, rep: null, repCount: null
  }
  const label = (phase: Partial<TimelinePhase>): string => phaseLabel(t, { ...base, ...phase }, 'Neck side bend')

  it('words each phase from its fields', () => {
    expect(label({ kind: 'prepare', side: 'right' })).toBe('Get ready: Neck side bend, right side first')
    expect(label({ kind: 'prepare' })).toBe('Get ready: Neck side bend')
    expect(label({ kind: 'hold', side: 'left', rep: 2, repCount: 3 })).toBe('Left side: Hold 2 of 3')
    expect(label({ kind: 'hold', rep: 1, repCount: 1 })).toBe('Hold')
    expect(label({ kind: 'reps', side: 'right', repCount: 1 })).toBe('Right side: 1 slow repetition')
    expect(label({ kind: 'reps', repCount: 12 })).toBe('12 slow repetitions')
    expect(label({ kind: 'switch-side', side: 'left' })).toBe('Now the left side')
  })

  it('tells a release between holds from a rest before the next set', () => {
    expect(label({ kind: 'rest', rep: 2, repCount: 2 })).toBe('Relax')
    expect(label({ kind: 'rest', set: 2, setCount: 2 })).toBe('Rest. Next: set 2 of 2')
  })
})
