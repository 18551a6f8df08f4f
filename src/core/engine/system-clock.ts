import { performance } from 'node:perf_hooks'
import type { Clock } from './ports'

/** setTimeout's delay is a signed 32-bit number of milliseconds (about 24.8 days). */
const MAX_TIMEOUT_MS = 2 ** 31 - 1
/** Less drift than this between the two clocks across a suspend is ordinary jitter, not sleep. */
const SLEEP_DRIFT_MS = 1000

export interface SystemClockOptions {
  /** Whether pending timers keep the process alive (the bench and tests turn this off). */
  keepAlive?: boolean
}

/**
 * The real clock: performance.now() for durations, Date.now() for the wall, one setTimeout per
 * timer. performance.now() stops while macOS and Linux sleep, so across a suspend the clock adds
 * the time the wall clock saw pass (only then: elsewhere a wall jump must not count as time).
 * Creating one has no side effects; it starts no timer of its own.
 */
export class SystemClock implements Clock {
  private sleptMs = 0
  private wallMinusPerfAtSuspendMs: number | null = null

  constructor(private readonly options: SystemClockOptions = {}) {}

  monotonicNowMs(): number {
    return performance.now() + this.sleptMs
  }

  wallNowMs(): number {
    return Date.now()
  }

  setTimer(atMonotonicMs: number, callback: () => void): () => void {
    let handle: ReturnType<typeof setTimeout> | null = null
    const arm = (): void => {
      const delayMs = atMonotonicMs - this.monotonicNowMs()
      if (delayMs <= 0) {
        handle = null
        callback()
        return
      }
      // Node may fire a timeout a fraction of a millisecond early; round up and re-check.
      handle = setTimeout(arm, Math.min(Math.ceil(delayMs), MAX_TIMEOUT_MS))
      if (this.options.keepAlive === false) handle.unref()
    }
    const delayMs = atMonotonicMs - this.monotonicNowMs()
    handle = setTimeout(arm, Math.min(Math.max(Math.ceil(delayMs), 0), MAX_TIMEOUT_MS))
    if (this.options.keepAlive === false) handle.unref()
    return () => {
      if (handle !== null) clearTimeout(handle)
      handle = null
    }
  }

  noteSuspend(): void {
    this.wallMinusPerfAtSuspendMs = Date.now() - performance.now()
  }

  noteResume(): void {
    if (this.wallMinusPerfAtSuspendMs === null) return
    const missedMs = Date.now() - performance.now() - this.wallMinusPerfAtSuspendMs
    this.wallMinusPerfAtSuspendMs = null
    if (missedMs > SLEEP_DRIFT_MS) this.sleptMs += missedMs
  }
}
