import type { DayStats, PeriodStats, StatsResult } from '@shared/stats'

const emptyPeriod: PeriodStats = {
  breaksCompleted: 0,
  breaksSkipped: 0,
  breaksPostponed: 0,
  breaksMissed: 0,
  breaksDue: 0,
  naturalBreaks: 0,
  postureDone: 0,
  postureIgnored: 0,
  postureUnanswered: 0,
  postureSilent: 0,
  adherencePercent: null,
  activeMinutes: 0,
  longestStretchMinutes: 0,
  comfortAverage: null,
  comfortCheckIns: 0,
  dailyLimitDays: 0
}

const dayMs = 86_400_000

/** A day of stats with the derived fields (due, adherence) computed as src/shared/stats.ts defines them. */
export function day(dayKey: string, counts: Partial<PeriodStats> = {}): DayStats {
  const merged = { ...emptyPeriod, ...counts }
  const taken = merged.breaksCompleted + merged.naturalBreaks
  const judged = taken + merged.breaksSkipped + merged.breaksMissed
  return {
    ...merged,
    breaksDue: counts.breaksDue ?? merged.breaksCompleted + merged.breaksSkipped + merged.breaksMissed,
    adherencePercent: counts.adherencePercent !== undefined ? counts.adherencePercent : judged === 0 ? null : Math.round((taken / judged) * 1000) / 10,
    dayKey,
    startMs: Date.parse(`${dayKey}T00:00:00Z`),
    hours: 24
  }
}

/** Consecutive day keys ending with `lastKey`. */
export function dayKeys(count: number, lastKey = '2026-03-06'): string[] {
  const last = Date.parse(`${lastKey}T00:00:00Z`)
  return Array.from({ length: count }, (_, index) => new Date(last - (count - 1 - index) * dayMs).toISOString().slice(0, 10))
}

export function stats(series: DayStats[], extra: Partial<StatsResult> = {}): StatsResult {
  const today = series[series.length - 1]
  if (!today) throw new Error('a series needs at least one day')
  const totals = series.reduce<PeriodStats>(
    (sum, item) => ({
      ...sum,
      breaksCompleted: sum.breaksCompleted + item.breaksCompleted,
      breaksSkipped: sum.breaksSkipped + item.breaksSkipped,
      breaksPostponed: sum.breaksPostponed + item.breaksPostponed,
      breaksMissed: sum.breaksMissed + item.breaksMissed,
      breaksDue: sum.breaksDue + item.breaksDue,
      naturalBreaks: sum.naturalBreaks + item.naturalBreaks,
      postureDone: sum.postureDone + item.postureDone,
      postureIgnored: sum.postureIgnored + item.postureIgnored,
      postureUnanswered: sum.postureUnanswered + item.postureUnanswered,
      postureSilent: sum.postureSilent + item.postureSilent,
      activeMinutes: sum.activeMinutes + item.activeMinutes,
      longestStretchMinutes: Math.max(sum.longestStretchMinutes, item.longestStretchMinutes),
      dailyLimitDays: sum.dailyLimitDays + item.dailyLimitDays
    }),
    emptyPeriod
  )
  const taken = totals.breaksCompleted + totals.naturalBreaks
  const judged = taken + totals.breaksSkipped + totals.breaksMissed
  return {
    timeZone: 'UTC',
    nowMs: today.startMs + 12 * 3_600_000,
    days: series.length,
    today,
    series,
    totals: { ...totals, adherencePercent: judged === 0 ? null : Math.round((taken / judged) * 1000) / 10 },
    streakDays: 0,
    comfortAlert: false,
    ...extra
  }
}
