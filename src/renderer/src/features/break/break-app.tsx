import { useTranslation } from 'react-i18next'
import { useEffect } from 'react'
import { useHashRoute } from '../../lib/use-hash-route'
import { useSettings } from '../../lib/use-settings'
import { useTheme } from '../../lib/use-theme'
import { BreakScreen } from './break-screen'
import { PostureCheck } from './posture-check'
import './break.css'

type BreakRoute = 'break' | 'posture'

function toBreakRoute(path: string): BreakRoute {
  return path === 'posture' ? 'posture' : 'break'
}

/** break.html: the break routine, or the posture card at break.html#/posture. */
export function BreakApp() {
  const route = useHashRoute(toBreakRoute)
  const { settings } = useSettings()
  useTheme(settings?.app.theme)

  const { t } = useTranslation()
  useEffect(() => {
    document.title = route === 'posture' ? t('nav.postureTitle') : t('nav.breakTitle')
  }, [route, t])

  const sound = settings ? { sound: settings.app.breakSound, volumePercent: settings.app.soundVolumePercent } : null
  return route === 'posture' ? <PostureCheck /> : <BreakScreen sound={sound} />
}
