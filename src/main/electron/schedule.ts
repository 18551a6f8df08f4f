/** One-shot timer port: returns a function that cancels it. */
export type Schedule = (delayMs: number, callback: () => void) => () => void

/** setTimeout, capped to what it accepts (a signed 32-bit number of milliseconds). */
export const scheduleWithTimeout: Schedule = (delayMs, callback) => {
  const handle = setTimeout(callback, Math.min(Math.max(0, delayMs), 2 ** 31 - 1))
  return () => {
    clearTimeout(handle)
  }
}
