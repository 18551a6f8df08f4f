import { applySettingsPatch, defaultSettings, settingsPatchSchema, settingsSchema, type Settings } from '../../shared/settings'
import { settingKeysIn } from '../../shared/setting-keys'
import { invalidSettings, saveFailure, type SettingsListener, type SettingsStore, type SettingsUpdateResult } from '../settings-store'
import { errorMessage } from '../../shared/error-message'
import type { Message } from '../../shared/message'
import { sameValue } from './key-paths'
import { applyPolicy, lockedKeysIn, noPolicy, type Policy, refusedLockedChange } from './policy'
import type { UserChoicesStore } from './user-choices-store'

/** The settings store everything else uses: the user's settings with the policy applied. */
export interface ManagedSettingsStore extends Omit<SettingsStore, 'takeRecoveryNotice'> {
  /** What happened to settings.json and choices.json at open: each file's notice once. */
  takeRecoveryNotices(): Message[]
  /** The keys the policy locks, sorted; empty without a policy. */
  lockedKeys(): string[]
  /** The locked keys a patch would change; such a patch is refused as a whole. */
  lockedIn(patch: unknown): string[]
}

/**
 * Layers a policy over the user's settings store without changing it: settings.json keeps the
 * user's own document, choices.json which of its keys the user chose, and what the app uses is
 * applyPolicy(saved, chosen, policy). Without a policy this is the plain store plus the record
 * of choices, so a policy that arrives later knows what the user already picked.
 */
export function manageSettings(options: {
  store: SettingsStore
  choices: UserChoicesStore
  policy: Policy | null
  log: (message: string) => void
  onListenerError?: (error: unknown) => void
}): ManagedSettingsStore {
  const { store, choices, log } = options
  const policy = options.policy ?? noPolicy
  const onListenerError = options.onListenerError ?? ((error: unknown) => log(`Upright: a settings listener failed: ${errorMessage(error)}`))
  const listeners = new Set<SettingsListener>()

  function effective(saved: Settings, chosen: ReadonlySet<string>): Settings {
    const applied = applyPolicy(saved, chosen, policy)
    if (applied.ok) return applied.settings
    // Only a cross-field rule can fail here (the policy alone was checked on load): the
    // organisation's values win over the user's, as a lock must.
    log(`Upright: your settings conflict with your organisation's (${applied.message}); using the organisation's settings.`)
    const fallback = applyPolicy(defaultSettings, new Set(), policy)
    return fallback.ok ? fallback.settings : saved
  }

  let current = effective(store.get(), choices.keys())

  function refresh(): SettingsUpdateResult {
    const previous = current
    current = effective(store.get(), choices.keys())
    if (!sameValue(previous, current)) {
      for (const listener of [...listeners]) {
        try {
          listener(current, previous)
        } catch (error) {
          onListenerError(error)
        }
      }
    }
    return { ok: true, settings: current }
  }

  /** Records new choices, runs the write, and puts the record back if the write fails. */
  function withChoices(next: ReadonlySet<string>, write: () => SettingsUpdateResult): SettingsUpdateResult {
    const before = choices.keys()
    if (!sameValue([...before].sort(), [...next].sort())) {
      try {
        choices.save(next)
      } catch (error) {
        return saveFailure(error)
      }
    }
    const result = write()
    if (!result.ok && choices.keys() !== before) {
      try {
        choices.save(before)
      } catch {
        // The write already failed and was reported; the record is only a little ahead.
      }
    }
    return result.ok ? refresh() : result
  }

  return {
    get filePath() {
      return store.filePath
    },
    get: () => current,
    lockedKeys: () => [...policy.locked].sort(),
    lockedIn: (patch) => lockedKeysIn(patch, policy),
    update(patch) {
      const parsed = settingsPatchSchema.safeParse(patch)
      if (!parsed.success) return invalidSettings(parsed.error)
      const locked = lockedKeysIn(parsed.data, policy)
      if (locked.length > 0) return refusedLockedChange(locked)
      const saved = settingsSchema.safeParse(applySettingsPatch(store.get(), parsed.data))
      if (!saved.success) return invalidSettings(saved.error)
      const chosen = new Set([...choices.keys(), ...settingKeysIn(parsed.data)])
      // The change must also make valid settings with the policy's values in place.
      const applied = applyPolicy(saved.data, chosen, policy)
      if (!applied.ok) return invalidSettings(applied.error)
      return withChoices(chosen, () => store.update(parsed.data))
    },
    // Back to the defaults in force: the organisation's where it gives one, Upright's elsewhere;
    // locked keys keep the policy's values because they never come from the saved document.
    reset: () => withChoices(new Set(), () => store.reset()),
    onChange(listener) {
      listeners.add(listener)
      return () => {
        listeners.delete(listener)
      }
    },
    takeRecoveryNotices() {
      return [store.takeRecoveryNotice(), choices.takeRecoveryNotice()].filter((notice) => notice !== null)
    }
  }
}
