import type { PostureWatchStatus } from '@shared/posture-watch'
import { api } from '../../lib/api'
import { useApiResource } from '../../lib/use-api-resource'

/** The watch's status, kept live by the `postureWatch:status` push. */
export function usePostureWatchStatus(): [PostureWatchStatus | null, (status: PostureWatchStatus) => void, string | null] {
  const { value, set, error } = useApiResource(() => api.postureWatch.status(), {
    live: (onValue) => api.on('postureWatch:status', onValue)
  })
  return [value, set, error]
}
