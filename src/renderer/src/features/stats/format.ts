import type { TFunction } from 'i18next'

/** Display helpers for the stats page. Day keys are zone-free dates (yyyy-MM-dd) from main. */

/** "45 min", "3 h 20 min", "2 h": rounded to whole minutes. */
export function formatMinutes(t: TFunction, minutes: number): string {
  const whole = Math.round(minutes)
  if (whole < 60) return t('duration.minutesShort', { count: whole })
  const hours = Math.floor(whole / 60)
  const rest = whole % 60
  return rest === 0 ? t('duration.hours', { hours }) : t('duration.hoursMinutes', { hours, minutes: rest })
}

export function formatPercent(t: TFunction, percent: number | null): string {
  return percent === null ? t('common.none') : t('common.percent', { value: Math.round(percent) })
}

/** The day as a UTC date, so formatting never shifts it into the viewer's zone. */
function dateOf(dayKey: string): Date {
  const [year = 1970, month = 1, day = 1] = dayKey.split('-').map(Number)
  return new Date(Date.UTC(year, month - 1, day))
}

/** A date as the language writes it (Intl through i18next's datetime formatter). */
function dateLabel(t: TFunction, dayKey: string, options: Intl.DateTimeFormatOptions): string {
  return t('time.date', { date: dateOf(dayKey), formatParams: { date: { ...options, timeZone: 'UTC' } } })
}

export const weekdayLabel = (t: TFunction, dayKey: string): string => dateLabel(t, dayKey, { weekday: 'short' })
export const shortDateLabel = (t: TFunction, dayKey: string): string => dateLabel(t, dayKey, { day: 'numeric', month: 'short' })
export const longDateLabel = (t: TFunction, dayKey: string): string =>
  dateLabel(t, dayKey, { weekday: 'long', day: 'numeric', month: 'long' })

/** "2 natural, 1 missed": parts joined as the language lists things (Intl.ListFormat). */
export function listText(t: TFunction, parts: readonly string[]): string {
  return t('common.list', { parts: [...parts] })
}
