import { useEffect, useState } from 'react'
import type { StatsResult } from '@shared/stats'
import { api } from '../../lib/api'
import { usableTimeScale } from '../../lib/time-scale'
import { errorMessage } from '@shared/error-message'

export interface StatsHandle {
  /** The latest answer; while another period loads it stays, so the page does not flash empty. */
  stats: StatsResult | null
  loading: boolean
  error: string | null
  reload: () => void
}

type Answer = { days: number; version: number } & ({ stats: StatsResult; error: null } | { stats: null; error: string })

/** Today's active time includes the running stretch: read it again about once a (scaled) minute. */
const LIVE_REFRESH_MS = 60_000
const MIN_REFRESH_MS = 1_000

/**
 * Stats for the last `days` local days, fetched again whenever history changes and, so today's
 * active time is live, once a minute of app time (`timeScale` engine seconds per real second).
 */
export function useStats(days: number, timeScale = 1): StatsHandle {
  const [version, setVersion] = useState(0)
  // The live refresh: read again quietly, without "Updating…" every minute.
  const [tick, setTick] = useState(0)
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
    const scale = usableTimeScale(timeScale)
    const timer = setInterval(() => {
      setTick((value) => value + 1)
    }, Math.max(MIN_REFRESH_MS, LIVE_REFRESH_MS / scale))
    return () => {
      clearInterval(timer)
    }
  }, [timeScale])

  useEffect(() => {
    let current = true
    api.stats.get({ days }).then(
      (stats) => {
        if (!current) return
        setAnswer({ days, version, stats, error: null })
        setLastStats(stats)
      },
      (reason: unknown) => {
        if (current) setAnswer({ days, version, stats: null, error: errorMessage(reason) })
      }
    )
    return () => {
      current = false
    }
  }, [days, version, tick])

  return {
    stats: lastStats,
    loading: answer === null || answer.days !== days || answer.version !== version,
    error: answer?.error ?? null,
    reload: () => {
      setVersion((value) => value + 1)
    }
  }
}
