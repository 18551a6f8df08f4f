import { describe, expect, it } from 'vitest'
import { calibrate, initialWatchMemory, observeSample, type WatchMemory } from '../../../src/core/posture-watch'
import type { PostureReference, PostureSample, SlouchReason, WatchSensitivity } from '../../../src/shared/posture-watch'
import { away, drift, noisy, uprightSample } from './landmark-streams'

const periodMs = 30_000

function referenceFrom(samples: PostureSample[]): PostureReference {
  const result = calibrate(samples, 0)
  if (!result.ok) throw new Error('calibration failed')
  return result.reference
}

const reference = referenceFrom(noisy(Array<PostureSample>(10).fill(uprightSample), 1))

/** Feeds a stream one sample per period; returns the posture after each and the cues given. */
function run(stream: readonly PostureSample[], sensitivity: WatchSensitivity = 'medium', start: WatchMemory = initialWatchMemory) {
  let memory = start
  const postures: string[] = []
  const cues: { atIndex: number; reason: SlouchReason | undefined }[] = []
  stream.forEach((sample, index) => {
    const observed = observeSample(memory, sample, reference, sensitivity, index * periodMs)
    memory = observed.memory
    postures.push(memory.posture)
    if (observed.cue) cues.push({ atIndex: index, reason: observed.cue.reasons[0] })
  })
  return { postures, cues, memory }
}

const repeat = (sample: PostureSample, count: number): PostureSample[] => Array<PostureSample>(count).fill(sample)

describe('posture watch over landmark streams', () => {
  it('stays upright and silent for a person sitting well, with detector noise', () => {
    const { postures, cues } = run(noisy(repeat(uprightSample, 120), 7))
    expect(new Set(postures)).toEqual(new Set(['upright']))
    expect(cues).toEqual([])
  })

  it('notices a slow slouch only once it is clear, and names the head drop', () => {
    // Over 20 minutes the head sinks by a whole face height and comes a little closer.
    const slouch = drift(uprightSample, { faceCenterY: 0.35 + 0.22, faceWidth: 0.18, faceHeight: 0.245 }, 40)
    const { postures, cues } = run(slouch)
    const firstSlouching = postures.indexOf('slouching')
    // Half a face height of drop is passed about a quarter into the drift; three samples confirm it.
    expect(firstSlouching).toBeGreaterThan(10)
    expect(firstSlouching).toBeLessThan(25)
    expect(cues).toHaveLength(1)
    expect(cues[0]?.reason).toBe('head-drop')
  })

  it('says "leaning forward" when the face grows without dropping', () => {
    const forward = { ...uprightSample, faceWidth: 0.16 * 1.3, faceHeight: 0.22 * 1.3 }
    const { postures, cues } = run([...repeat(uprightSample, 3), ...repeat(forward, 4)])
    expect(postures.slice(0, 5)).toEqual(['upright', 'upright', 'upright', 'upright', 'upright'])
    expect(postures[5]).toBe('slouching')
    expect(cues).toEqual([{ atIndex: 5, reason: 'head-forward' }])
  })

  it('names the lower shoulder by the person’s own side', () => {
    const rightLow = { ...uprightSample, shoulderSlope: 0.2 }
    const leftLow = { ...uprightSample, shoulderSlope: -0.2 }
    expect(run(repeat(rightLow, 3)).cues[0]?.reason).toBe('right-shoulder-low')
    expect(run(repeat(leftLow, 3)).cues[0]?.reason).toBe('left-shoulder-low')
  })

  it('ignores a shoulder line that was not seen, instead of calling it level or tilted', () => {
    const { postures } = run(repeat({ ...uprightSample, shoulderSlope: null }, 6))
    expect(postures.every((posture) => posture === 'upright')).toBe(true)
  })

  it('needs several bad samples: isolated glitches never trigger', () => {
    const forward = { ...uprightSample, faceWidth: 0.25, faceHeight: 0.33 }
    const stream = Array.from({ length: 60 }, (_, index) => (index % 3 === 2 ? forward : uprightSample))
    const { postures, cues } = run(noisy(stream, 3))
    expect(postures).not.toContain('slouching')
    expect(cues).toEqual([])
  })

  it('needs several good samples to clear, so one good frame inside a slouch does not reset it', () => {
    const slumped = { ...uprightSample, faceCenterY: 0.5 }
    const { postures } = run([...repeat(slumped, 3), uprightSample, slumped, uprightSample, uprightSample])
    expect(postures).toEqual(['upright', 'upright', 'slouching', 'slouching', 'slouching', 'slouching', 'upright'])
  })

  it('rate-limits cues during a long slouch: one per 15 minutes', () => {
    const slumped = { ...uprightSample, faceCenterY: 0.5 }
    // 40 samples at 30 s = 20 minutes of slouching.
    const { cues } = run(repeat(slumped, 40))
    expect(cues.map((cue) => cue.atIndex)).toEqual([2, 32])
  })

  it('says away when the person leaves, without a cue, and upright when they are back', () => {
    const { postures, cues } = run([...repeat(uprightSample, 2), away, away, away, uprightSample])
    expect(postures).toEqual(['upright', 'upright', 'upright', 'away', 'away', 'upright'])
    expect(cues).toEqual([])
  })

  it('does not carry a half-built slouch across an absence', () => {
    const slumped = { ...uprightSample, faceCenterY: 0.5 }
    const { postures } = run([slumped, slumped, away, away, slumped, slumped])
    expect(postures).not.toContain('slouching')
  })

  it('is less easily triggered at low sensitivity than at high', () => {
    const slight = { ...uprightSample, faceCenterY: 0.35 + 0.22 * 0.4 }
    expect(run(repeat(slight, 5), 'high').postures).toContain('slouching')
    expect(run(repeat(slight, 5), 'medium').postures).not.toContain('slouching')
    expect(run(repeat(slight, 5), 'low').postures).not.toContain('slouching')
  })
})
