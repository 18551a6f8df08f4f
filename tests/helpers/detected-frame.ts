import type { DetectedFrame } from '../../src/shared/posture-watch'

/**
 * A detector result for a face whose box starts at `y` (top, as a share of the frame) with width
 * `width`, shoulders level: larger or lower than the calibrated face reads as leaning in or sinking.
 */
export function frameAt(y: number, width = 0.16): DetectedFrame {
  return {
    frameWidthPx: 640,
    frameHeightPx: 480,
    faceBox: [0.4, y, width, width * 1.35],
    faceScore: 0.9,
    keypoints: [
      { part: 'leftShoulder', position: [0.56, 0.6], score: 0.7 },
      { part: 'rightShoulder', position: [0.34, 0.6], score: 0.7 }
    ]
  }
}
