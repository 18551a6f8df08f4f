import { useEffect, useState } from 'react'
import type { PostureWatchStatus } from '@shared/posture-watch'
import { api } from '../../lib/api'
import { errorMessage } from '@shared/error-message'

/** The watch's status, kept live by the `postureWatch:status` push. */
export function usePostureWatchStatus(): [PostureWatchStatus | null, (status: PostureWatchStatus) => void, string | null] {
  const [status, setStatus] = useState<PostureWatchStatus | null>(null)
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    let cancelled = false
    api.postureWatch.status().then(
      (loaded) => {
        if (!cancelled) setStatus(loaded)
      },
      (reason: unknown) => {
        if (!cancelled) setError(errorMessage(reason))
      }
    )
    const unsubscribe = api.on('postureWatch:status', setStatus)
    return () => {
      cancelled = true
      unsubscribe()
    }
  }, [])
  return [status, setStatus, error]
}
