import { useTranslation } from 'react-i18next'
import { useEffect, useState } from 'react'
import { api } from '../lib/api'

/** Shows, once, that a damaged file was set aside, or that writes are failing (full disk, read-only folder). */
export function RecoveryNotice() {
  const { t } = useTranslation()
  const [message, setMessage] = useState<string | null>(null)
  useEffect(() => {
    let cancelled = false
    api.notice.get().then(
      (notice) => {
        if (!cancelled) setMessage(notice.message)
      },
      () => undefined
    )
    // A write that starts failing later (full disk, read-only folder) is told at once.
    const unsubscribe = api.on('notice:changed', (notice) => {
      setMessage(notice.message)
    })
    return () => {
      cancelled = true
      unsubscribe()
    }
  }, [])
  if (!message) return null
  return (
    <div className="notice" role="alert">
      <p>{message}</p>
      <button
        type="button"
        onClick={() => {
          setMessage(null)
          void api.notice.dismiss()
        }}
      >
        {t('notice.dismiss')}
      </button>
    </div>
  )
}
