import { DateTime } from 'luxon'

/** The local calendar day holding an instant, as the instants of its first and next midnight. */
export interface LocalDay {
  startWallMs: number
  endWallMs: number
}

/**
 * The local day around `wallMs` in an IANA zone. Luxon gives DST-aware midnights (a day with a
 * change is 23 or 25 hours long).
 */
export function localDayAt(wallMs: number, timeZone: string): LocalDay {
  const start = DateTime.fromMillis(wallMs, { zone: timeZone }).startOf('day')
  return { startWallMs: start.toMillis(), endWallMs: start.plus({ days: 1 }).toMillis() }
}

/**
 * Something counted per local day (active time, skips): kept with the day it belongs to and
 * started afresh when the wall clock is in another day, also after a jump in either direction.
 */
export class LocalDayCounter {
  private day: LocalDay

  constructor(
    private timeZone: string,
    nowWallMs: number,
    /** called when a new day begins */
    private readonly onNewDay: () => void
  ) {
    this.day = localDayAt(nowWallMs, timeZone)
  }

  get endWallMs(): number {
    return this.day.endWallMs
  }

  get startWallMs(): number {
    return this.day.startWallMs
  }

  /** Moves to the day of `wallMs`; true (and `onNewDay` called) when that is another day. */
  rollTo(wallMs: number): boolean {
    if (wallMs >= this.day.startWallMs && wallMs < this.day.endWallMs) return false
    this.day = localDayAt(wallMs, this.timeZone)
    this.onNewDay()
    return true
  }

  /** The zone changed: today is read again in it; counts stay if it is still the same day there. */
  setTimeZone(timeZone: string, nowWallMs: number): void {
    this.timeZone = timeZone
    const day = localDayAt(nowWallMs, timeZone)
    this.day = { startWallMs: Math.min(day.startWallMs, nowWallMs), endWallMs: day.endWallMs }
  }

  /** A restored day (from a snapshot), if `nowWallMs` still lies in it. */
  restore(startWallMs: number, nowWallMs: number): boolean {
    const day = localDayAt(startWallMs, this.timeZone)
    if (day.startWallMs !== startWallMs || nowWallMs < day.startWallMs || nowWallMs >= day.endWallMs) return false
    this.day = day
    return true
  }
}
