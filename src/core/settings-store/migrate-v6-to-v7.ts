/**
 * Version 7 adds the language choice (DESIGN §11): "system", following the OS, as before the
 * choice existed. Frozen here rather than read from defaultSettings, so this step keeps producing
 * a version-7 document after the defaults move on. A non-object (or an app section that is not
 * one) is passed on for the schema to reject.
 */
export function migrateV6ToV7(input: unknown): unknown {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return input
  const app: unknown = (input as { app?: unknown }).app
  if (typeof app !== 'object' || app === null || Array.isArray(app)) return input
  return { ...input, app: { ...app, language: 'system' } }
}
