import type { PostureReference, PostureSample, SlouchReason, WatchSensitivity } from '../../shared/posture-watch'
import { assessSample } from './assess-sample'
import { defaultWatchTuning, stepWatch, type WatchMemory, type WatchTuning } from './watch-machine'

export interface Observation {
  memory: WatchMemory
  /** A cue to give now, most pronounced reason first (worded where it is shown); null when none is due. */
  cue: { reasons: SlouchReason[] } | null
}

/** The whole decision for one sample: compare with the calibration, then hysteresis and rate limit. */
export function observeSample(
  memory: WatchMemory,
  sample: PostureSample,
  reference: PostureReference,
  sensitivity: WatchSensitivity,
  nowMs: number,
  tuning: WatchTuning = defaultWatchTuning
): Observation {
  const step = stepWatch(memory, assessSample(sample, reference, sensitivity), nowMs, tuning)
  return { memory: step.memory, cue: step.cue ? { reasons: step.cue } : null }
}
