import { WALL_RECHECK_MS } from './idle-sampling'
import type { WakeMoment } from './wake-moment'

/**
 * The one timer the engine keeps (DESIGN.md §2: never a 1 Hz poll loop): the earliest of the
 * moments it must wake for. A wall-clock moment (end of a pause, working-hours boundary, clock
 * slot) is never slept towards for longer than WALL_RECHECK_MS, as the clock may be set meanwhile
 * and Node has no event for that.
 */
export class NextWakeup {
  private atMs = Number.POSITIVE_INFINITY

  constructor(private readonly moment: WakeMoment) {}

  /** A monotonic moment to wake at (null: none). */
  at(ms: number | null): void {
    if (ms !== null) this.atMs = Math.min(this.atMs, ms)
  }

  /** A wall-clock moment to wake at (null: none). */
  atWall(wallMs: number | null): void {
    if (wallMs !== null) this.at(this.moment.nowMs + Math.min(Math.max(wallMs - this.moment.nowWallMs, 0), WALL_RECHECK_MS))
  }

  /**
   * When the timer should fire: at least 1 ms ahead, so anything overdue (even a stale -Infinity)
   * wakes at once rather than never; null when there is nothing to wait for.
   */
  timerAtMs(): number | null {
    if (this.atMs === Number.POSITIVE_INFINITY) return null
    return Math.max(this.atMs, this.moment.nowMs + 1)
  }
}
