import { useEffect, useState } from 'react'
import { api } from '../lib/api'

/** Shows, once, that a corrupt settings file was set aside and defaults are in use. */
export function RecoveryNotice() {
  const [message, setMessage] = useState<string | null>(null)
  useEffect(() => {
    let cancelled = false
    api.notice.get().then(
      (notice) => {
        if (!cancelled) setMessage(notice.message)
      },
      () => undefined
    )
    return () => {
      cancelled = true
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
        Dismiss
      </button>
    </div>
  )
}
