import { useTranslation } from 'react-i18next'
import { useEffect, useState } from 'react'
import type { BusyCapability } from '@shared/busy'
import { api } from '../../lib/api'


/**
 * What this computer lets Upright notice (a call, a fullscreen window, Do Not Disturb), from
 * the busy:capabilities query: honest about what it cannot see, so nobody counts on it.
 */
export function BusyDetectionList() {
  const { t } = useTranslation()
  const [capabilities, setCapabilities] = useState<BusyCapability[] | null>(null)
  const [failed, setFailed] = useState(false)
  useEffect(() => {
    let cancelled = false
    api.busy.capabilities().then(
      (loaded) => {
        if (!cancelled) setCapabilities(loaded)
      },
      () => {
        if (!cancelled) setFailed(true)
      }
    )
    return () => {
      cancelled = true
    }
  }, [])

  if (failed) return <p className="hint">{t('prefs.busy.failed')}</p>
  if (capabilities === null) return null
  return (
    <div className="busy-detection">
      <p id="busy-detection-title">{t('prefs.busy.title')}</p>
      <ul aria-labelledby="busy-detection-title">
        {capabilities.map((capability) => (
          <li key={capability.signal}>
            <strong>{t(`prefs.busy.signal.${capability.signal}`)}</strong>: {t(`prefs.busy.state.${capability.state}`)}
            <span className="hint"> — {capability.detail}</span>
          </li>
        ))}
      </ul>
    </div>
  )
}
