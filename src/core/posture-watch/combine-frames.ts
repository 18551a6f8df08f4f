import type { PostureSample, PresentSample } from '../../shared/posture-watch'
import { median } from './median'

/**
 * One sample from the few frames taken at each check. The median of each measure ignores a
 * single bad frame (a hand in front of the face, a detector glitch); a person seen in fewer
 * than half the frames counts as not there, so a lone false face does not either.
 */
export function combineFrames(frames: readonly PostureSample[]): PostureSample {
  const present = frames.filter((frame): frame is PresentSample => frame.present)
  if (present.length === 0 || present.length * 2 < frames.length) return { present: false }
  const slopes = present.flatMap((frame) => (frame.shoulderSlope === null ? [] : [frame.shoulderSlope]))
  return {
    present: true,
    faceCenterY: median(present.map((frame) => frame.faceCenterY)),
    faceWidth: median(present.map((frame) => frame.faceWidth)),
    faceHeight: median(present.map((frame) => frame.faceHeight)),
    // Shoulders are often cut off by the desk or the frame; half the frames must show them.
    shoulderSlope: slopes.length * 2 >= present.length ? median(slopes) : null
  }
}
