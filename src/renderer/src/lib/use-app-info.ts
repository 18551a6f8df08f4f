import { useEffect, useState } from 'react'
import type { AppInfo } from '@shared/ipc/contract'
import { api } from './api'

/**
 * The app's time zone and time scale (the harness may run the clock faster). Null until
 * loaded, and on failure: callers fall back to the browser's zone and real time (scale 1).
 */
export function useAppInfo(): AppInfo | null {
  const [info, setInfo] = useState<AppInfo | null>(null)
  useEffect(() => {
    let cancelled = false
    api.app.info().then(
      (loaded) => {
        if (!cancelled) setInfo(loaded)
      },
      () => {
        // Without it the page still works: the browser's zone and real time.
        if (!cancelled) setInfo(null)
      }
    )
    return () => {
      cancelled = true
    }
  }, [])
  return info
}
