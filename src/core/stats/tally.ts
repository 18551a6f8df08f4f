import type { PeriodStats } from '../../shared/stats'

/** Raw counts for a day or a period, before rounding and ratios. */
export interface Tally {
  breaksCompleted: number
  breaksSkipped: number
  breaksPostponed: number
  breaksMissed: number
  naturalBreaks: number
  postureDone: number
  postureIgnored: number
  postureUnanswered: number
  postureSilent: number
  activeMinutes: number
  longestStretchMinutes: number
  comfortScoreSum: number
  comfortCheckIns: number
  /** 0 or 1 in a day's tally (however many reminders that day); a sum of days once added up. */
  dailyLimitDays: number
}

export function emptyTally(): Tally {
  return {
    breaksCompleted: 0,
    breaksSkipped: 0,
    breaksPostponed: 0,
    breaksMissed: 0,
    naturalBreaks: 0,
    postureDone: 0,
    postureIgnored: 0,
    postureUnanswered: 0,
    postureSilent: 0,
    activeMinutes: 0,
    longestStretchMinutes: 0,
    comfortScoreSum: 0,
    comfortCheckIns: 0,
    dailyLimitDays: 0
  }
}

export function addTally(into: Tally, from: Tally): void {
  into.breaksCompleted += from.breaksCompleted
  into.breaksSkipped += from.breaksSkipped
  into.breaksPostponed += from.breaksPostponed
  into.breaksMissed += from.breaksMissed
  into.naturalBreaks += from.naturalBreaks
  into.postureDone += from.postureDone
  into.postureIgnored += from.postureIgnored
  into.postureUnanswered += from.postureUnanswered
  into.postureSilent += from.postureSilent
  into.activeMinutes += from.activeMinutes
  into.longestStretchMinutes = Math.max(into.longestStretchMinutes, from.longestStretchMinutes)
  into.comfortScoreSum += from.comfortScoreSum
  into.comfortCheckIns += from.comfortCheckIns
  into.dailyLimitDays += from.dailyLimitDays
}

/** Breaks taken over breaks that could have been taken (missed ones were not); null when there were none. */
export function adherenceRatio(tally: Tally): number | null {
  const taken = tally.breaksCompleted + tally.naturalBreaks
  const total = taken + tally.breaksSkipped + tally.breaksMissed
  return total === 0 ? null : taken / total
}

export function comfortAverage(tally: Tally): number | null {
  return tally.comfortCheckIns === 0 ? null : tally.comfortScoreSum / tally.comfortCheckIns
}

const roundToTenth = (value: number): number => Math.round(value * 10) / 10

export function toPeriodStats(tally: Tally): PeriodStats {
  const adherence = adherenceRatio(tally)
  const comfort = comfortAverage(tally)
  return {
    breaksCompleted: tally.breaksCompleted,
    breaksSkipped: tally.breaksSkipped,
    breaksPostponed: tally.breaksPostponed,
    breaksMissed: tally.breaksMissed,
    breaksDue: tally.breaksCompleted + tally.breaksSkipped + tally.breaksMissed,
    naturalBreaks: tally.naturalBreaks,
    postureDone: tally.postureDone,
    postureIgnored: tally.postureIgnored,
    postureUnanswered: tally.postureUnanswered,
    postureSilent: tally.postureSilent,
    adherencePercent: adherence === null ? null : roundToTenth(adherence * 100),
    activeMinutes: roundToTenth(tally.activeMinutes),
    longestStretchMinutes: roundToTenth(tally.longestStretchMinutes),
    comfortAverage: comfort === null ? null : roundToTenth(comfort),
    comfortCheckIns: tally.comfortCheckIns,
    dailyLimitDays: tally.dailyLimitDays
  }
}
