import { useEffect, useEffectEvent, useRef, useState } from 'react'

export interface RoutineClockOptions {
  totalSeconds: number
  /** Engine seconds per real second (1 in the app; more in a sped-up harness). */
  timeScale: number
  paused?: boolean
  /** Where the clock starts, in engine seconds (read once, on mount): a resumed routine starts past 0. */
  startSeconds?: number
  /** Called once, when the clock reaches `totalSeconds`. */
  onEnd: () => void
}

/** Re-render at least this often at high time scales; more would only burn CPU. */
const minTickMs = 50

/**
 * Elapsed routine time in engine seconds. It is measured against a monotonic start rather than
 * counted per tick, so a throttled or late timer never makes the routine drift, and it wakes
 * once per displayed second instead of polling.
 */
export function useRoutineClock({ totalSeconds, timeScale, paused = false, startSeconds = 0, onEnd }: RoutineClockOptions): number {
  const [elapsedSeconds, setElapsedSeconds] = useState(() => Math.max(0, startSeconds))
  // Survives pause/resume (the effect restarts) without becoming an effect dependency.
  const elapsedRef = useRef(elapsedSeconds)
  const endReached = useEffectEvent(onEnd)

  useEffect(() => {
    if (paused || elapsedRef.current >= totalSeconds) return
    const startedAtMs = performance.now()
    const elapsedAtStart = elapsedRef.current
    let timer: ReturnType<typeof setTimeout> | undefined

    const delayToNextSecondMs = (elapsed: number): number => {
      const untilWholeSecond = Math.floor(elapsed) + 1 - elapsed
      return Math.max(minTickMs, (untilWholeSecond * 1000) / timeScale)
    }
    const tick = (): void => {
      const elapsed = Math.min(totalSeconds, elapsedAtStart + ((performance.now() - startedAtMs) / 1000) * timeScale)
      elapsedRef.current = elapsed
      setElapsedSeconds(elapsed)
      if (elapsed >= totalSeconds) {
        timer = undefined
        endReached()
        return
      }
      timer = setTimeout(tick, delayToNextSecondMs(elapsed))
    }
    timer = setTimeout(tick, delayToNextSecondMs(elapsedAtStart))
    return () => {
      if (timer !== undefined) clearTimeout(timer)
    }
  }, [paused, totalSeconds, timeScale])

  return elapsedSeconds
}
