import type { Clock } from '../engine/ports'

interface PendingTimer {
  atMs: number
  order: number
  callback: () => void
}

/**
 * A clock that moves only when told to: the simulator's, the bench's and the tests' one fake
 * clock. Monotonic time starts at 0; the wall clock starts at `startWallMs` and moves with it,
 * plus any scripted jumps. Counts timer callbacks (for the bench) and the most timers ever
 * pending at once (so tests can hold the engine to "one timer").
 */
export class ScriptedClock implements Clock {
  timerCallbacks = 0
  maxPendingTimers = 0
  private nowMs = 0
  private wallJumpMs = 0
  private nextOrder = 0
  private readonly timers = new Set<PendingTimer>()

  constructor(private readonly startWallMs: number) {}

  monotonicNowMs(): number {
    return this.nowMs
  }

  wallNowMs(): number {
    return this.startWallMs + this.nowMs + this.wallJumpMs
  }

  setTimer(atMonotonicMs: number, callback: () => void): () => void {
    const timer: PendingTimer = { atMs: atMonotonicMs, order: this.nextOrder++, callback }
    this.timers.add(timer)
    this.maxPendingTimers = Math.max(this.maxPendingTimers, this.timers.size)
    return () => {
      this.timers.delete(timer)
    }
  }

  get pendingTimers(): number {
    return this.timers.size
  }

  /** When the next timer will fire, or null. */
  nextTimerAtMs(): number | null {
    let soonest: number | null = null
    for (const timer of this.timers) if (soonest === null || timer.atMs < soonest) soonest = timer.atMs
    return soonest
  }

  jumpWall(deltaMs: number): void {
    this.wallJumpMs += deltaMs
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

  /** Fires every timer due up to `targetMs` in time order, then stands at `targetMs`. */
  advanceTo(targetMs: number): void {
    for (let timer = this.nextDue(targetMs); timer; timer = this.nextDue(targetMs)) {
      this.timers.delete(timer)
      this.nowMs = Math.max(this.nowMs, timer.atMs)
      this.timerCallbacks += 1
      timer.callback()
    }
    this.nowMs = Math.max(this.nowMs, targetMs)
  }

  private nextDue(targetMs: number): PendingTimer | null {
    let next: PendingTimer | null = null
    for (const timer of this.timers) {
      if (timer.atMs > targetMs) continue
      if (!next || timer.atMs < next.atMs || (timer.atMs === next.atMs && timer.order < next.order)) next = timer
    }
    return next
  }
}
