import type { z } from 'zod'
import { openJsonStore, type StoreWording } from './json-store'
import type { StorageLibrary } from './ports'
import type { Message } from '../../shared/message'

/** Where a store's file lives and who hears about its saves: the same for every store. */
export interface StoreLocation {
  library: StorageLibrary
  dataDir: string
  /** Wall clock for a set-aside file's name; Date.now by default. */
  nowMs?: () => number
  /** Told about every save: null when it worked, the error when it did not (full disk, read-only folder). */
  onSaveResult?: (error: unknown) => void
}

export interface RecordFileSpec<T> {
  /** File name without `.json`. */
  name: string
  /** The envelope key of the value; also the word the messages use. */
  key: string
  schema: z.ZodType<T>
  defaults: T
  wording: StoreWording
}

/** A record file: its value as read at open, and a checked save. */
export interface RecordFile<T> {
  readonly initial: T
  /** Checks `value` against the schema and writes it; returns the checked value. Throws when it cannot. */
  save(value: T): T
  takeRecoveryNotice(): Message | null
}

/**
 * A small record in its own JSON file (counts.json, posture-watch.json) through the shared JSON
 * store: versioned from 1 with no migrations yet, zod-checked on read and before each write, a bad
 * file set aside with a notice.
 */
export function openRecordFile<T>(location: StoreLocation, spec: RecordFileSpec<T>): RecordFile<T> {
  const file = openJsonStore<T>({
    library: location.library,
    dataDir: location.dataDir,
    name: spec.name,
    format: { key: spec.key, schema: spec.schema, firstVersion: 1, migrations: [] },
    defaults: spec.defaults,
    wording: spec.wording,
    nowMs: location.nowMs ?? Date.now,
    onSaveResult: location.onSaveResult
  })
  return {
    initial: file.initial,
    save(value) {
      const checked = spec.schema.parse(value)
      file.save(checked)
      return checked
    },
    takeRecoveryNotice: () => file.takeRecoveryNotice()
  }
}
