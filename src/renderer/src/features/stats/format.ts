/** Display helpers for the stats page. Day keys are zone-free dates (yyyy-MM-dd) from main. */

/** "45 min", "3 h 20 min", "2 h": rounded to whole minutes. */
export function formatMinutes(minutes: number): string {
  const whole = Math.round(minutes)
  if (whole < 60) return `${whole} min`
  const hours = Math.floor(whole / 60)
  const rest = whole % 60
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`
}

export function formatPercent(percent: number | null): string {
  return percent === null ? '–' : `${Math.round(percent)} %`
}

/** The day as a UTC date, so formatting never shifts it into the viewer's zone. */
function dateOf(dayKey: string): Date {
  const [year = 1970, month = 1, day = 1] = dayKey.split('-').map(Number)
  return new Date(Date.UTC(year, month - 1, day))
}

const weekdayFormat = new Intl.DateTimeFormat(undefined, { weekday: 'short', timeZone: 'UTC' })
const shortDateFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', timeZone: 'UTC' })
const longDateFormat = new Intl.DateTimeFormat(undefined, { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' })

export const weekdayLabel = (dayKey: string): string => weekdayFormat.format(dateOf(dayKey))
export const shortDateLabel = (dayKey: string): string => shortDateFormat.format(dateOf(dayKey))
export const longDateLabel = (dayKey: string): string => longDateFormat.format(dateOf(dayKey))

export function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`
}
