import { useCallback, useEffect, useState } from 'react'
import type { EngineState } from '@shared/engine-state'
import { api } from '../../lib/api'
import { secondsUntilCountChanges } from './status-text'
import { errorMessage } from '@shared/error-message'

/** Past the minute boundary, so the count read then has certainly moved on. */
const boundaryMarginMs = 250

export interface LiveEngineState {
  state: EngineState | null
  error: string | null
  refresh: () => Promise<void>
}

/**
 * The engine's state, kept live: the 'engine:state' push on every change, plus one re-read
 * when a shown minute count is due to tick over (engine seconds divided by the harness's
 * time scale). A fetched and a pushed snapshot can cross; the newer one wins.
 */
export function useLiveEngineState(timeScale: number): LiveEngineState {
  const [state, setState] = useState<EngineState | null>(null)
  const [error, setError] = useState<string | null>(null)

  const accept = useCallback((next: EngineState) => {
    setState((current) => (current !== null && current.nowWallMs > next.nowWallMs ? current : next))
    setError(null)
  }, [])

  const refresh = useCallback(
    () =>
      api.engine.state().then(accept, (reason: unknown) => {
        setError(errorMessage(reason))
      }),
    [accept]
  )

  useEffect(() => {
    void refresh()
    return api.on('engine:state', accept)
  }, [accept, refresh])

  useEffect(() => {
    if (state === null) return
    const seconds = secondsUntilCountChanges(state)
    if (seconds === null) return
    const timer = setTimeout(() => void refresh(), Math.max(1000, (seconds * 1000) / timeScale + boundaryMarginMs))
    return () => {
      clearTimeout(timer)
    }
  }, [state, timeScale, refresh])

  return { state, error, refresh }
}
