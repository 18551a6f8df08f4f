import type { ActiveEvent, HistoryEvent } from '../../shared/history'
import { statsDaysSchema, type DayStats, type StatsResult } from '../../shared/stats'
import { createLocalDayIndex, type LocalDay, type LocalDayIndex } from './local-days'
import { createStretchTracker } from './longest-stretch'
import { comfortAlertLookbackDays, countStreakDays, hasComfortAlert } from './streak-and-alert'
import { addTally, emptyTally, toPeriodStats, type Tally } from './tally'

export interface ComputeStatsOptions {
  nowMs: number
  /** IANA zone that decides which local day an event belongs to. */
  timeZone: string
  /** Length of the series, ending with today (the page asks for 7 or 30). */
  days: number
}

const minuteMs = 60_000
/** A runaway `active` record cannot smear itself over more than the retention window. */
const maxActiveSpanMinutes = 400 * 24 * 60

function isSortedByTime(events: readonly HistoryEvent[]): boolean {
  for (let i = 1; i < events.length; i += 1) {
    const previous = events[i - 1]
    const event = events[i]
    if (previous !== undefined && event !== undefined && event.atMs < previous.atMs) return false
  }
  return true
}

/**
 * An `active` record is the active time that ended at `atMs`; the part before local midnight
 * belongs to the day before (and so on, for a long one).
 */
function spreadActiveMinutes(event: Pick<ActiveEvent, 'atMs' | 'minutes'>, index: LocalDayIndex, add: (day: LocalDay, minutes: number) => void): void {
  let remainingMs = Math.min(event.minutes, maxActiveSpanMinutes) * minuteMs
  let endMs = event.atMs
  while (remainingMs > 0) {
    const day = index.dayOf(endMs - 1)
    const inDayMs = Math.min(remainingMs, endMs - day.startMs)
    add(day, inDayMs / minuteMs)
    remainingMs -= inDayMs
    endMs = day.startMs
  }
}

/**
 * The part of `minutes` of active time ending at `endMs` that falls on the local day `dayKey`,
 * split at midnight as the statistics split it (the tray's live figure for today).
 */
export function activeMinutesOnDay(minutes: number, endMs: number, dayKey: string, timeZone: string): number {
  let onDay = 0
  spreadActiveMinutes({ atMs: endMs, minutes }, createLocalDayIndex(timeZone), (day, dayMinutes) => {
    if (day.key === dayKey) onDay += dayMinutes
  })
  return onDay
}

function tallyEvent(event: HistoryEvent, tally: Tally): void {
  switch (event.kind) {
    case 'posture':
      if (event.response === 'done') tally.postureDone += 1
      else if (event.response === 'ignore') tally.postureIgnored += 1
      else if (event.response === 'unanswered') tally.postureUnanswered += 1
      else tally.postureSilent += 1
      return
    case 'break':
      if (event.outcome === 'completed') tally.breaksCompleted += 1
      else if (event.outcome === 'skipped') tally.breaksSkipped += 1
      else if (event.outcome === 'missed') tally.breaksMissed += 1
      else tally.breaksPostponed += 1
      return
    case 'natural':
      tally.naturalBreaks += 1
      return
    case 'comfort':
      tally.comfortScoreSum += event.score
      tally.comfortCheckIns += 1
      return
    case 'dailyLimit':
      // The reminder repeats every remindMinutes past the limit: the day counts once.
      tally.dailyLimitDays = 1
      return
    case 'active':
    case 'pause':
    case 'resume':
    case 'checklist':
      return
  }
}

/** Index of the first event at or after `atMs` (events sorted by time). */
function firstIndexAtOrAfter(events: readonly HistoryEvent[], atMs: number): number {
  let low = 0
  let high = events.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if ((events[middle]?.atMs ?? Infinity) < atMs) low = middle + 1
    else high = middle
  }
  return low
}

/**
 * Aggregates history for the stats page. Pure: the clock and the zone come in as options, so
 * the same events give the same numbers in the app, the web harness and the tests.
 *
 * Only the days shown (and the comfort look-back) are tallied up front; the streak tallies
 * older days on demand while it walks back. Mapping every day of a year to its local bounds
 * would cost more than everything else together (Luxon zone look-ups).
 */
export function computeStats(events: readonly HistoryEvent[], options: ComputeStatsOptions): StatsResult {
  const days = statsDaysSchema.safeParse(options.days)
  if (!days.success) throw new RangeError(`days must be a whole number from 1 to 400, got ${options.days}`)
  const index = createLocalDayIndex(options.timeZone)
  const ordered = isSortedByTime(events) ? events : [...events].sort((a, b) => a.atMs - b.atMs)

  const today = index.dayOf(options.nowMs)
  const tallyDays: LocalDay[] = [today]
  while (tallyDays.length < Math.max(days.data, comfortAlertLookbackDays)) {
    tallyDays.unshift(index.previous(tallyDays[0] ?? today))
  }
  const tallyFromMs = (tallyDays[0] ?? today).startMs

  const tallies = new Map<string, Tally>()
  const tallyOf = (day: LocalDay): Tally => {
    let tally = tallies.get(day.key)
    if (tally === undefined) {
      tally = emptyTally()
      tallies.set(day.key, tally)
    }
    return tally
  }
  const stretches = createStretchTracker((day, minutes) => {
    const tally = tallyOf(day)
    tally.longestStretchMinutes = Math.max(tally.longestStretchMinutes, minutes)
  })
  // Stretches end at local midnight and active time only reaches backwards, so nothing
  // before the first tallied day changes the tallied days.
  for (let i = firstIndexAtOrAfter(ordered, tallyFromMs); i < ordered.length; i += 1) {
    const event = ordered[i]
    if (event === undefined) continue
    if (event.kind === 'active') {
      spreadActiveMinutes(event, index, (day, minutes) => {
        tallyOf(day).activeMinutes += minutes
      })
      continue
    }
    const day = index.dayOf(event.atMs)
    tallyEvent(event, tallyOf(day))
    if (event.kind === 'break' || event.kind === 'natural') stretches.observe(event, day)
  }
  stretches.finish()

  /** Counts only (no stretches, no active time): all the streak needs from older days. */
  const tallyOfOlderDay = (day: LocalDay): Tally => {
    const tally = emptyTally()
    const end = firstIndexAtOrAfter(ordered, day.endMs)
    for (let i = firstIndexAtOrAfter(ordered, day.startMs); i < end; i += 1) {
      const event = ordered[i]
      if (event !== undefined) tallyEvent(event, tally)
    }
    return tally
  }
  const anyDayTally = (day: LocalDay): Tally | undefined =>
    day.startMs >= tallyFromMs ? tallies.get(day.key) : tallyOfOlderDay(day)

  const totals = emptyTally()
  const series: DayStats[] = tallyDays.slice(-days.data).map((day) => {
    const tally = tallies.get(day.key) ?? emptyTally()
    addTally(totals, tally)
    return {
      dayKey: day.key,
      startMs: day.startMs,
      hours: (day.endMs - day.startMs) / 3_600_000,
      ...toPeriodStats(tally)
    }
  })
  const todayStats = series[series.length - 1]
  if (todayStats === undefined) throw new Error('unreachable: the series always ends with today')

  return {
    timeZone: options.timeZone,
    nowMs: options.nowMs,
    days: days.data,
    today: todayStats,
    series,
    totals: toPeriodStats(totals),
    streakDays: countStreakDays(today, index, anyDayTally, ordered[0]?.atMs ?? options.nowMs),
    comfortAlert: hasComfortAlert(today, index, anyDayTally)
  }
}
