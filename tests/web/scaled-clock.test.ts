import { afterEach, describe, expect, it, vi } from 'vitest'
import { ScaledClock } from '../../src/web/scaled-clock'

afterEach(() => {
  vi.useRealTimers()
})

describe('ScaledClock', () => {
  it('runs durations and the wall clock `speed` times faster', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'Date', 'performance'] })
    const clock = new ScaledClock(60)
    const monotonicStart = clock.monotonicNowMs()
    const wallStart = clock.wallNowMs()
    vi.advanceTimersByTime(1000)
    expect(clock.monotonicNowMs() - monotonicStart).toBeCloseTo(60_000, 0)
    expect(clock.wallNowMs() - wallStart).toBeCloseTo(60_000, 0)
  })

  it('fires a timer set one scaled minute ahead after one real second, never synchronously', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'Date', 'performance'] })
    const clock = new ScaledClock(60)
    const fired = vi.fn()
    clock.setTimer(clock.monotonicNowMs() + 60_000, fired)
    clock.setTimer(clock.monotonicNowMs() - 1, fired)
    expect(fired).not.toHaveBeenCalled()
    vi.advanceTimersByTime(0)
    expect(fired).toHaveBeenCalledTimes(1)
    vi.advanceTimersByTime(999)
    expect(fired).toHaveBeenCalledTimes(1)
    vi.advanceTimersByTime(2)
    expect(fired).toHaveBeenCalledTimes(2)
  })

  it('starts its wall clock at a given moment and runs it from there', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'Date', 'performance'] })
    const startWallMs = Date.parse('2026-03-06T23:59:00Z')
    const clock = new ScaledClock(60, startWallMs)
    expect(clock.wallNowMs()).toBe(startWallMs)
    vi.advanceTimersByTime(2000)
    expect(clock.wallNowMs()).toBeCloseTo(Date.parse('2026-03-07T00:01:00Z'), 0)
  })

  it('refuses a speed that is not positive', () => {
    expect(() => new ScaledClock(0)).toThrow(RangeError)
  })
})
