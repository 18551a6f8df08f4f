import type { SlouchReason, WatchPosture } from '../../shared/posture-watch'
import type { Assessment } from './assess-sample'

export interface WatchTuning {
  /** Bad samples in a row before the watch calls it slouching (one bad frame is not a habit). */
  badSamplesToTrigger: number
  /** Good samples in a row before slouching is cleared. */
  goodSamplesToClear: number
  /** Samples without a person in a row before the watch says the user is away. */
  absentSamplesToAway: number
  /** At most one cue per this many minutes, however long the slouch lasts. */
  minMinutesBetweenCues: number
}

export const defaultWatchTuning: WatchTuning = {
  badSamplesToTrigger: 3,
  goodSamplesToClear: 2,
  absentSamplesToAway: 2,
  minMinutesBetweenCues: 15
}

export interface WatchMemory {
  posture: WatchPosture
  badStreak: number
  goodStreak: number
  absentStreak: number
  lastCueAtMs: number | null
}

export const initialWatchMemory: WatchMemory = {
  posture: 'upright',
  badStreak: 0,
  goodStreak: 0,
  absentStreak: 0,
  lastCueAtMs: null
}

export interface WatchStep {
  memory: WatchMemory
  /** Reasons for a cue to give now, most pronounced first; null when no cue is due. */
  cue: SlouchReason[] | null
}

/**
 * One sample's effect: hysteresis in both directions, and a rate limit on cues. A cue is given
 * when slouching is confirmed, and again while it lasts only after the rate limit has passed.
 */
export function stepWatch(memory: WatchMemory, assessment: Assessment, nowMs: number, tuning: WatchTuning = defaultWatchTuning): WatchStep {
  if (assessment.kind === 'away') {
    const absentStreak = memory.absentStreak + 1
    const away = absentStreak >= tuning.absentSamplesToAway
    return {
      memory: {
        ...memory,
        absentStreak,
        posture: away ? 'away' : memory.posture,
        badStreak: away ? 0 : memory.badStreak,
        goodStreak: away ? 0 : memory.goodStreak
      },
      cue: null
    }
  }
  if (assessment.kind === 'upright') {
    const goodStreak = memory.goodStreak + 1
    const cleared = memory.posture !== 'slouching' || goodStreak >= tuning.goodSamplesToClear
    return {
      memory: { ...memory, absentStreak: 0, badStreak: 0, goodStreak, posture: cleared ? 'upright' : 'slouching' },
      cue: null
    }
  }
  const badStreak = memory.badStreak + 1
  const slouching = memory.posture === 'slouching' || badStreak >= tuning.badSamplesToTrigger
  const rateLimitPassed = memory.lastCueAtMs === null || nowMs - memory.lastCueAtMs >= tuning.minMinutesBetweenCues * 60_000
  const giveCue = slouching && rateLimitPassed
  return {
    memory: {
      posture: slouching ? 'slouching' : memory.posture === 'away' ? 'upright' : memory.posture,
      absentStreak: 0,
      goodStreak: 0,
      badStreak,
      lastCueAtMs: giveCue ? nowMs : memory.lastCueAtMs
    },
    cue: giveCue ? assessment.reasons : null
  }
}
