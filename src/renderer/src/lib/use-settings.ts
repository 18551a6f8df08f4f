import { useCallback } from 'react'
import type { SettingsUpdateResult } from '@shared/ipc/contract'
import type { Settings, SettingsPatch } from '@shared/settings'
import { api } from './api'
import { savedSettings } from './saved'
import { useApiResource } from './use-api-resource'

export interface SettingsHandle {
  settings: Settings | null
  error: string | null
  update: (patch: SettingsPatch) => Promise<SettingsUpdateResult>
  reset: () => Promise<void>
}

/** Current settings, kept live by the `settings:changed` push (another window may change them). */
export function useSettings(): SettingsHandle {
  const { value: settings, error, set } = useApiResource(() => api.settings.get(), {
    live: (onValue) => api.on('settings:changed', onValue)
  })

  const update = useCallback(
    async (patch: SettingsPatch) => {
      const result = await api.settings.update(patch)
      if (result.ok) set(result.settings)
      return result
    },
    [set]
  )

  const reset = useCallback(async () => {
    set(savedSettings(await api.settings.reset()))
  }, [set])

  return { settings, error, update, reset }
}
