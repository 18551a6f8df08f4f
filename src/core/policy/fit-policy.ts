import type { z } from 'zod'
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

/** One try at giving up some keys: what fits, or the keys the broken rules name. */
export type GiveUpAttempt<T> = { ok: true; value: T } | { ok: false; named: readonly string[] }

/**
 * Which of the user's values to give up, and in what order: each candidate alone (they come
 * sorted with the keys the broken rule names first), then, when no single value is enough (two
 * rules broken at once), one more at a time, a key the rules still name first, so settings
 * unrelated to the conflict stay the user's. The first of those is the first candidate, already
 * tried alone, so the search goes on from that try; no set of keys is tried twice. Null when
 * even all candidates together do not fit.
 */
export function searchGiveUps<T>(candidates: readonly string[], named: readonly string[], attempt: (keys: readonly string[]) => GiveUpAttempt<T>): T | null {
  let firstNamed: readonly string[] | null = null
  for (const key of candidates) {
    const tried = attempt([key])
    if (tried.ok) return tried.value
    firstNamed ??= tried.named
  }
  const first = candidates[0]
  let keys: string[] = first === undefined ? [] : [first]
  let stillNamed = firstNamed ?? named
  while (keys.length < candidates.length) {
    const next = candidates.find((key) => !keys.includes(key) && stillNamed.includes(key)) ?? candidates.find((key) => !keys.includes(key))
    if (next === undefined) break
    keys = [...keys, next]
    const tried = attempt(keys)
    if (tried.ok) return tried.value
    stillNamed = tried.named
  }
  return null
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

  const namedBy = (error: z.ZodError): string[] => error.issues.map((issue) => issue.path.join('.'))
  const named = namedBy(applied.error)
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

  const fitted = (keys: readonly string[]): GiveUpAttempt<FittedSettings> => {
    const reset = withDefaults(saved, chosen, keys)
    const result = applyPolicy(reset.document, reset.chosen, policy)
    if (!result.ok) return { ok: false, named: namedBy(result.error) }
    const resetKeys = [...keys].sort((a, b) => settingLeafKeys.indexOf(a) - settingLeafKeys.indexOf(b))
    return { ok: true, value: { settings: result.settings, saved: reset.document, chosen: reset.chosen, resetKeys, conflict: applied.message } }
  }
  const found = searchGiveUps(candidates, named, fitted)
  if (found !== null) return found
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
