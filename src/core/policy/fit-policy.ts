import { defaultSettings, type Settings } from '../../shared/settings'
import { settingLeafKeys } from '../../shared/setting-keys'
import { sameValue, setValueAtKey, valueAtKey } from './key-paths'
import { applyPolicy, type Policy } from './policy'

/** The settings in force, and the user's settings that had to give way to the policy's. */
export interface FittedSettings {
  settings: Settings
  /** The user's settings document with the given-up keys back on Upright's defaults. */
  saved: Settings
  /** The user's choices without the given-up keys, so the policy's defaults apply to them. */
  chosen: ReadonlySet<string>
  /** The keys set back to their defaults, in the order the settings list them; empty when all fit. */
  resetKeys: string[]
  /** Why the user's settings did not fit (in English, for the log); null when they did. */
  conflict: string | null
}

/** The user's document and choices with `keys` back on the defaults in force. */
function withDefaults(saved: Settings, chosen: ReadonlySet<string>, keys: readonly string[]) {
  const document: Record<string, unknown> = structuredClone(saved)
  for (const key of keys) setValueAtKey(document, key, structuredClone(valueAtKey(defaultSettings, key)))
  return { document: document as Settings, chosen: new Set([...chosen].filter((key) => !keys.includes(key))) }
}

/**
 * The user's settings with the policy applied, even when the two together break a cross-field
 * rule (the user chose a daily limit of 60 min and the organisation locks a 90 min break
 * interval): locked values always win, and as few of the user's own values as will do go back
 * to the defaults in force, first the one the broken rule names. The policy was checked on load
 * to make valid settings with the defaults, so setting back every unlocked key always fits;
 * the search never ends on invalid settings.
 */
export function fitToPolicy(saved: Settings, chosen: ReadonlySet<string>, policy: Policy): FittedSettings {
  const applied = applyPolicy(saved, chosen, policy)
  if (applied.ok) return { settings: applied.settings, saved, chosen, resetKeys: [], conflict: null }

  const named = applied.error.issues.map((issue) => issue.path.join('.'))
  // Only keys whose value in force would change are worth giving up.
  const inForce = (document: Settings, keys: ReadonlySet<string>, key: string): unknown =>
    keys.has(key) || !policy.values.has(key) ? valueAtKey(document, key) : policy.values.get(key)
  const candidates = settingLeafKeys
    .filter((key) => !policy.locked.has(key))
    .filter((key) => {
      const reset = withDefaults(saved, chosen, [key])
      return !sameValue(inForce(saved, chosen, key), inForce(reset.document, reset.chosen, key))
    })
    .sort((a, b) => Number(named.includes(b)) - Number(named.includes(a)))

  const attempt = (keys: readonly string[]): FittedSettings | null => {
    const reset = withDefaults(saved, chosen, keys)
    const fitted = applyPolicy(reset.document, reset.chosen, policy)
    if (!fitted.ok) return null
    const resetKeys = [...keys].sort((a, b) => settingLeafKeys.indexOf(a) - settingLeafKeys.indexOf(b))
    return { settings: fitted.settings, saved: reset.document, chosen: reset.chosen, resetKeys, conflict: applied.message }
  }
  for (const key of candidates) {
    const fitted = attempt([key])
    if (fitted) return fitted
  }
  // No single value was enough: give up more, in the same order, until the rules hold.
  for (let count = 2; count <= candidates.length; count += 1) {
    const fitted = attempt(candidates.slice(0, count))
    if (fitted) return fitted
  }
  // Unreachable with a policy that passed parsePolicy; the policy's values win all the same.
  const fallback = applyPolicy(defaultSettings, new Set(), policy)
  return {
    settings: fallback.ok ? fallback.settings : defaultSettings,
    saved: defaultSettings,
    chosen: new Set(),
    resetKeys: candidates,
    conflict: applied.message
  }
}
