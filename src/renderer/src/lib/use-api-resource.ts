import { type DependencyList, type SetStateAction, useCallback, useEffect, useRef, useState } from 'react'
import { errorMessage } from '@shared/error-message'

export interface ApiResource<T> {
  /** null until loaded (and after a failed load). */
  value: T | null
  /** The load's failure as one line, or null. */
  error: string | null
  /** Replaces the value (an update's answer, an optimistic change); a slower load then loses. */
  set: (value: SetStateAction<T | null>) => void
}

export interface ApiResourceOptions<T> {
  /** Subscribes to pushes of newer values; returns the unsubscribe. */
  live?: (onValue: (value: T) => void) => () => void
  /** Loads again when these change (default: once per mount). */
  deps?: DependencyList
}

/**
 * A value loaded from the API and, optionally, kept live by a push channel. An answer that
 * arrives after unmount, or after a push or a local change, is dropped: a slow first load
 * never overwrites what another window or the user changed meanwhile.
 */
export function useApiResource<T>(load: () => Promise<T>, options: ApiResourceOptions<T> = {}): ApiResource<T> {
  const [value, setValue] = useState<T | null>(null)
  const [error, setError] = useState<string | null>(null)
  // Bumped by every push and local change; a load applies only if nothing came after it began.
  const changes = useRef(0)
  const set = useCallback((next: SetStateAction<T | null>) => {
    changes.current += 1
    setValue(next)
  }, [])

  useEffect(() => {
    let mounted = true
    const unsubscribe = options.live?.((pushed) => {
      set(pushed)
      setError(null)
    })
    const changesAtStart = changes.current
    load().then(
      (loaded) => {
        if (!mounted || changes.current !== changesAtStart) return
        setValue(loaded)
        setError(null)
      },
      (reason: unknown) => {
        if (mounted && changes.current === changesAtStart) setError(errorMessage(reason))
      }
    )
    return () => {
      mounted = false
      unsubscribe?.()
    }
    // Inline closures are fine: the caller's deps, not the functions' identity, decide when to load again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, options.deps ?? [])

  return { value, error, set }
}
