import { useTranslation } from 'react-i18next'
import { messageText } from '@shared/i18n/message-text'
import { api } from '../lib/api'
import { useApiResource } from '../lib/use-api-resource'

/** Shows, once, that a damaged file was set aside, that writes are failing (full disk, read-only folder), or that a break has been held for hours. */
export function RecoveryNotice() {
  // Worded at render, so a language change re-words a notice already on screen.
  const { t } = useTranslation()
  // A write that starts failing later (full disk, read-only folder) is told at once.
  const { value: notice, set: setNotice } = useApiResource(() => api.notice.get(), {
    live: (onValue) => api.on('notice:changed', onValue)
  })
  const messages = notice?.messages ?? []
  if (messages.length === 0) return null
  return (
    <div className="notice" role="alert">
      <p>{messages.map((message) => messageText(t, message)).join(' ')}</p>
      <button
        type="button"
        onClick={() => {
          setNotice({ messages: [] })
          void api.notice.dismiss()
        }}
      >
        {t('notice.dismiss')}
      </button>
    </div>
  )
}
