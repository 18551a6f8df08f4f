import { useMemo } from 'react'
import type { SettingsPatch } from '@shared/settings'
import { settingKeysIn } from '@shared/setting-keys'
import { api } from './api'
import { useApiResource } from './use-api-resource'

/** Whether a change would write a locked setting: any key the patch writes is locked. */
export function patchIsLocked(locked: ReadonlySet<string>, patch: SettingsPatch): boolean {
  return locked.size > 0 && settingKeysIn(patch).some((key) => locked.has(key))
}

/**
 * The settings the organisation's policy locks (fixed while Upright runs). Until they arrive,
 * or if asking fails, nothing shows as locked; main still refuses a locked change (409) and
 * the field shows that refusal.
 */
export function useLockedSettings(): ReadonlySet<string> {
  const keys = useApiResource(() => api.settings.locked()).value
  return useMemo(() => new Set(keys ?? []), [keys])
}
