import { describe, expect, it } from 'vitest'
import { calibrate, combineFrames, measureFrame } from '../../../src/core/posture-watch'
import type { DetectedFrame, PostureSample } from '../../../src/shared/posture-watch'
import { away, uprightSample } from './landmark-streams'

const frame = (overrides: Partial<DetectedFrame> = {}): DetectedFrame => ({
  frameWidthPx: 640,
  frameHeightPx: 480,
  faceBox: [0.39, 0.29, 0.16, 0.22],
  faceScore: 0.95,
  keypoints: [
    { part: 'leftShoulder', position: [0.55, 0.57], score: 0.6 },
    { part: 'rightShoulder', position: [0.35, 0.55], score: 0.7 }
  ],
  ...overrides
})

describe('measureFrame', () => {
  it('turns a face box and shoulder points into the sample numbers', () => {
    const sample = measureFrame(frame())
    expect(sample).toEqual({
      present: true,
      faceCenterY: expect.closeTo(0.4, 5) as unknown,
      faceWidth: 0.16,
      faceHeight: 0.22,
      // right is 0.02 × 480 px higher over 0.2 × 640 px: slope −9.6 / 128
      shoulderSlope: expect.closeTo(-0.075, 5) as unknown
    })
  })

  it('counts a missing or doubtful face as nobody there', () => {
    expect(measureFrame(frame({ faceBox: null }))).toEqual(away)
    expect(measureFrame(frame({ faceScore: 0.2 }))).toEqual(away)
  })

  it('leaves the shoulder line out when a shoulder is doubtful or the points are on top of each other', () => {
    const doubtful = frame({ keypoints: [{ part: 'leftShoulder', position: [0.55, 0.57], score: 0.1 }, { part: 'rightShoulder', position: [0.35, 0.55], score: 0.7 }] })
    expect(measureFrame(doubtful)).toMatchObject({ present: true, shoulderSlope: null })
    const stacked = frame({ keypoints: [{ part: 'leftShoulder', position: [0.5, 0.2], score: 0.9 }, { part: 'rightShoulder', position: [0.5, 0.9], score: 0.9 }] })
    expect(measureFrame(stacked)).toMatchObject({ present: true, shoulderSlope: null })
  })

  it('reads an out-of-frame box (a glitch) as nobody there rather than a wild number', () => {
    expect(measureFrame(frame({ faceBox: [0.2, 1.4, 0.1, 0.1] }))).toEqual(away)
  })
})

describe('combineFrames', () => {
  it('takes the median, so one wild frame does not move the sample', () => {
    const wild: PostureSample = { ...uprightSample, faceCenterY: 0.9, faceWidth: 0.5 }
    expect(combineFrames([uprightSample, wild, uprightSample])).toEqual(uprightSample)
  })

  it('calls a person seen in fewer than half the frames away', () => {
    expect(combineFrames([uprightSample, away, away])).toEqual(away)
    expect(combineFrames([uprightSample, uprightSample, away])).toMatchObject({ present: true })
    expect(combineFrames([])).toEqual(away)
  })
})

describe('calibrate', () => {
  it('stores head height, face size and shoulder line, nothing else', () => {
    const result = calibrate([uprightSample, uprightSample, uprightSample, away], 1234)
    expect(result).toEqual({
      ok: true,
      reference: { faceCenterY: 0.35, faceWidth: 0.16, faceHeight: 0.22, shoulderSlope: 0.01, calibratedAtMs: 1234 }
    })
  })

  it('asks to try again when the face was not found in enough frames', () => {
    expect(calibrate([uprightSample, uprightSample, away, away, away], 0)).toEqual({ ok: false, reason: 'face-not-found' })
    expect(calibrate([], 0)).toEqual({ ok: false, reason: 'face-not-found' })
  })
})
