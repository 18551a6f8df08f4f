import { type DetectedFrame, type PostureSample, postureSampleSchema } from '../../shared/posture-watch'

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
