import type { SettingsPatch } from '@shared/settings'

type Section = keyof SettingsPatch

/**
 * Combines field-level patches into one (later wins per field). Working-hours days merge
 * per weekday, so editing Monday and Tuesday in two fields previews both.
 */
export function mergeSettingsPatches(patches: readonly SettingsPatch[]): SettingsPatch {
  const merged: Record<string, Record<string, unknown>> = {}
  for (const patch of patches) {
    for (const section of Object.keys(patch) as Section[]) {
      const part = patch[section]
      if (part === undefined) continue
      const target = (merged[section] ??= {})
      for (const [key, value] of Object.entries(part)) {
        target[key] =
          section === 'workingHours' && key === 'days'
            ? { ...(target[key] as Record<string, unknown> | undefined), ...(value as object) }
            : value
      }
    }
  }
  return merged
}
