import { type PostureSample, postureSampleSchema } from '../../shared/posture-watch'

/**
 * What a detector found in one frame, in frame fractions (the shape of @vladmandic/human's
 * `boxRaw` and `positionRaw`, kept structural so this stays free of the library).
 */
export interface DetectedFrame {
  frameWidthPx: number
  frameHeightPx: number
  /** [x, y, width, height] of the best face, or null when none was found. */
  faceBox: readonly [number, number, number, number] | null
  faceScore: number
  keypoints: readonly { part: string; position: readonly [number, number]; score: number }[]
}

/** Below these the detector is guessing; such a face or shoulder does not count. */
const minFaceScore = 0.5
const minShoulderScore = 0.3

function shoulder(frame: DetectedFrame, part: 'leftShoulder' | 'rightShoulder'): readonly [number, number] | null {
  const point = frame.keypoints.find((keypoint) => keypoint.part === part)
  return point && point.score >= minShoulderScore ? point.position : null
}

/** Reduces one frame to a sample; anything out of bounds (a glitch) reads as "no person". */
export function measureFrame(frame: DetectedFrame): PostureSample {
  if (frame.faceBox === null || frame.faceScore < minFaceScore) return { present: false }
  const [, y, width, height] = frame.faceBox
  const left = shoulder(frame, 'leftShoulder')
  const right = shoulder(frame, 'rightShoulder')
  let shoulderSlope: number | null = null
  if (left && right) {
    // In pixels, so the slope is a true angle whatever the frame's aspect ratio.
    const run = Math.abs(left[0] - right[0]) * frame.frameWidthPx
    const rise = (right[1] - left[1]) * frame.frameHeightPx
    // Steeper than ~70° is not a shoulder line but a mislabelled point.
    if (run > 0 && Math.abs(rise / run) <= 3) shoulderSlope = rise / run
  }
  const parsed = postureSampleSchema.safeParse({
    present: true,
    faceCenterY: y + height / 2,
    faceWidth: width,
    faceHeight: height,
    shoulderSlope
  })
  return parsed.success ? parsed.data : { present: false }
}
