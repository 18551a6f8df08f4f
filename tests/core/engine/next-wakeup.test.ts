import { describe, expect, it } from 'vitest'
import { WALL_RECHECK_MS } from '../../../src/core/engine/idle-sampling'
import { NextWakeup } from '../../../src/core/engine/next-wakeup'
import { WakeMoment } from '../../../src/core/engine/wake-moment'

const NOW_WALL_MS = Date.parse('2026-03-06T16:00:00Z')
const moment = new WakeMoment(10_000, NOW_WALL_MS)

describe('NextWakeup', () => {
  it('has no timer when nothing is ahead', () => {
    const next = new NextWakeup(moment)
    next.at(null)
    next.atWall(null)
    expect(next.timerAtMs()).toBeNull()
  })

  it('wakes at the earliest monotonic moment', () => {
    const next = new NextWakeup(moment)
    next.at(90_000)
    next.at(30_000)
    next.at(60_000)
    expect(next.timerAtMs()).toBe(30_000)
  })

  it('maps a wall moment by the clocks now, but never sleeps past the wall recheck', () => {
    const near = new NextWakeup(moment)
    near.atWall(NOW_WALL_MS + 5_000)
    expect(near.timerAtMs()).toBe(15_000)
    const far = new NextWakeup(moment)
    far.atWall(NOW_WALL_MS + 10 * WALL_RECHECK_MS)
    expect(far.timerAtMs()).toBe(10_000 + WALL_RECHECK_MS)
  })

  it('wakes 1 ms from now for anything overdue, even a wall moment long past', () => {
    const next = new NextWakeup(moment)
    next.at(Number.NEGATIVE_INFINITY)
    expect(next.timerAtMs()).toBe(10_001)
    const wall = new NextWakeup(moment)
    wall.atWall(NOW_WALL_MS - 3_600_000)
    expect(wall.timerAtMs()).toBe(10_001)
  })
})
