import { DateTime } from 'luxon'
import { parseScenario, simulate } from '../../core/simulator'
import type { SchedulePreview } from '../../shared/schedule-preview'
import type { Settings } from '../../shared/settings'
import { nextLocalMidnightMs } from './tray-actions'

const horizonMinutes = 4 * 60
const workdayMinutes = 8 * 60

/**
 * "With these settings, today you will get about N breaks": the real engine run by the
 * simulator from now, assuming the user stays at the computer and takes every break.
 */
export function previewSchedule(settings: Settings, nowMs: number, timeZone: string): SchedulePreview {
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
  const events = simulate(scenario)
  const today = events.filter((event) => event.minute <= dayMinutes)
  return {
    basis,
    breaksToday: today.filter((event) => event.kind === 'break').length,
    postureCuesToday: today.filter((event) => event.kind === 'posture').length,
    horizonMinutes,
    timeline: events.flatMap((event) =>
      event.minute <= horizonMinutes && event.kind !== 'natural'
        ? [{ minute: event.minute, wallMs: nowMs + event.minute * 60_000, kind: event.kind }]
        : []
    )
  }
}
