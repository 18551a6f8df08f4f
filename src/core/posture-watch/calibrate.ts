import type { PostureReference, PostureSample } from '../../shared/posture-watch'
import { combineFrames } from './combine-frames'

/** Fewer frames with a face than this and calibration asks the user to try again. */
export const minCalibrationFrames = 3

export type CalibrationResult = { ok: true; reference: PostureReference } | { ok: false; reason: 'face-not-found' }

/**
 * The reference is the median of the frames taken while the user sat the way they want to sit:
 * three numbers and a slope, never a picture.
 */
export function calibrate(frames: readonly PostureSample[], nowMs: number): CalibrationResult {
  const seen = frames.filter((frame) => frame.present).length
  const combined = combineFrames(frames)
  if (seen < minCalibrationFrames || !combined.present) return { ok: false, reason: 'face-not-found' }
  return {
    ok: true,
    reference: {
      faceCenterY: combined.faceCenterY,
      faceWidth: combined.faceWidth,
      faceHeight: combined.faceHeight,
      shoulderSlope: combined.shoulderSlope,
      calibratedAtMs: nowMs
    }
  }
}
