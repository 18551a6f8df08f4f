import { applySettingsPatch, settingsPatchSchema, settingsSchema, type Settings } from '../../shared/settings'
import { settingKeysIn } from '../../shared/setting-keys'
import { invalidSettings, saveFailure, type SettingsListener, type SettingsStore, type SettingsUpdateResult } from '../settings-store'
import { errorMessage } from '../../shared/error-message'
import type { Message } from '../../shared/message'
import { sentenceAboutSettings } from '../../shared/setting-labels'
import { fitToPolicy } from './fit-policy'
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

  let conflictNotice: Message | null = null

  /**
   * The settings in force. Only a cross-field rule can fail here (the policy alone was checked
   * on load), typically when a policy arrives or changes after the user chose: the
   * organisation's values win, the user's values that break the rule go back to their
   * defaults, saved so, and the user is told which.
   */
  function effective(saved: Settings, chosen: ReadonlySet<string>): Settings {
    const fitted = fitToPolicy(saved, chosen, policy)
    if (fitted.resetKeys.length === 0) return fitted.settings
    const keys = fitted.resetKeys.join(', ')
    log(`Upright: your settings conflict with your organisation's (${fitted.conflict ?? 'a rule'}); ${keys} went back to the default.`)
    conflictNotice = sentenceAboutSettings(fitted.resetKeys, 'messages.policy.conflict', 'messages.policy.conflictSeveral')
    // Saved, so a later change of another setting is not refused over this conflict.
    try {
      if (!sameValue([...chosen].sort(), [...fitted.chosen].sort())) choices.save(fitted.chosen)
      const written = store.update(fitted.saved)
      if (!written.ok) log(`Upright: could not save the settings set back to their defaults: ${written.message}`)
    } catch (error) {
      log(`Upright: could not save the settings set back to their defaults: ${errorMessage(error)}`)
    }
    return fitted.settings
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
      const notices = [store.takeRecoveryNotice(), choices.takeRecoveryNotice(), conflictNotice].filter((notice) => notice !== null)
      conflictNotice = null
      return notices
    }
  }
}
