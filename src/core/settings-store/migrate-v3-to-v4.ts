/*
 * Version 4 adds the break window's sound: `app.breakSound` ("off", "soft" or "chime") and
 * `app.soundVolumePercent`. Someone who had turned sounds off keeps silence; everyone else
 * gets the soft sound at 60 %. Anything not shaped like a version-3 document is handed on
 * unchanged for the final schema check to reject.
 */

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

export function migrateV3ToV4(input: unknown): unknown {
  if (!isRecord(input) || !isRecord(input.app)) return input
  const { app } = input
  return {
    ...input,
    app: {
      ...app,
      breakSound: app.breakSound ?? (app.sounds === false ? 'off' : 'soft'),
      soundVolumePercent: app.soundVolumePercent ?? 60
    }
  }
}
