import { engineSnapshotSchema, type EngineSnapshot } from '../../shared/engine-snapshot'
import { openJsonStore } from '../storage/json-store'
import type { StorageLibrary } from '../storage/ports'
import type { DocumentFormat } from '../storage/versioned-document'

/**
 * Where the reminder counts live between runs (DESIGN.md §3 "Restart"): `counts.json` in the data
 * folder, `{ "version": 1, "counts": <EngineSnapshot> }`, written through the shared JSON store at
 * each engine event and on quit. Kept apart from `state.json`, so a damaged counts file never
 * costs the checklist answers.
 *
 * A damaged file, or one from a newer version, is set aside with a notice and the counts start
 * fresh; nothing else is affected.
 */
export interface SavedCountsStore {
  /** What the previous run saved, or null (first start, or a file that had to be set aside). */
  load(): EngineSnapshot | null
  /** Saves; a failure is reported through `onSaveResult`, never thrown at the engine. */
  save(snapshot: EngineSnapshot): void
  /** A one-line description of a file that had to be set aside, once; then null. */
  takeRecoveryNotice(): string | null
}

export const savedCountsFileName = 'counts.json'

const savedCountsFormat: DocumentFormat<EngineSnapshot | null> = {
  key: 'counts',
  schema: engineSnapshotSchema.nullable(),
  firstVersion: 1,
  migrations: []
}

export function openSavedCountsStore(options: {
  library: StorageLibrary
  dataDir: string
  nowMs?: () => number
  /** Told about every save: null when it worked, the error when it did not (full disk, read-only folder). */
  onSaveResult?: (error: unknown) => void
}): SavedCountsStore {
  const file = openJsonStore<EngineSnapshot | null>({
    library: options.library,
    dataDir: options.dataDir,
    name: 'counts',
    format: savedCountsFormat,
    defaults: null,
    wording: { subject: 'Your break and posture counts', fallback: 'both counts start fresh' },
    nowMs: options.nowMs ?? Date.now,
    onSaveResult: options.onSaveResult
  })
  return {
    load: () => file.initial,
    save(snapshot) {
      try {
        file.save(engineSnapshotSchema.parse(snapshot))
      } catch {
        // Already told through onSaveResult; the engine goes on with the counts in memory.
      }
    },
    takeRecoveryNotice: () => file.takeRecoveryNotice()
  }
}
