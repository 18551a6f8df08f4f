import { type AppState, appStateSchema, defaultAppState } from '../../shared/app-state'
import { openJsonStore } from '../storage/json-store'
import type { StorageLibrary } from '../storage/ports'
import type { moveAside } from '../storage/set-aside'
import type { DocumentFormat, Migration } from '../storage/versioned-document'
import { message, type Message } from '../../shared/message'

export const appStateFileName = 'state.json'

/**
 * Index N migrates state version 1 + N to the next one. Append only, one small function per
 * step (as settings do); version 1 is the first that was written.
 */
export const appStateMigrations: readonly Migration[] = []

export const appStateFormat = (migrations: readonly Migration[] = appStateMigrations): DocumentFormat<AppState> => ({
  key: 'state',
  schema: appStateSchema,
  firstVersion: 1,
  migrations
})

export interface AppStateStore {
  get(): AppState
  /**
   * Applies `change` to a copy; saves only a result that passes the schema. Throws (and keeps
   * the previous state) when the result is invalid or cannot be written.
   */
  update(change: (state: AppState) => AppState): AppState
  /** A one-line description of a file that had to be set aside, once; then null. */
  takeRecoveryNotice(): Message | null
}

export interface OpenAppStateStoreOptions {
  library: StorageLibrary
  dataDir: string
  nowMs?: () => number
  setAside?: typeof moveAside
  migrations?: readonly Migration[]
  /** Told about every save: null when it worked, the error when it did not. */
  onSaveResult?: (error: unknown) => void
}

/** Checklist answers and first-run progress in `state.json`, through the shared JSON store. */
export function openAppStateStore(options: OpenAppStateStoreOptions): AppStateStore {
  const file = openJsonStore({
    library: options.library,
    dataDir: options.dataDir,
    name: 'state',
    format: appStateFormat(options.migrations),
    defaults: defaultAppState,
    wording: { subject: message('messages.storage.file.checklist'), fallback: message('messages.storage.fallback.checklist') },
    nowMs: options.nowMs ?? Date.now,
    setAside: options.setAside,
    onSaveResult: options.onSaveResult
  })
  let state = file.initial
  return {
    get: () => state,
    update(change) {
      const next = appStateSchema.parse(change(structuredClone(state)))
      file.save(next)
      state = next
      return state
    },
    takeRecoveryNotice: () => file.takeRecoveryNotice()
  }
}
