import type { PostureSample } from '../../../src/shared/posture-watch'
import { createPrng } from '../../../src/core/routine/prng'

/** The person at calibration: face centre a third down the frame, shoulders level. */
export const uprightSample: Extract<PostureSample, { present: true }> = {
  present: true,
  faceCenterY: 0.35,
  faceWidth: 0.16,
  faceHeight: 0.22,
  shoulderSlope: 0.01
}

export const away: PostureSample = { present: false }

/** `count` samples moving from `from` to `to` in equal steps (a slow slouch, a lean). */
export function drift(from: typeof uprightSample, to: Partial<typeof uprightSample>, count: number): PostureSample[] {
  const target = { ...from, ...to }
  return Array.from({ length: count }, (_, index) => {
    const t = count === 1 ? 1 : index / (count - 1)
    const mix = (a: number, b: number): number => a + (b - a) * t
    return {
      present: true,
      faceCenterY: mix(from.faceCenterY, target.faceCenterY),
      faceWidth: mix(from.faceWidth, target.faceWidth),
      faceHeight: mix(from.faceHeight, target.faceHeight),
      shoulderSlope: mix(from.shoulderSlope ?? 0, target.shoulderSlope ?? 0)
    }
  })
}

/** Jitter as a real detector gives it: a few percent on each measure, seeded so runs repeat. */
export function noisy(samples: readonly PostureSample[], seed: number, amount = 0.02): PostureSample[] {
  const random = createPrng(seed)
  const jitter = (value: number, scale: number): number => value + (random() * 2 - 1) * amount * scale
  return samples.map((sample) =>
    sample.present
      ? {
          ...sample,
          faceCenterY: jitter(sample.faceCenterY, 1),
          faceWidth: jitter(sample.faceWidth, sample.faceWidth),
          faceHeight: jitter(sample.faceHeight, sample.faceHeight),
          shoulderSlope: sample.shoulderSlope === null ? null : jitter(sample.shoulderSlope, 1)
        }
      : sample
  )
}
