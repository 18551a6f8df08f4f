import type { DailyLimitTrack } from './daily-limit'
import type { ReminderTracks } from './tracks'

/**
 * Active time as the engine has counted it: exact up to `accountedToMs` (monotonic), the last
 * moment a wakeup replayed to. Each stretch that counted goes to the posture and break counts,
 * today's total (daily limit) and the run's total at once; an absence found late (the idle time
 * reaches the threshold only after it began) takes it back from all three. The engine decides
 * whether a stretch counts.
 */
export class ActiveTimeLedger {
  /** counts are exact up to this monotonic moment */
  accountedToMs: number
  private totalMs = 0

  constructor(
    startMs: number,
    private readonly tracks: ReminderTracks,
    private readonly dailyLimit: DailyLimitTrack
  ) {
    this.accountedToMs = startMs
  }

  /** Active time counted since the engine started. */
  get totalActiveMs(): number {
    return this.totalMs
  }

  /** A clock reading, never before the counts: a monotonic clock that stepped back changes nothing. */
  notBefore(clockMs: number): number {
    return Math.max(clockMs, this.accountedToMs)
  }

  /** Counts up to `ms`, as active time if `counting` (`wallMs`: the wall time at `ms`, for the local day). */
  accountTo(ms: number, counting: boolean, wallMs: number): void {
    if (ms <= this.accountedToMs) return
    if (counting) {
      this.tracks.accrue(ms - this.accountedToMs)
      this.dailyLimit.accrue(ms - this.accountedToMs, wallMs)
      this.totalMs += ms - this.accountedToMs
    }
    this.accountedToMs = ms
  }

  /** The user was away from `atMs`: active time counted since then is taken back. */
  takeBackFrom(atMs: number): void {
    if (atMs >= this.accountedToMs) return
    this.tracks.retract(this.accountedToMs - atMs)
    this.dailyLimit.retract(this.accountedToMs - atMs)
    this.totalMs -= this.accountedToMs - atMs
  }
}
