/**
 * Engine seconds per real second as the page may use it: the harness's speed, or 1. Anything but
 * a positive number (app info missing or malformed) counts as real time, so no timer divides by
 * zero or runs backwards.
 */
export function usableTimeScale(timeScale: number): number {
  return Number.isFinite(timeScale) && timeScale > 0 ? timeScale : 1
}
