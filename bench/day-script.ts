import { DateTime } from 'luxon'
import type { ScenarioInput } from '../src/core/simulator/scenario'

type ScriptEntry = NonNullable<ScenarioInput['script']>[number]

/**
 * A realistic office day from 08:30, as minutes after the start: short gaps while reading or
 * thinking (below the idle threshold), a coffee, a meeting away from the desk (screen locked),
 * lunch, a chat at a colleague's desk (a natural break), the odd bathroom trip.
 */
export function officeDay(offsetMinutes = 0): ScriptEntry[] {
  const day: ScriptEntry[] = [
    { at: 25, away: 1.5 },
    { at: 48, away: 1 },
    { at: 70, away: 4 }, // coffee
    { at: 95, away: 1.8 },
    { at: 120, lock: 45 }, // meeting in another room
    { at: 190, away: 1.2 },
    { at: 210, away: 3 },
    { at: 240, lock: 50 }, // lunch
    { at: 320, away: 1.7 },
    { at: 345, away: 12 }, // chat at a colleague's desk
    { at: 400, away: 1.5 },
    { at: 430, away: 4 },
    { at: 455, away: 1 }
  ]
  return day.map((entry) => ({ ...entry, at: entry.at + offsetMinutes }))
}

/** Mostly taken, now and then postponed or skipped. */
const dailyResponses = ['complete', 'postpone', 'complete', 'complete', 'skip', 'complete'] as const

export function officeDayScenario(): ScenarioInput {
  return {
    start: '2026-03-09T08:30:00-04:00',
    timezone: 'America/New_York',
    minutes: 8 * 60,
    script: officeDay(),
    responses: { break: [...dailyResponses] }
  }
}

/** 30 calendar days from a Monday 00:00, working hours Mon–Fri 09:00–17:00, an office day on each weekday. */
export function thirtyDayScenario(): ScenarioInput {
  const zone = 'Europe/Berlin'
  const first = DateTime.fromISO('2026-03-02T00:00:00', { zone })
  const script: ScriptEntry[] = []
  const breaks: (typeof dailyResponses)[number][] = []
  for (let day = 0; day < 30; day++) {
    const date = first.plus({ days: day })
    if (date.weekday > 5) continue
    // Minutes since the start of the scenario; DST (29 March) makes some days 23 h long.
    const dayStartMinutes = date.set({ hour: 8, minute: 30 }).diff(first, 'minutes').minutes
    script.push(...officeDay(dayStartMinutes))
    breaks.push(...dailyResponses)
  }
  return {
    start: first.toISO() ?? '',
    timezone: zone,
    minutes: 30 * 24 * 60,
    settings: { workingHours: { enabled: true } },
    script,
    responses: { break: breaks }
  }
}
