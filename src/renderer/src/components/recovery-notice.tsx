import { useTranslation } from 'react-i18next'
import { api } from '../lib/api'
import { useApiResource } from '../lib/use-api-resource'

/** Shows, once, that a damaged file was set aside, that writes are failing (full disk, read-only folder), or that a break has been held for hours. */
export function RecoveryNotice() {
  const { t } = useTranslation()
  // A write that starts failing later (full disk, read-only folder) is told at once.
  const { value: notice, set: setNotice } = useApiResource(() => api.notice.get(), {
    live: (onValue) => api.on('notice:changed', onValue)
  })
  const message = notice?.message ?? null
  if (!message) return null
  return (
    <div className="notice" role="alert">
      <p>{message}</p>
      <button
        type="button"
        onClick={() => {
          setNotice({ message: null })
          void api.notice.dismiss()
        }}
      >
        {t('notice.dismiss')}
      </button>
    </div>
  )
}
