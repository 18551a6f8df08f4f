import { settingsSchema, type Settings } from '../../shared/settings'
import { currentVersionOf, type DocumentFormat, type Migration, migrateDocument } from '../storage/versioned-document'
import { migrateV0ToV1 } from './migrate-v0-to-v1'
import { migrateV1ToV2 } from './migrate-v1-to-v2'
import { migrateV2ToV3 } from './migrate-v2-to-v3'
import { migrateV3ToV4 } from './migrate-v3-to-v4'
import { migrateV4ToV5 } from './migrate-v4-to-v5'
import { migrateV5ToV6 } from './migrate-v5-to-v6'
import { migrateV6ToV7 } from './migrate-v6-to-v7'

/** Takes the settings object of version N and returns the settings object of version N + 1. */
export type SettingsMigration = Migration

/**
 * Index N migrates version N to N + 1. Append only: a released migration never changes,
 * because files of every older version may still be out there.
 */
export const settingsMigrations: readonly SettingsMigration[] = [migrateV0ToV1, migrateV1ToV2, migrateV2ToV3, migrateV3ToV4, migrateV4ToV5, migrateV5ToV6, migrateV6ToV7]

/** settings.json: `{ version, settings }`; version 0 was the prototype's flat file with no envelope. */
export const settingsFormat = (migrations: readonly SettingsMigration[] = settingsMigrations): DocumentFormat<Settings> => ({
  key: 'settings',
  schema: settingsSchema,
  firstVersion: 0,
  migrations,
  unversionedIs: 0
})

/** The version this build writes; by construction one past the last migration. */
export const currentSettingsVersion = currentVersionOf(settingsFormat())

export type MigrationResult =
  | { ok: true; settings: Settings; fromVersion: number }
  | { ok: false; reason: 'invalid' | 'newer'; message: string }

/** Brings a parsed settings.json of any known version to the current one (see migrateDocument). */
export function migrateSettingsDocument(
  document: unknown,
  migrations: readonly SettingsMigration[] = settingsMigrations
): MigrationResult {
  const result = migrateDocument(document, settingsFormat(migrations))
  return result.ok ? { ok: true, settings: result.value, fromVersion: result.fromVersion } : result
}
