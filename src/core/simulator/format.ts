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
  const text = DateTime.fromMillis(Math.round(wallMs), { zone: timeZone }).toISO({ suppressMilliseconds: true })
  // The scenario is checked to stay inside the Date range, so this is a bug, never an empty "wall".
  if (text === null) throw new RangeError(`no wall time for ${wallMs} ms in ${timeZone}`)
  return text
}
