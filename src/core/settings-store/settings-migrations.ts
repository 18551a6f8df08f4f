import { z } from 'zod'
import { describeZodError, settingsSchema, type Settings } from '../../shared/settings'
import { migrateV0ToV1 } from './migrate-v0-to-v1'
import { migrateV1ToV2 } from './migrate-v1-to-v2'

/** Takes the settings object of version N and returns the settings object of version N + 1. */
export type SettingsMigration = (settings: unknown) => unknown

/**
 * Index N migrates version N to N + 1. Append only: a released migration never changes,
 * because files of every older version may still be out there.
 */
export const settingsMigrations: readonly SettingsMigration[] = [migrateV0ToV1, migrateV1ToV2]

/** The version this build writes; by construction one past the last migration. */
export const currentSettingsVersion = settingsMigrations.length

export type MigrationResult =
  | { ok: true; settings: Settings; fromVersion: number }
  | { ok: false; reason: 'invalid' | 'newer'; message: string }

/**
 * From version 1 on the file is an envelope. Extra top-level keys are tolerated (and dropped
 * on the next save); the settings themselves are checked strictly by settingsSchema.
 */
const envelopeSchema = z.object({
  version: z.int().nonnegative(),
  settings: z.unknown()
})

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function unwrap(
  document: unknown
): { ok: true; version: number; settings: unknown } | { ok: false; message: string } {
  if (!isRecord(document)) return { ok: false, message: 'the file does not hold a JSON object' }
  // Version 0 had no envelope: the flat object is the settings.
  if (!('version' in document)) return { ok: true, version: 0, settings: document }
  const envelope = envelopeSchema.safeParse(document)
  if (!envelope.success) return { ok: false, message: describeZodError(envelope.error) }
  if (!('settings' in document)) return { ok: false, message: 'settings: missing' }
  return { ok: true, version: envelope.data.version, settings: envelope.data.settings }
}

/**
 * Brings a parsed settings.json of any known version to the current one. The result is
 * validated only at the end, and nothing here writes: a half-migrated document never exists
 * outside this function.
 */
export function migrateSettingsDocument(
  document: unknown,
  migrations: readonly SettingsMigration[] = settingsMigrations
): MigrationResult {
  const unwrapped = unwrap(document)
  if (!unwrapped.ok) return { ok: false, reason: 'invalid', message: unwrapped.message }
  const { version } = unwrapped
  if (version > migrations.length) {
    return {
      ok: false,
      reason: 'newer',
      message: `it was written by a newer version of Upright (settings format ${version}; this version reads up to ${migrations.length})`
    }
  }
  let settings = unwrapped.settings
  try {
    for (const migrate of migrations.slice(version)) settings = migrate(settings)
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error)
    return { ok: false, reason: 'invalid', message: `migrating from format ${version} failed: ${detail}` }
  }
  const parsed = settingsSchema.safeParse(settings)
  if (!parsed.success) return { ok: false, reason: 'invalid', message: describeZodError(parsed.error) }
  return { ok: true, settings: parsed.data, fromVersion: version }
}

export function serializeSettingsDocument(settings: Settings): string {
  return `${JSON.stringify({ version: currentSettingsVersion, settings }, null, 2)}\n`
}
