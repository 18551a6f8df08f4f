import { readFileSync } from 'node:fs'
import type { Settings } from '../../shared/settings'
import { errorCode } from './atomic-write-file'
import { migrateSettingsDocument } from './settings-migrations'

export type LoadedSettingsFile =
  | { kind: 'missing' }
  | { kind: 'loaded'; settings: Settings; fromVersion: number }
  /** Unreadable, unparseable, invalid after migration, or from a newer version. */
  | { kind: 'rejected'; reason: 'unreadable' | 'corrupt' | 'invalid' | 'newer'; message: string }

export function loadSettingsFile(filePath: string): LoadedSettingsFile {
  let text: string
  try {
    text = readFileSync(filePath, 'utf8')
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return { kind: 'missing' }
    const detail = error instanceof Error ? error.message : String(error)
    return { kind: 'rejected', reason: 'unreadable', message: `it could not be read (${detail})` }
  }

  let document: unknown
  try {
    // Editors on Windows like to add a byte-order mark; JSON.parse does not accept one.
    document = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error)
    return { kind: 'rejected', reason: 'corrupt', message: `it is not valid JSON (${detail})` }
  }

  const migrated = migrateSettingsDocument(document)
  if (!migrated.ok) {
    const message = migrated.reason === 'newer' ? migrated.message : `it holds invalid settings (${migrated.message})`
    return { kind: 'rejected', reason: migrated.reason, message }
  }
  return { kind: 'loaded', settings: migrated.settings, fromVersion: migrated.fromVersion }
}
