import { useEffect, useState } from 'react'
import { api } from '../../lib/api'

/** Engine seconds per real second (app info); 1 until known, which is right outside a sped-up harness. */
export function useTimeScale(): number {
  const [timeScale, setTimeScale] = useState(1)
  useEffect(() => {
    let cancelled = false
    api.app.info().then(
      (info) => {
        if (!cancelled) setTimeScale(info.timeScale)
      },
      () => undefined
    )
    return () => {
      cancelled = true
    }
  }, [])
  return timeScale
}
