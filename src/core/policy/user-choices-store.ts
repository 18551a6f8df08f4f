import { z } from 'zod'
import { defaultSettings, type Settings } from '../../shared/settings'
import { maxSettingKeyLength, settingLeafKeys } from '../../shared/setting-keys'
import { openJsonStore } from '../storage/json-store'
import type { StorageLibrary } from '../storage/ports'
import type { DocumentFormat } from '../storage/versioned-document'
import { sameValue, valueAtKey } from './key-paths'
import { message, type Message } from '../../shared/message'

/**
 * Which settings the user has chosen themselves: `choices.json`, `{ "version": 1, "choices":
 * ["break.intervalMinutes", …] }`. settings.json holds a whole document, so it cannot tell a
 * value the user picked from a default that was simply written out; managed defaults need
 * that difference (a policy default must not overwrite what the user picked, and must apply
 * to everything they did not). Kept apart from settings.json so settings keep their format
 * and migrations, and a damaged choices file costs no settings.
 */
export interface UserChoicesStore {
  keys(): ReadonlySet<string>
  /** Throws with a sentence when the file cannot be written; nothing changes then. */
  save(keys: ReadonlySet<string>): void
  takeRecoveryNotice(): Message | null
}

// Keys are kept as written, known or not (a newer version's key survives a downgrade); only
// their number and length are bounded.
const choicesFormat: DocumentFormat<string[] | null> = {
  key: 'choices',
  schema: z.array(z.string().max(maxSettingKeyLength)).max(settingLeafKeys.length * 4).nullable(),
  firstVersion: 1,
  migrations: []
}

/**
 * Before choices were recorded (an existing install, or a choices file that had to be set
 * aside), the best evidence of a choice is a value that differs from Upright's default. A
 * user who set a value back to the default counts as not having chosen, which is also what
 * they would see on a fresh install.
 */
export function inferChosenKeys(saved: Settings): string[] {
  return settingLeafKeys.filter((key) => !sameValue(valueAtKey(saved, key), valueAtKey(defaultSettings, key)))
}

export function openUserChoicesStore(options: {
  library: StorageLibrary
  dataDir: string
  /** Used when there is no record yet. */
  saved: Settings
  nowMs?: () => number
  onSaveResult?: (error: unknown) => void
}): UserChoicesStore {
  const file = openJsonStore<string[] | null>({
    library: options.library,
    dataDir: options.dataDir,
    name: 'choices',
    format: choicesFormat,
    defaults: null,
    wording: { subject: message('messages.storage.file.choices'), fallback: message('messages.storage.fallback.choices') },
    nowMs: options.nowMs ?? Date.now,
    onSaveResult: options.onSaveResult
  })
  let keys: ReadonlySet<string> = new Set(file.initial ?? inferChosenKeys(options.saved))
  return {
    keys: () => keys,
    save(next) {
      file.save([...next].sort())
      keys = new Set(next)
    },
    takeRecoveryNotice: () => file.takeRecoveryNotice()
  }
}
