import type { PostureReference, PostureSample, SlouchReason, WatchSensitivity } from '../../shared/posture-watch'

export interface PostureThresholds {
  /** How far the face centre may sink below the reference, in reference face heights. */
  headDropFaceHeights: number
  /** How much larger the face may look (leaning towards the screen), as a size ratio. */
  headForwardRatio: number
  /** How much the shoulder line may tilt beyond the reference, as a slope (0.08 ≈ 4.6°). */
  shoulderSlopeChange: number
}

/**
 * Medium is set so an ordinary shift in the chair (a few centimetres) passes and a visible
 * slump (head a face-half lower, face 15 % larger, shoulders ~5° off) does not.
 */
export const thresholdsBySensitivity: Record<WatchSensitivity, PostureThresholds> = {
  low: { headDropFaceHeights: 0.8, headForwardRatio: 1.25, shoulderSlopeChange: 0.12 },
  medium: { headDropFaceHeights: 0.5, headForwardRatio: 1.15, shoulderSlopeChange: 0.08 },
  high: { headDropFaceHeights: 0.3, headForwardRatio: 1.08, shoulderSlopeChange: 0.05 }
}

export type Assessment = { kind: 'away' } | { kind: 'upright' } | { kind: 'slouching'; reasons: SlouchReason[] }

/**
 * Compares one sample with the calibration. Reasons come most pronounced first (each measured
 * as a multiple of its threshold), so the cue can name the one that matters most.
 */
export function assessSample(sample: PostureSample, reference: PostureReference, sensitivity: WatchSensitivity): Assessment {
  if (!sample.present) return { kind: 'away' }
  const limits = thresholdsBySensitivity[sensitivity]
  const found: { reason: SlouchReason; excess: number }[] = []

  const drop = (sample.faceCenterY - reference.faceCenterY) / reference.faceHeight
  if (drop > limits.headDropFaceHeights) found.push({ reason: 'head-drop', excess: drop / limits.headDropFaceHeights })

  // Area grows with the square of closeness; the square root compares lengths, like the threshold.
  const growth = Math.sqrt((sample.faceWidth * sample.faceHeight) / (reference.faceWidth * reference.faceHeight))
  if (growth > limits.headForwardRatio) {
    found.push({ reason: 'head-forward', excess: (growth - 1) / (limits.headForwardRatio - 1) })
  }

  if (sample.shoulderSlope !== null && reference.shoulderSlope !== null) {
    const tilt = sample.shoulderSlope - reference.shoulderSlope
    if (Math.abs(tilt) > limits.shoulderSlopeChange) {
      found.push({
        reason: tilt > 0 ? 'right-shoulder-low' : 'left-shoulder-low',
        excess: Math.abs(tilt) / limits.shoulderSlopeChange
      })
    }
  }

  if (found.length === 0) return { kind: 'upright' }
  return { kind: 'slouching', reasons: found.sort((a, b) => b.excess - a.excess).map((entry) => entry.reason) }
}
