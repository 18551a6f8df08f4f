import { describe, expect, it } from 'vitest'
import { pauseEndWallMs, pauseFor } from '../../../src/core/engine/pause-state'
import { WakeMoment } from '../../../src/core/engine/wake-moment'

const NOW_WALL_MS = Date.parse('2026-03-06T16:00:00Z')
const moment = new WakeMoment(5_000, NOW_WALL_MS)
const wallAt = (ms: number): number => moment.wallAt(ms)

describe('pause state', () => {
  it('"N minutes" ends on the monotonic clock, reported at the wall time it maps to now', () => {
    const pause = pauseFor({ minutes: 30 }, moment)
    expect(pause).toEqual({ untilMonotonicMs: 5_000 + 30 * 60_000, untilWallMs: null })
    expect(pause && pauseEndWallMs(pause, wallAt)).toBe(NOW_WALL_MS + 30 * 60_000)
  })

  it('"until <time>" ends at that wall moment, and is no pause when the moment has come', () => {
    const untilWallMs = NOW_WALL_MS + 3_600_000
    const pause = pauseFor({ untilWallMs }, moment)
    expect(pause).toEqual({ untilMonotonicMs: null, untilWallMs })
    expect(pause && pauseEndWallMs(pause, wallAt)).toBe(untilWallMs)
    expect(pauseFor({ untilWallMs: NOW_WALL_MS }, moment)).toBeNull()
  })

  it('"until resumed" has no end', () => {
    const pause = pauseFor('indefinite', moment)
    expect(pause).toEqual({ untilMonotonicMs: null, untilWallMs: null })
    expect(pause && pauseEndWallMs(pause, wallAt)).toBeNull()
  })
})
