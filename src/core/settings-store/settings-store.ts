import type { z } from 'zod'
import {
  applySettingsPatch,
  defaultSettings,
  describeZodError,
  settingsPatchSchema,
  settingsRefusal,
  settingsSchema,
  type Settings,
  type SettingsPatch
} from '../../shared/settings'
import { openJsonStore } from '../storage/json-store'
import type { StorageLibrary } from '../storage/ports'
import type { moveAside } from '../storage/set-aside'
import { settingsFormat } from './settings-migrations'
import { errorMessage } from '../../shared/error-message'
import { message, type Message } from '../../shared/message'

export const settingsFileName = 'settings.json'

/** A refusal says why twice: `message` in English (logs, the CLI), `refusal` in the catalog's words (Preferences). */
export type SettingsUpdateResult = { ok: true; settings: Settings } | { ok: false; message: string; refusal: Message }

/** A write of settings.json (or choices.json) failed: full disk, read-only folder. */
export function saveFailure(error: unknown): Extract<SettingsUpdateResult, { ok: false }> {
  const reason = errorMessage(error)
  return { ok: false, message: `Settings could not be saved: ${reason}`, refusal: message('messages.settings.saveFailed', { reason }) }
}

/** Settings the schema refuses (a value out of bounds, slots that overlap, a limit below the interval). */
export function invalidSettings(error: z.ZodError): Extract<SettingsUpdateResult, { ok: false }> {
  return { ok: false, message: describeZodError(error), refusal: settingsRefusal(error) }
}

export type SettingsListener = (settings: Settings, previous: Settings) => void

export interface SettingsStore {
  readonly filePath: string
  /** The current settings, deep-frozen: change them through update(). */
  get(): Settings
  /**
   * Validates the patch and the merged result, saves, then notifies listeners. Nothing is
   * saved or applied when either is invalid or the write fails.
   */
  update(patch: SettingsPatch): SettingsUpdateResult
  /** Back to defaults, saved and applied; nothing changes when the write fails. */
  reset(): SettingsUpdateResult
  /** Called after each change that was saved; returns the unsubscribe function. */
  onChange(listener: SettingsListener): () => void
  /** What happened to a damaged or unusable settings file: the message once, then null. */
  takeRecoveryNotice(): Message | null
}

export interface OpenSettingsStoreOptions {
  library: StorageLibrary
  dataDir: string
  /** Wall clock for the moved-aside file name; tests pass a fixed one. */
  nowMs?: () => number
  /** A listener that throws must not undo a saved change or starve the other listeners. */
  onListenerError?: (error: unknown) => void
  /** Tests stand in a set-aside that fails, as on a locked file. */
  setAside?: typeof moveAside
  /** Told about every save: null when it worked, the error when it did not. */
  onSaveResult?: (error: unknown) => void
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const child of Object.values(value)) deepFreeze(child)
  }
  return value
}

export function openSettingsStore(options: OpenSettingsStoreOptions): SettingsStore {
  const nowMs = options.nowMs ?? Date.now
  const onListenerError =
    options.onListenerError ?? ((error: unknown) => console.error('Upright: a settings listener failed', error))
  const listeners = new Set<SettingsListener>()

  const file = openJsonStore({
    library: options.library,
    dataDir: options.dataDir,
    name: 'settings',
    format: settingsFormat(),
    defaults: structuredClone(defaultSettings),
    wording: { subject: message('messages.storage.file.settings'), fallback: message('messages.storage.fallback.settings') },
    nowMs,
    setAside: options.setAside,
    onSaveResult: options.onSaveResult
  })
  let current: Settings = deepFreeze(file.initial)

  function commit(next: Settings): void {
    const previous = current
    current = deepFreeze(next)
    for (const listener of [...listeners]) {
      try {
        listener(current, previous)
      } catch (error) {
        onListenerError(error)
      }
    }
  }

  function saveAndCommit(next: Settings): SettingsUpdateResult {
    try {
      file.save(next)
    } catch (error) {
      return saveFailure(error)
    }
    commit(next)
    return { ok: true, settings: current }
  }

  return {
    get filePath() {
      return file.filePath
    },
    get: () => current,
    update(patch) {
      const parsedPatch = settingsPatchSchema.safeParse(patch)
      if (!parsedPatch.success) return invalidSettings(parsedPatch.error)
      const merged = settingsSchema.safeParse(applySettingsPatch(current, parsedPatch.data))
      if (!merged.success) return invalidSettings(merged.error)
      if (JSON.stringify(merged.data) === JSON.stringify(current)) return { ok: true, settings: current }
      return saveAndCommit(merged.data)
    },
    reset() {
      return saveAndCommit(structuredClone(defaultSettings))
    },
    onChange(listener) {
      listeners.add(listener)
      return () => {
        listeners.delete(listener)
      }
    },
    takeRecoveryNotice: () => file.takeRecoveryNotice()
  }
}
