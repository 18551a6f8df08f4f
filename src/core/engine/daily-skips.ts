import { LocalDayCounter } from './local-day'

/**
 * Skips per local day against `break.maxSkipsPerDay` (DESIGN.md §3 "Skips per day"): after that
 * many, skip is no longer offered until local midnight. 0 means no limit.
 */
export class DailySkips {
  private used = 0
  private readonly day: LocalDayCounter

  constructor(timeZone: string, nowWallMs: number) {
    this.day = new LocalDayCounter(timeZone, nowWallMs, () => {
      this.used = 0
    })
  }

  get dayStartWallMs(): number {
    return this.day.startWallMs
  }

  get usedToday(): number {
    return this.used
  }

  setTimeZone(timeZone: string, nowWallMs: number): void {
    this.day.setTimeZone(timeZone, nowWallMs)
  }

  /** Skips left today; null when there is no limit. */
  left(maxPerDay: number, nowWallMs: number): number | null {
    this.day.rollTo(nowWallMs)
    return maxPerDay > 0 ? Math.max(0, maxPerDay - this.used) : null
  }

  noteSkip(nowWallMs: number): void {
    this.day.rollTo(nowWallMs)
    this.used += 1
  }

  restore(dayStartWallMs: number, used: number, nowWallMs: number): void {
    if (this.day.restore(dayStartWallMs, nowWallMs)) this.used = used
  }
}
