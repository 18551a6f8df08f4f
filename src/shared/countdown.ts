/**
 * How the tray and the Today page show time, so the two never disagree: countdowns in whole
 * minutes rounded up ("in 0 minutes" never shows while something is still ahead) and clock
 * times as 24-hour HH:MM in the app's time zone.
 */
export function wholeMinutes(seconds: number): number {
  return Math.max(1, Math.ceil(seconds / 60))
}

/** "1 minute", "23 minutes", "2 h 5 min": the spelled-out countdown of the pages. */
export function minutesText(seconds: number): string {
  const minutes = wholeMinutes(seconds)
  if (minutes >= 120) return `${Math.floor(minutes / 60)} h ${minutes % 60} min`
  return `${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`
}

/** Seconds until a countdown of `seconds` shows one minute less; null once it shows 1. */
export function secondsUntilMinuteTicks(seconds: number): number | null {
  const minutes = wholeMinutes(seconds)
  return minutes <= 1 ? null : seconds - (minutes - 1) * 60
}

export function formatClock(wallMs: number, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', timeZone }).format(wallMs)
}

/** "30 seconds", "1 minute", "2 minutes": a lead time as a notification says it. */
export function durationWords(seconds: number): string {
  if (seconds < 90) {
    const whole = Math.max(1, Math.round(seconds))
    return `${whole} ${whole === 1 ? 'second' : 'seconds'}`
  }
  const minutes = Math.round(seconds / 60)
  return `${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`
}
