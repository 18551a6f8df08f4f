import { useEffect, useState } from 'react'
import { isMainRoute, type MainRoute } from '../../../shared/routes'

function readRoute(): MainRoute {
  const route = window.location.hash.replace(/^#\/?/, '').split('?')[0] ?? ''
  return isMainRoute(route) ? route : 'today'
}

/** Hash routing: main can open any page with `index.html#/<route>` and no router library is needed. */
export function useHashRoute(): MainRoute {
  const [route, setRoute] = useState(readRoute)
  useEffect(() => {
    const onChange = (): void => {
      setRoute(readRoute())
    }
    window.addEventListener('hashchange', onChange)
    return () => {
      window.removeEventListener('hashchange', onChange)
    }
  }, [])
  return route
}
