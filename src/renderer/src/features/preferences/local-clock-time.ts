import { clockTimeToMinutes } from '@shared/settings'

// The locale's own clock (9:00 AM, 09:00): what the time inputs show, so messages match them.
const format = new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' })

/** "13:30" → "1:30 PM" or "13:30" as the locale writes it; "24:00" (the day's end) as midnight. */
export function localClockTime(time: string): string {
  const minutes = clockTimeToMinutes(time) % (24 * 60)
  return format.format(new Date(2000, 0, 1, Math.floor(minutes / 60), minutes % 60))
}
