import { useCallback, useEffect, useState } from 'react'
import type { EngineState } from '@shared/engine-state'
import { api } from '../../lib/api'

/**
 * The engine snapshot, kept live by the 'engine:state' push. A fetched snapshot and a pushed
 * one can cross on the wire, so the newer of the two wins.
 */
export function useEngineState(initial: EngineState | null): [EngineState | null, (next: EngineState) => void] {
  const [state, setState] = useState<EngineState | null>(initial)
  const accept = useCallback((next: EngineState) => {
    setState((current) => (current !== null && current.nowWallMs > next.nowWallMs ? current : next))
  }, [])
  useEffect(() => api.on('engine:state', accept), [accept])
  return [state, accept]
}
