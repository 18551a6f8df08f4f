import type { Clock } from '../../src/core/engine/ports'

interface Timer {
  atMs: number
  id: number
  callback: () => void
}

/**
 * A test clock: monotonic time starts at 0 and moves only through `advanceBy`/`advanceTo`, firing
 * due timers in order; the wall clock follows it from `startWallMs`, plus `jumpWall`. Records how
 * many timers were ever pending at once, so tests can hold the engine to "one timer".
 */
export class FakeClock implements Clock {
  timerCallbacks = 0
  maxPendingTimers = 0
  private nowMs = 0
  private wallOffsetMs = 0
  private nextId = 0
  private timers: Timer[] = []

  constructor(private readonly startWallMs: number) {}

  monotonicNowMs(): number {
    return this.nowMs
  }

  wallNowMs(): number {
    return this.startWallMs + this.nowMs + this.wallOffsetMs
  }

  setTimer(atMonotonicMs: number, callback: () => void): () => void {
    const timer = { atMs: atMonotonicMs, id: this.nextId++, callback }
    this.timers.push(timer)
    this.maxPendingTimers = Math.max(this.maxPendingTimers, this.timers.length)
    return () => {
      this.timers = this.timers.filter((pending) => pending !== timer)
    }
  }

  get pendingTimers(): number {
    return this.timers.length
  }

  /** When the next timer will fire, or null. */
  nextTimerAtMs(): number | null {
    return this.timers.reduce<number | null>((soonest, t) => (soonest === null || t.atMs < soonest ? t.atMs : soonest), null)
  }

  jumpWall(deltaMs: number): void {
    this.wallOffsetMs += deltaMs
  }

  /**
   * Time passes while the event loop is busy (a loaded machine): timers that fall due meanwhile
   * fire late, at the next `advanceBy`/`advanceTo`, and a call made now sees them still pending.
   */
  stall(deltaMs: number): void {
    this.nowMs += deltaMs
  }

  advanceBy(deltaMs: number): void {
    this.advanceTo(this.nowMs + deltaMs)
  }

  advanceTo(targetMs: number): void {
    for (;;) {
      const due = this.timers
        .filter((timer) => timer.atMs <= targetMs)
        .sort((a, b) => a.atMs - b.atMs || a.id - b.id)[0]
      if (!due) break
      this.timers = this.timers.filter((timer) => timer !== due)
      this.nowMs = Math.max(this.nowMs, due.atMs)
      this.timerCallbacks += 1
      due.callback()
    }
    this.nowMs = Math.max(this.nowMs, targetMs)
  }
}
