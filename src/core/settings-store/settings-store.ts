import { join } from 'node:path'
import {
  applySettingsPatch,
  defaultSettings,
  describeZodError,
  settingsPatchSchema,
  settingsSchema,
  type Settings,
  type SettingsPatch
} from '../../shared/settings'
import { writeFileAtomicSync } from './atomic-write-file'
import { loadSettingsFile, type LoadedSettingsFile } from './load-settings-file'
import { moveAside } from './move-aside'
import { currentSettingsVersion, serializeSettingsDocument } from './settings-migrations'

export const settingsFileName = 'settings.json'

export type SettingsUpdateResult = { ok: true; settings: Settings } | { ok: false; message: string }

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
  /** Back to defaults, saved. Throws if the file cannot be written. */
  reset(): Settings
  /** Called after each change that was saved; returns the unsubscribe function. */
  onChange(listener: SettingsListener): () => void
  /** What happened to a damaged or unusable settings file: the message once, then null. */
  takeRecoveryNotice(): string | null
}

export interface OpenSettingsStoreOptions {
  dataDir: string
  /** Wall clock for the moved-aside file name; tests pass a fixed one. */
  nowMs?: () => number
  /** A listener that throws must not undo a saved change or starve the other listeners. */
  onListenerError?: (error: unknown) => void
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const child of Object.values(value)) deepFreeze(child)
  }
  return value
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

function recoveryNotice(loaded: Extract<LoadedSettingsFile, { kind: 'rejected' }>, keptAt: string): string {
  if (loaded.reason === 'newer') {
    return `Your settings were not loaded because ${loaded.message}. The file was kept as ${keptAt} so that version can still use it; Upright is using the default settings.`
  }
  return `Your settings file could not be used because ${loaded.message}. It was kept as ${keptAt} and Upright is using the default settings.`
}

export function openSettingsStore(options: OpenSettingsStoreOptions): SettingsStore {
  const filePath = join(options.dataDir, settingsFileName)
  const nowMs = options.nowMs ?? Date.now
  const onListenerError =
    options.onListenerError ?? ((error: unknown) => console.error('Upright: a settings listener failed', error))
  const listeners = new Set<SettingsListener>()

  let current: Settings = deepFreeze(structuredClone(defaultSettings))
  let notice: string | null = null
  /** Set while a rejected file could not be moved aside: saving would destroy it. */
  let blockedBy: Extract<LoadedSettingsFile, { kind: 'rejected' }> | null = null

  function tryMoveAside(rejected: Extract<LoadedSettingsFile, { kind: 'rejected' }>): boolean {
    try {
      const keptAt = moveAside(filePath, nowMs())
      notice = recoveryNotice(rejected, keptAt)
      blockedBy = null
      return true
    } catch (error) {
      // Said once; a later save that still cannot move it reports through its own result.
      if (blockedBy === null) {
        notice = `Your settings file ${filePath} could not be used because ${rejected.message}, and it could not be moved aside (${messageOf(error)}). Upright is using the default settings and will not save changes until that file is moved or deleted.`
      }
      blockedBy = rejected
      return false
    }
  }

  function save(settings: Settings): void {
    if (blockedBy !== null && !tryMoveAside(blockedBy)) {
      throw new Error(`the unusable ${filePath} is still in the way`)
    }
    writeFileAtomicSync(filePath, serializeSettingsDocument(settings))
  }

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

  const loaded = loadSettingsFile(filePath)
  if (loaded.kind === 'rejected') {
    tryMoveAside(loaded)
  } else if (loaded.kind === 'loaded') {
    current = deepFreeze(loaded.settings)
    if (loaded.fromVersion < currentSettingsVersion) {
      // Persist the fully migrated, validated result; if that fails the old file stays and
      // is migrated again next time.
      try {
        save(loaded.settings)
      } catch {
        // Not fatal: the settings in memory are right.
      }
    }
  }

  return {
    filePath,
    get: () => current,
    update(patch) {
      const parsedPatch = settingsPatchSchema.safeParse(patch)
      if (!parsedPatch.success) return { ok: false, message: describeZodError(parsedPatch.error) }
      const merged = settingsSchema.safeParse(applySettingsPatch(current, parsedPatch.data))
      if (!merged.success) return { ok: false, message: describeZodError(merged.error) }
      if (JSON.stringify(merged.data) === JSON.stringify(current)) return { ok: true, settings: current }
      try {
        save(merged.data)
      } catch (error) {
        return { ok: false, message: `Settings could not be saved: ${messageOf(error)}` }
      }
      commit(merged.data)
      return { ok: true, settings: current }
    },
    reset() {
      const defaults = structuredClone(defaultSettings)
      save(defaults)
      commit(defaults)
      return current
    },
    onChange(listener) {
      listeners.add(listener)
      return () => {
        listeners.delete(listener)
      }
    },
    takeRecoveryNotice() {
      const taken = notice
      notice = null
      return taken
    }
  }
}
