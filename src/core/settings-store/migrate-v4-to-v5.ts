/**
 * Version 5 adds the posture watch section (DESIGN §12), off by default. Its defaults are frozen
 * here, not taken from defaultSettings, so this step keeps producing a version-5 document after
 * the defaults move on. Anything that is not an object is passed on for the schema to reject.
 */
const version5PostureWatch = { enabled: false, periodSeconds: 30, sensitivity: 'medium', mode: 'sampled' } as const

export function migrateV4ToV5(input: unknown): unknown {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return input
  return { ...input, postureWatch: { ...version5PostureWatch } }
}
