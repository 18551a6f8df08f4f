import { useEffect, useState } from 'react'
import { api } from './api'

const noneLocked: ReadonlySet<string> = new Set()

/**
 * The settings the organisation's policy locks (fixed while Upright runs). Until they arrive,
 * or if asking fails, nothing shows as locked; main still refuses a locked change (409) and
 * the field shows that refusal.
 */
export function useLockedSettings(): ReadonlySet<string> {
  const [locked, setLocked] = useState(noneLocked)
  useEffect(() => {
    let cancelled = false
    api.settings.locked().then(
      (keys) => {
        if (!cancelled && keys.length > 0) setLocked(new Set(keys))
      },
      () => undefined
    )
    return () => {
      cancelled = true
    }
  }, [])
  return locked
}
