import type { EngineEvent } from '../../shared/engine-state'

/**
 * The engine's view of time. Durations are measured on the monotonic clock so that a wall-clock
 * change neither fires nor skips a reminder; the wall clock is used only for working hours and
 * timestamps.
 */
export interface Clock {
  /** Milliseconds on a clock that never goes back; it should include time spent suspended. */
  monotonicNowMs(): number
  /** Epoch milliseconds (Date.now()); may jump. */
  wallNowMs(): number
  /** Calls `callback` once, no earlier than `atMonotonicMs`. Returns a function that cancels it. */
  setTimer(atMonotonicMs: number, callback: () => void): () => void
  /**
   * Optional hooks for clocks whose monotonic source stops while the machine sleeps
   * (performance.now() on macOS and Linux): the engine calls them around a suspend so the clock
   * can add the slept time.
   */
  noteSuspend?(): void
  noteResume?(): void
}

/** Sampled by the engine; never pushes. */
export interface Activity {
  /** Seconds since the last keyboard or mouse input (powerMonitor.getSystemIdleTime()). */
  idleSeconds(): number
}

export type EngineSink = (event: EngineEvent) => void
