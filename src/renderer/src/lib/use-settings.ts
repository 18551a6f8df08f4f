import { useCallback, useEffect, useState } from 'react'
import type { SettingsUpdateResult } from '@shared/ipc/contract'
import type { Settings, SettingsPatch } from '@shared/settings'
import { api } from './api'
import { savedSettings } from './saved'
import { errorMessage } from '@shared/error-message'

export interface SettingsHandle {
  settings: Settings | null
  error: string | null
  update: (patch: SettingsPatch) => Promise<SettingsUpdateResult>
  reset: () => Promise<void>
}

/** Current settings, kept live by the `settings:changed` push (another window may change them). */
export function useSettings(): SettingsHandle {
  const [settings, setSettings] = useState<Settings | null>(null)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    let cancelled = false
    api.settings.get().then(
      (loaded) => {
        if (!cancelled) setSettings(loaded)
      },
      (reason: unknown) => {
        if (!cancelled) setError(errorMessage(reason))
      }
    )
    const unsubscribe = api.on('settings:changed', setSettings)
    return () => {
      cancelled = true
      unsubscribe()
    }
  }, [])

  const update = useCallback(async (patch: SettingsPatch) => {
    const result = await api.settings.update(patch)
    if (result.ok) setSettings(result.settings)
    return result
  }, [])

  const reset = useCallback(async () => {
    setSettings(savedSettings(await api.settings.reset()))
  }, [])

  return { settings, error, update, reset }
}
