import { useCallback, useEffect, useState } from 'react'
import type { DayStats } from '../../../../shared/stats'
import { api } from '../../lib/api'

/** Today's numbers from the stats service, re-read whenever something is added to history. */
export function useTodayTotals(): { today: DayStats | null; error: string | null } {
  const [today, setToday] = useState<DayStats | null>(null)
  const [error, setError] = useState<string | null>(null)

  const load = useCallback(
    () =>
      api.stats.get({ days: 1 }).then(
        (result) => {
          setToday(result.today)
          setError(null)
        },
        (reason: unknown) => {
          setError(reason instanceof Error ? reason.message : String(reason))
        }
      ),
    []
  )

  useEffect(() => {
    void load()
    return api.on('history:changed', () => {
      void load()
    })
  }, [load])

  return { today, error }
}
