import { useEffect, useState } from 'react'
import { useSettings } from '../../lib/use-settings'
import { useTheme } from '../../lib/use-theme'
import { BreakScreen } from './break-screen'
import { PostureCheck } from './posture-check'
import './break.css'

type BreakRoute = 'break' | 'posture'

function readRoute(): BreakRoute {
  return window.location.hash.replace(/^#\/?/, '') === 'posture' ? 'posture' : 'break'
}

/** break.html: the break routine, or the posture card at break.html#/posture. */
export function BreakApp() {
  const [route, setRoute] = useState(readRoute)
  const { settings } = useSettings()
  useTheme(settings?.app.theme)

  useEffect(() => {
    const onChange = (): void => {
      setRoute(readRoute())
    }
    window.addEventListener('hashchange', onChange)
    return () => {
      window.removeEventListener('hashchange', onChange)
    }
  }, [])

  useEffect(() => {
    document.title = route === 'posture' ? 'Posture check — Upright' : 'Break — Upright'
  }, [route])

  return route === 'posture' ? <PostureCheck /> : <BreakScreen />
}
