import { DateTime, IANAZone } from 'luxon'
import { MS_PER_MINUTE } from './reminder-settings'
import { clockTimeToMinutes, weekdayKeys, type WorkingHoursSettings } from '../../shared/settings'

/** Whether the wall time is inside working hours, and until when that stays true. */
export interface HoursStatus {
  inside: boolean
  /** epoch ms of the next change; null when it never changes (hours off, or no working day at all) */
  untilWallMs: number | null
}

interface Span {
  startMs: number
  endMs: number
}

interface CachedStatus extends HoursStatus {
  fromWallMs: number
}

const ALWAYS_INSIDE: HoursStatus = { inside: true, untilWallMs: null }
const NEVER_INSIDE: HoursStatus = { inside: false, untilWallMs: null }

export function isValidTimeZone(timeZone: string): boolean {
  return IANAZone.isValidZone(timeZone)
}

/**
 * Working hours in an IANA zone. Local clock times are turned into instants by Luxon, so a day
 * with a DST change is as long as the clocks say (09:00–17:00 is 8 h; 01:00–04:00 on the spring
 * change is 2 h). A time inside the skipped hour begins at the first minute that exists after it;
 * a time in the repeated hour means its first occurrence (DESIGN.md §3 "Edge rules"). Touching ranges, also across midnight
 * (mon 22:00–24:00 + tue 00:00–06:00), are one span, so passing midnight is not "entering" hours.
 */
export class WorkingHoursCalendar {
  private cached: CachedStatus | null = null
  private readonly zone: IANAZone

  constructor(
    private readonly settings: WorkingHoursSettings,
    private readonly timeZone: string
  ) {
    if (!isValidTimeZone(timeZone)) throw new RangeError(`unknown time zone "${timeZone}"`)
    this.zone = IANAZone.create(timeZone)
  }

  /** Cached per span, because the engine asks on every wakeup and Luxon is not free. */
  statusAt(wallMs: number): HoursStatus {
    if (!this.settings.enabled) return ALWAYS_INSIDE
    const hit = this.cached
    if (hit && wallMs >= hit.fromWallMs && (hit.untilWallMs === null || wallMs < hit.untilWallMs)) {
      return { inside: hit.inside, untilWallMs: hit.untilWallMs }
    }
    const computed = this.compute(wallMs)
    this.cached = computed
    return { inside: computed.inside, untilWallMs: computed.untilWallMs }
  }

  /** True when every instant from `fromWallMs` to `toWallMs` is inside working hours. */
  coversWholly(fromWallMs: number, toWallMs: number): boolean {
    const from = Math.min(fromWallMs, toWallMs)
    const to = Math.max(fromWallMs, toWallMs)
    const status = this.statusAt(from)
    return status.inside && (status.untilWallMs === null || status.untilWallMs >= to)
  }

  private compute(wallMs: number): CachedStatus {
    const anyDay = weekdayKeys.some((key) => this.settings.days[key].length > 0)
    if (!anyDay) return { ...NEVER_INSIDE, fromWallMs: Number.NEGATIVE_INFINITY }

    const { spans, windowStartMs } = this.spansAround(wallMs)
    let previousEndMs = windowStartMs
    for (const span of spans) {
      if (wallMs < span.startMs) {
        return { inside: false, untilWallMs: span.startMs, fromWallMs: previousEndMs }
      }
      if (wallMs < span.endMs) {
        return { inside: true, untilWallMs: span.endMs, fromWallMs: span.startMs }
      }
      previousEndMs = span.endMs
    }
    // Unreachable with a weekly pattern and a 9-day window; stay safe and look again later.
    return { inside: false, untilWallMs: wallMs + 24 * 60 * 60 * 1000, fromWallMs: wallMs }
  }

  /** Merged spans for the local days from yesterday to 8 days ahead: every weekday recurs in it. */
  private spansAround(wallMs: number): { spans: Span[]; windowStartMs: number } {
    const today = DateTime.fromMillis(wallMs, { zone: this.timeZone }).startOf('day')
    const windowStartMs = today.minus({ days: 1 }).toMillis()
    const spans: Span[] = []
    for (let offsetDays = -1; offsetDays <= 8; offsetDays++) {
      const day = today.plus({ days: offsetDays })
      const key = weekdayKeys[day.weekday - 1]
      if (key === undefined) continue
      for (const range of this.settings.days[key]) {
        spans.push({
          startMs: this.localInstant(day, clockTimeToMinutes(range.start)),
          endMs: this.localInstant(day, clockTimeToMinutes(range.end))
        })
      }
    }
    spans.sort((a, b) => a.startMs - b.startMs)
    const merged: Span[] = []
    for (const span of spans) {
      const last = merged[merged.length - 1]
      if (last && span.startMs <= last.endMs) last.endMs = Math.max(last.endMs, span.endMs)
      else merged.push({ ...span })
    }
    return { spans: merged, windowStartMs }
  }

  /** The instant of a local clock time; built from fields, not by adding minutes, so DST is honoured. */
  private localInstant(day: DateTime, minutesAfterMidnight: number): number {
    const date = minutesAfterMidnight >= 24 * 60 ? day.plus({ days: 1 }) : day
    const minutes = minutesAfterMidnight % (24 * 60)
    const wallAsUtcMs = Date.UTC(date.year, date.month - 1, date.day, Math.floor(minutes / 60), minutes % 60)
    return localWallToInstant(wallAsUtcMs, this.zone)
  }
}

/** Offsets of every zone stay within a day of the wall time, so these two bracket any change. */
const OFFSET_PROBE_MS = 24 * 60 * 60 * 1000

/**
 * The instant at which a zone's clocks show a wall time (given as if it were UTC). Never depends
 * on today's date (Luxon's own resolution guesses from the current offset): of two instants (fall
 * back) the first; of none (spring forward) the first minute that exists after the wall time,
 * which is the moment of the change.
 */
export function localWallToInstant(wallAsUtcMs: number, zone: IANAZone): number {
  const offsets = new Set([
    zone.offset(wallAsUtcMs - OFFSET_PROBE_MS),
    zone.offset(wallAsUtcMs),
    zone.offset(wallAsUtcMs + OFFSET_PROBE_MS)
  ])
  const valid = [...offsets]
    .map((offsetMinutes) => wallAsUtcMs - offsetMinutes * MS_PER_MINUTE)
    .filter((instantMs) => instantMs + zone.offset(instantMs) * MS_PER_MINUTE === wallAsUtcMs)
  if (valid.length > 0) return Math.min(...valid)
  // In a gap: the clocks jump from before this wall time to after it. Find the jump by bisection
  // over whole minutes between the instant read with the larger offset and the one with the smaller.
  const sorted = [...offsets].sort((a, b) => a - b)
  let beforeMs = wallAsUtcMs - (sorted[sorted.length - 1] ?? 0) * MS_PER_MINUTE
  let afterMs = wallAsUtcMs - (sorted[0] ?? 0) * MS_PER_MINUTE
  const shows = (instantMs: number): number => instantMs + zone.offset(instantMs) * MS_PER_MINUTE
  while (afterMs - beforeMs > MS_PER_MINUTE) {
    const middleMs = beforeMs + Math.max(1, Math.floor((afterMs - beforeMs) / 2 / MS_PER_MINUTE)) * MS_PER_MINUTE
    if (shows(middleMs) < wallAsUtcMs) beforeMs = middleMs
    else afterMs = middleMs
  }
  return afterMs
}
