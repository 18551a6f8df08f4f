import { useEffect, useState } from 'react'
import type { StatsResult } from '../../../../shared/stats'
import { api } from '../../lib/api'

export interface StatsHandle {
  /** The latest answer; while another period loads it stays, so the page does not flash empty. */
  stats: StatsResult | null
  loading: boolean
  error: string | null
  reload: () => void
}

type Answer = { days: number; version: number } & ({ stats: StatsResult; error: null } | { stats: null; error: string })

/** Stats for the last `days` local days, fetched again whenever history changes. */
export function useStats(days: number): StatsHandle {
  const [version, setVersion] = useState(0)
  const [answer, setAnswer] = useState<Answer | null>(null)
  // The last successful result, kept while another period loads (or fails) so the page does not flash empty.
  const [lastStats, setLastStats] = useState<StatsResult | null>(null)

  useEffect(
    () =>
      api.on('history:changed', () => {
        setVersion((value) => value + 1)
      }),
    []
  )

  useEffect(() => {
    let current = true
    api.stats.get({ days }).then(
      (stats) => {
        if (!current) return
        setAnswer({ days, version, stats, error: null })
        setLastStats(stats)
      },
      (reason: unknown) => {
        if (current) setAnswer({ days, version, stats: null, error: reason instanceof Error ? reason.message : String(reason) })
      }
    )
    return () => {
      current = false
    }
  }, [days, version])

  return {
    stats: lastStats,
    loading: answer === null || answer.days !== days || answer.version !== version,
    error: answer?.error ?? null,
    reload: () => {
      setVersion((value) => value + 1)
    }
  }
}
