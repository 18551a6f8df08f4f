import type { AppInfo } from '@shared/ipc/contract'
import { api } from './api'
import { useApiResource } from './use-api-resource'

/**
 * The app's time zone and time scale (the harness may run the clock faster). Null until
 * loaded, and on failure: callers fall back to the browser's zone and real time (scale 1).
 */
export function useAppInfo(): AppInfo | null {
  return useApiResource(() => api.app.info()).value
}
