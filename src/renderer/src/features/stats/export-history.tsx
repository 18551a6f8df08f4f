import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'
import { useState } from 'react'
import type { HistoryExportResult } from '@shared/history-export'
import { api } from '../../lib/api'
import { errorMessage } from '@shared/error-message'

/** The web harness hands over the CSV text; the browser saves it through a download link. */
function download(fileName: string, csv: string): void {
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }))
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.hidden = true
  document.body.append(link)
  link.click()
  link.remove()
  // Revoke on the next turn: revoking at once can cancel the download in some browsers.
  setTimeout(() => {
    URL.revokeObjectURL(url)
  }, 0)
}

function outcome(t: TFunction, result: HistoryExportResult): string {
  switch (result.status) {
    case 'saved':
      return t('stats.export.saved', { path: result.path })
    case 'cancelled':
      return t('stats.export.cancelled')
    case 'download':
      download(result.fileName, result.csv)
      return t('stats.export.downloaded', { fileName: result.fileName })
  }
}

export function ExportHistory() {
  const { t } = useTranslation()
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<{ text: string; failed: boolean } | null>(null)

  const exportCsv = async (): Promise<void> => {
    setBusy(true)
    setMessage(null)
    try {
      setMessage({ text: outcome(t, await api.history.export()), failed: false })
    } catch (reason) {
      setMessage({ text: t('stats.export.failed', { reason: errorMessage(reason) }), failed: true })
    } finally {
      setBusy(false)
    }
  }

  return (
    <section className="card export" aria-labelledby="export-heading">
      <h2 id="export-heading">{t('stats.export.heading')}</h2>
      <p>{t('stats.export.text')}</p>
      <button type="button" onClick={() => void exportCsv()} disabled={busy}>
        {busy ? t('stats.export.busy') : t('stats.export.button')}
      </button>
      <p className={message?.failed ? 'error export-status' : 'export-status'} role="status" aria-live="polite">
        {message?.text}
      </p>
    </section>
  )
}
