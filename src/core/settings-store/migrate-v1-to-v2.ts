/**
 * Version 2 raises `idle.thresholdSeconds` to at least 60. Version 1 accepted 10–59, but an idle
 * gap shorter than a minute was not reliably noticed (the engine samples idle time about once a
 * minute), so such a threshold promised something the app did not do (DESIGN.md §3 "Edge rules").
 * Anything else is carried over untouched; a value of the wrong type is left for the final schema
 * check to reject.
 */
export const MIN_IDLE_THRESHOLD_SECONDS = 60

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

export function migrateV1ToV2(settings: unknown): unknown {
  if (!isRecord(settings) || !isRecord(settings.idle)) return settings
  const threshold = settings.idle.thresholdSeconds
  if (typeof threshold !== 'number' || threshold >= MIN_IDLE_THRESHOLD_SECONDS) return settings
  return { ...settings, idle: { ...settings.idle, thresholdSeconds: MIN_IDLE_THRESHOLD_SECONDS } }
}
