import { useTranslation } from 'react-i18next'
import { api } from '../../lib/api'
import { useApiResource } from '../../lib/use-api-resource'


/**
 * What this computer lets Upright notice (a call, a fullscreen window, Do Not Disturb), from
 * the busy:capabilities query: honest about what it cannot see, so nobody counts on it.
 */
export function BusyDetectionList() {
  const { t, i18n } = useTranslation()
  // Main words these lines: ask again when the language changes (the control is on this page).
  const { value: capabilities, error } = useApiResource(() => api.busy.capabilities(), { deps: [i18n.language] })

  if (error !== null) return <p className="hint">{t('prefs.busy.failed')}</p>
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
