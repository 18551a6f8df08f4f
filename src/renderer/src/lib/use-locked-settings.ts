import { useMemo } from 'react'
import { api } from './api'
import { useApiResource } from './use-api-resource'

/**
 * The settings the organisation's policy locks (fixed while Upright runs). Until they arrive,
 * or if asking fails, nothing shows as locked; main still refuses a locked change (409) and
 * the field shows that refusal.
 */
export function useLockedSettings(): ReadonlySet<string> {
  const keys = useApiResource(() => api.settings.locked()).value
  return useMemo(() => new Set(keys ?? []), [keys])
}
