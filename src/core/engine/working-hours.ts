import { DateTime, IANAZone } from 'luxon'
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
 * change is 2 h). A start inside the skipped hour moves forward with the clocks; in the repeated
 * hour Luxon picks one of the two instants. Touching ranges, also across midnight
 * (mon 22:00–24:00 + tue 00:00–06:00), are one span, so passing midnight is not "entering" hours.
 */
export class WorkingHoursCalendar {
  private cached: CachedStatus | null = null

  constructor(
    private readonly settings: WorkingHoursSettings,
    private readonly timeZone: string
  ) {
    if (!isValidTimeZone(timeZone)) throw new RangeError(`unknown time zone "${timeZone}"`)
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
    return DateTime.fromObject(
      {
        year: date.year,
        month: date.month,
        day: date.day,
        hour: Math.floor(minutes / 60),
        minute: minutes % 60
      },
      { zone: this.timeZone }
    ).toMillis()
  }
}
