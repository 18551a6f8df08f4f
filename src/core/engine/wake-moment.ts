/**
 * The monotonic and the wall clock read together (at the wakeup being handled, or for a state
 * snapshot). Between readings the engine takes the two clocks to run together, so a monotonic
 * moment maps to a wall time and back by their offset at this reading; a wall clock that is set
 * in between is seen at the next reading.
 */
export class WakeMoment {
  constructor(
    readonly nowMs: number,
    readonly nowWallMs: number
  ) {}

  /** The wall time at a monotonic moment. */
  wallAt(monotonicMs: number): number {
    return this.nowWallMs + (monotonicMs - this.nowMs)
  }

  /** The monotonic moment a wall time will be reached (or was). */
  monotonicAt(wallMs: number): number {
    return this.nowMs + (wallMs - this.nowWallMs)
  }
}
