import type { Clock } from '../core/engine'

/**
 * A real clock running `speed` times faster, for harness demos and end-to-end tests of
 * the break flow (`--speed 60`: a 50-minute interval passes in 50 seconds). Both the
 * monotonic and the wall reading are scaled from the moment the harness started, so
 * working hours and timestamps stay consistent with durations. The wall reading may start at a
 * chosen moment (`--start`), so a date-dependent test sees the same day whenever it runs.
 */
export class ScaledClock implements Clock {
  private readonly startPerfMs = performance.now()
  private readonly startRealWallMs = Date.now()
  private readonly startWallMs: number

  /** `startWallMs`: the wall-clock moment to start at (`--start`); now by default. */
  constructor(
    private readonly speed: number,
    startWallMs?: number
  ) {
    if (!(speed > 0)) throw new RangeError('speed must be positive')
    this.startWallMs = startWallMs ?? this.startRealWallMs
  }

  monotonicNowMs(): number {
    return this.startPerfMs + (performance.now() - this.startPerfMs) * this.speed
  }

  wallNowMs(): number {
    return this.startWallMs + (Date.now() - this.startRealWallMs) * this.speed
  }

  setTimer(atMonotonicMs: number, callback: () => void): () => void {
    let handle: ReturnType<typeof setTimeout> | null = null
    const arm = (): void => {
      const realDelayMs = (atMonotonicMs - this.monotonicNowMs()) / this.speed
      if (realDelayMs <= 0) {
        handle = null
        callback()
        return
      }
      handle = setTimeout(arm, Math.min(Math.ceil(realDelayMs), 2 ** 31 - 1))
    }
    // Never call back synchronously from setTimer: the engine is still arranging its state.
    handle = setTimeout(arm, Math.max(0, Math.ceil((atMonotonicMs - this.monotonicNowMs()) / this.speed)))
    return () => {
      if (handle !== null) clearTimeout(handle)
      handle = null
    }
  }
}
