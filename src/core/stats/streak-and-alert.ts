import type { LocalDayIndex, LocalDay } from './local-days'
import { adherenceRatio, comfortAverage, type Tally } from './tally'

export const streakMinAdherence = 0.8
/** Three check-in days in a row at 7+; the window matches the "pain lasting 1–2 weeks" advice. */
export const comfortAlertDays = 3
export const comfortAlertMinScore = 7
export const comfortAlertLookbackDays = 14

type DayVerdict = 'qualifies' | 'fails' | 'neutral'

function streakVerdict(tally: Tally | undefined): DayVerdict {
  const adherence = tally === undefined ? null : adherenceRatio(tally)
  if (adherence === null) return 'neutral'
  return adherence >= streakMinAdherence ? 'qualifies' : 'fails'
}

/**
 * Qualifying days counted back from today. Days with no break at all (weekends, leave) are
 * neutral: a streak of working days should survive a weekend. Today never ends a streak, as
 * it is still going; it counts once it qualifies.
 */
export function countStreakDays(
  today: LocalDay,
  index: LocalDayIndex,
  tallyOf: (day: LocalDay) => Tally | undefined,
  earliestMs: number
): number {
  let streak = 0
  for (let day = today; day.endMs > earliestMs; day = index.previous(day)) {
    const verdict = streakVerdict(tallyOf(day))
    if (verdict === 'qualifies') streak += 1
    else if (verdict === 'fails' && day !== today) break
  }
  return streak
}

/** The three most recent check-in days within the lookback each averaged ≥ 7. */
export function hasComfortAlert(
  today: LocalDay,
  index: LocalDayIndex,
  tallyOf: (day: LocalDay) => Tally | undefined
): boolean {
  const averages: number[] = []
  let day = today
  for (let back = 0; back < comfortAlertLookbackDays && averages.length < comfortAlertDays; back += 1) {
    const tally = tallyOf(day)
    const average = tally === undefined ? null : comfortAverage(tally)
    if (average !== null) averages.push(average)
    day = index.previous(day)
  }
  return averages.length === comfortAlertDays && averages.every((average) => average >= comfortAlertMinScore)
}
