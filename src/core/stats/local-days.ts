import { DateTime, IANAZone } from 'luxon'

/** One calendar day in a time zone: [startMs, endMs), 23, 24 or 25 hours long. */
export interface LocalDay {
  /** yyyy-MM-dd */
  key: string
  startMs: number
  endMs: number
}

export interface LocalDayIndex {
  dayOf(epochMs: number): LocalDay
  previous(day: LocalDay): LocalDay
}

/**
 * Maps instants to local days with Luxon's IANA zone rules. Luxon is asked once per day, not
 * once per event: each answer costs tens of microseconds (Intl offset look-ups).
 */
export function createLocalDayIndex(timeZone: string): LocalDayIndex {
  if (!IANAZone.isValidZone(timeZone)) throw new RangeError(`Unknown time zone: ${timeZone}`)
  // Every day computed so far, sorted by start; days never overlap, so a binary search finds
  // the one holding an instant. A stats run touches at most a few hundred.
  const known: LocalDay[] = []

  function compute(epochMs: number): LocalDay {
    const start = DateTime.fromMillis(epochMs, { zone: timeZone }).startOf('day')
    // Calendar arithmetic, so the next local midnight is found even across a DST change.
    const end = start.plus({ days: 1 })
    const key = start.toISODate()
    if (key === null) throw new RangeError(`Cannot place ${epochMs} in ${timeZone}`)
    return { key, startMs: start.toMillis(), endMs: end.toMillis() }
  }

  /** Index of the first known day that ends after `epochMs`. */
  function search(epochMs: number): number {
    let low = 0
    let high = known.length
    while (low < high) {
      const middle = (low + high) >>> 1
      if ((known[middle]?.endMs ?? Infinity) <= epochMs) low = middle + 1
      else high = middle
    }
    return low
  }

  function dayOf(epochMs: number): LocalDay {
    const position = search(epochMs)
    const candidate = known[position]
    if (candidate !== undefined && candidate.startMs <= epochMs) return candidate
    const day = compute(epochMs)
    known.splice(position, 0, day)
    return day
  }

  return {
    dayOf,
    previous: (day) => dayOf(day.startMs - 1)
  }
}
