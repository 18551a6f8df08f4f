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

/** What was loaded, and for which deps: a value loaded for other deps is never shown. */
interface Loaded<T> {
  value: T | null
  error: string | null
  deps: DependencyList
}

const noDeps: DependencyList = []

function sameDeps(a: DependencyList, b: DependencyList): boolean {
  return a.length === b.length && a.every((item, index) => Object.is(item, b[index]))
}

/**
 * A value loaded from the API and, optionally, kept live by a push channel. An answer that
 * arrives after unmount, or after a push or a local change, is dropped: a slow first load
 * never overwrites what another window or the user changed meanwhile. When the deps change
 * (another stretch, another language) the old value is gone at once: the page shows loading,
 * never the previous deps' data under the new ones.
 */
export function useApiResource<T>(load: () => Promise<T>, options: ApiResourceOptions<T> = {}): ApiResource<T> {
  const deps = options.deps ?? noDeps
  const [loaded, setLoaded] = useState<Loaded<T>>({ value: null, error: null, deps })
  // The deps the effect runs for now: pushes and local changes belong to them.
  const currentDeps = useRef(deps)
  // Bumped by every push and local change; a load applies only if nothing came after it began.
  const changes = useRef(0)
  const set = useCallback((next: SetStateAction<T | null>) => {
    changes.current += 1
    setLoaded((previous) => ({
      value: typeof next === 'function' ? (next as (value: T | null) => T | null)(previous.value) : next,
      error: previous.error,
      deps: currentDeps.current
    }))
  }, [])

  useEffect(() => {
    let mounted = true
    currentDeps.current = deps
    const unsubscribe = options.live?.((pushed) => {
      changes.current += 1
      setLoaded({ value: pushed, error: null, deps })
    })
    const changesAtStart = changes.current
    load().then(
      (value) => {
        if (!mounted || changes.current !== changesAtStart) return
        setLoaded({ value, error: null, deps })
      },
      (reason: unknown) => {
        if (mounted && changes.current === changesAtStart) setLoaded({ value: null, error: errorMessage(reason), deps })
      }
    )
    return () => {
      mounted = false
      unsubscribe?.()
    }
    // Inline closures are fine: the caller's deps, not the functions' identity, decide when to load again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, deps)

  const current = sameDeps(loaded.deps, deps)
  return { value: current ? loaded.value : null, error: current ? loaded.error : null, set }
}
