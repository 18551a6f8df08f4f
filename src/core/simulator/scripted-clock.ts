import type { Clock } from '../engine/ports'

interface PendingTimer {
  atMs: number
  order: number
  callback: () => void
}

/**
 * A clock that moves only when told to. Monotonic time starts at 0; the wall clock starts at
 * `startWallMs` and moves with it, plus any scripted jumps. Counts timer callbacks for the bench.
 */
export class ScriptedClock implements Clock {
  timerCallbacks = 0
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
    return () => {
      this.timers.delete(timer)
    }
  }

  jumpWall(deltaMs: number): void {
    this.wallJumpMs += deltaMs
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
