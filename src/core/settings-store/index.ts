export {
  invalidSettings,
  openSettingsStore,
  saveFailure,
  settingsFileName,
  type OpenSettingsStoreOptions,
  type SettingsListener,
  type SettingsStore,
  type SettingsUpdateResult
} from './settings-store'
export {
  currentSettingsVersion,
  migrateSettingsDocument,
  settingsFormat,
  settingsMigrations,
  type MigrationResult,
  type SettingsMigration
} from './settings-migrations'
