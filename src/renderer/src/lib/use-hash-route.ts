import { useEffect, useState } from 'react'
import { isMainRoute, type MainRoute } from '@shared/routes'

/** The location hash without its leading "#" or "#/": "stats" for "#/stats". */
function hashPath(): string {
  return window.location.hash.replace(/^#\/?/, '')
}

/**
 * Hash routing for both pages (`index.html#/<route>`, `break.html#/posture`): main can open any
 * view by URL and no router library is needed. `toRoute` reads the hash's path; pass a
 * module-level function, so the hashchange listener is not replaced on every render.
 */
export function useHashRoute<R extends string>(toRoute: (path: string) => R): R {
  const [route, setRoute] = useState(() => toRoute(hashPath()))
  useEffect(() => {
    const onChange = (): void => {
      setRoute(toRoute(hashPath()))
    }
    window.addEventListener('hashchange', onChange)
    return () => {
      window.removeEventListener('hashchange', onChange)
    }
  }, [toRoute])
  return route
}

/** index.html's page for a hash path: what follows "?" is left to the page; an unknown route is Today. */
export function toMainRoute(path: string): MainRoute {
  const route = path.split('?')[0] ?? ''
  return isMainRoute(route) ? route : 'today'
}
