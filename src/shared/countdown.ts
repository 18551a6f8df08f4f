import type { TFunction } from 'i18next'

/**
 * How the tray and the Today page show time, so the two never disagree: countdowns in whole
 * minutes rounded up ("in 0 minutes" never shows while something is still ahead) and clock
 * times in the app's time zone, 12- or 24-hour as the language's locale has it. The words come
 * from the catalog (`duration.*`, plural keys), so every language counts its own way.
 */
export function wholeMinutes(seconds: number): number {
  return Math.max(1, Math.ceil(seconds / 60))
}

/** "1 minute", "23 minutes", "2 h 5 min": the spelled-out countdown of the pages. */
export function minutesText(t: TFunction, seconds: number): string {
  const minutes = wholeMinutes(seconds)
  if (minutes >= 120) return t('duration.hoursMinutes', { hours: Math.floor(minutes / 60), minutes: minutes % 60 })
  return t('duration.minutes', { count: minutes })
}

/** Seconds until a countdown of `seconds` shows one minute less; null once it shows 1. */
export function secondsUntilMinuteTicks(seconds: number): number | null {
  const minutes = wholeMinutes(seconds)
  return minutes <= 1 ? null : seconds - (minutes - 1) * 60
}

/** A wall-clock time such as "14:05" or "2:05 PM", as the language's locale writes it (Intl, through i18next). */
export function formatClock(t: TFunction, wallMs: number, timeZone: string): string {
  return t('time.clock', { time: new Date(wallMs), formatParams: { time: { timeStyle: 'short', timeZone } } })
}

/** "5 min", "2 h 5 min": the short countdown of the tray. */
export function minutesShort(t: TFunction, seconds: number): string {
  const minutes = wholeMinutes(seconds)
  if (minutes >= 120) return t('duration.hoursMinutes', { hours: Math.floor(minutes / 60), minutes: minutes % 60 })
  return t('duration.minutesShort', { count: minutes })
}

/** "30 seconds", "1 minute", "2 minutes": a lead time as a notification says it. */
export function durationWords(t: TFunction, seconds: number): string {
  if (seconds < 90) return t('duration.seconds', { count: Math.max(1, Math.round(seconds)) })
  return t('duration.minutes', { count: Math.round(seconds / 60) })
}

/** "8 h", "7 h 30 min", "45 min": how long someone has worked, for the daily limit. */
export function hoursAndMinutesText(t: TFunction, minutes: number): string {
  const whole = Math.max(0, Math.floor(minutes))
  const hours = Math.floor(whole / 60)
  const rest = whole % 60
  if (hours === 0) return t('duration.minutesShort', { count: rest })
  return rest === 0 ? t('duration.hours', { hours }) : t('duration.hoursMinutes', { hours, minutes: rest })
}
