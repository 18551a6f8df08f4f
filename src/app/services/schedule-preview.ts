import { DateTime } from 'luxon'
import { parseScenario, simulate } from '../../core/simulator'
import type { SchedulePreview } from '../../shared/schedule-preview'
import type { Settings } from '../../shared/settings'
import { nextLocalMidnightMs } from './tray-actions'

const horizonMinutes = 4 * 60
const workdayMinutes = 8 * 60

/**
 * "With these settings, today you will get about N breaks": the real engine run by the
 * simulator from now, assuming the user stays at the computer and takes every break. Clock
 * breaks come at their slots as they would. The daily limit counts what was already worked
 * today (`activeMinutesToday`), so the simulated day is given only the rest of it.
 */
export function previewSchedule(settings: Settings, nowMs: number, timeZone: string, activeMinutesToday = 0): SchedulePreview {
  const start = DateTime.fromMillis(nowMs, { zone: timeZone })
  const basis = settings.workingHours.enabled ? 'working-hours' : 'next-8-hours'
  const untilMidnightMinutes = (nextLocalMidnightMs(nowMs, timeZone) - nowMs) / 60_000
  const dayMinutes = basis === 'working-hours' ? untilMidnightMinutes : workdayMinutes
  const minutes = Math.max(1, Math.max(dayMinutes, horizonMinutes))
  const scenario = parseScenario({
    start: start.toISO({ suppressMilliseconds: true }),
    timezone: timeZone,
    minutes,
    settings
  })
  // Set after validation on purpose: the rest of a limit may lie below the break interval, which
  // is bad input for a setting but exactly what is left of today.
  const limitLeftMinutes = Math.max(1, settings.dailyLimit.minutes - Math.floor(activeMinutesToday))
  const events = simulate({ ...scenario, settings: { ...scenario.settings, dailyLimit: { ...settings.dailyLimit, minutes: limitLeftMinutes } } })
  const today = events.filter((event) => event.minute <= dayMinutes)
  const limitReached = today.find((event) => event.kind === 'dailyLimit')
  return {
    basis,
    breaksToday: today.filter((event) => event.kind === 'break').length,
    postureCuesToday: today.filter((event) => event.kind === 'posture').length,
    dailyLimitAtWallMs: limitReached ? Math.round(nowMs + limitReached.minute * 60_000) : null,
    horizonMinutes,
    timeline: events.flatMap((event) =>
      event.minute <= horizonMinutes && event.kind !== 'natural'
        ? [{ minute: event.minute, wallMs: Math.round(nowMs + event.minute * 60_000), kind: event.kind }]
        : []
    )
  }
}
