import { engineSnapshotSchema, type EngineSnapshot } from '../../shared/engine-snapshot'
import { openRecordFile, type StoreLocation } from '../storage/record-file'
import { message, type Message } from '../../shared/message'

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
  takeRecoveryNotice(): Message | null
}

export const savedCountsFileName = 'counts.json'

export function openSavedCountsStore(location: StoreLocation): SavedCountsStore {
  const file = openRecordFile<EngineSnapshot | null>(location, {
    name: 'counts',
    key: 'counts',
    schema: engineSnapshotSchema.nullable(),
    defaults: null,
    wording: { subject: message('messages.storage.file.counts'), fallback: message('messages.storage.fallback.counts') }
  })
  return {
    load: () => file.initial,
    save(snapshot) {
      try {
        file.save(snapshot)
      } catch {
        // Already told through onSaveResult; the engine goes on with the counts in memory.
      }
    },
    takeRecoveryNotice: () => file.takeRecoveryNotice()
  }
}
