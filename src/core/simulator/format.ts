import { DateTime } from 'luxon'

/**
 * Minutes are shown to 1e-6 (60 µs): enough for any event time the engine produces from
 * whole-second settings, without float noise such as 49.50000000001. Decimals only when needed.
 */
export function roundMinutes(minutes: number): number {
  const rounded = Math.round(minutes * 1e6) / 1e6
  return Object.is(rounded, -0) ? 0 : rounded
}

/** ISO 8601 in the scenario's zone with its offset; milliseconds only when not zero. */
export function formatWall(wallMs: number, timeZone: string): string {
  return DateTime.fromMillis(Math.round(wallMs), { zone: timeZone }).toISO({ suppressMilliseconds: true }) ?? ''
}
