export { openJsonStore, type JsonStore, type OpenJsonStoreOptions, type StoreWording } from './json-store'
export type { JsonFile, OpenedJsonFile, StorageLibrary } from './ports'
export { openRecordFile, type RecordFile, type RecordFileSpec, type StoreLocation } from './record-file'
export { errorCode, fileNameTimestamp, moveAside } from './set-aside'
export { removeStaleTempFiles } from './stale-temp-files'
export {
  currentVersionOf,
  migrateDocument,
  type DocumentFormat,
  type Migration,
  type MigrationResult
} from './versioned-document'
