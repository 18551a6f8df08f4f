import { rendererI18n } from './i18n'
import { buildApi, type UprightApi } from '@shared/ipc/api'

/**
 * The same API over HTTP for the web harness (src/web): POST /api/invoke/<channel> and a
 * server-sent event stream. The server validates with the same contract as ipcMain.
 */
/** Read when thrown, so it is in the window's language. */
export const notRunningMessage = (): string => rendererI18n.t('errors.notRunning')

export function createWebBridge(): UprightApi {
  let source: EventSource | null = null
  const openSource = (): EventSource => (source ??= new EventSource('/api/events'))

  return buildApi(
    async (channel, input) => {
      let response: Response
      try {
        response = await fetch(`/api/invoke/${encodeURIComponent(channel)}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ input })
        })
      } catch {
        // The browser's own words ("Failed to fetch") say nothing to a person: the harness is gone.
        throw new Error(notRunningMessage())
      }
      const body = (await response.json()) as { value?: unknown; error?: string }
      // A 409 with a value is a refusal the channel states as its result (see IpcRefusal in src/app).
      if (response.status === 409 && body.value !== undefined) return body.value
      if (!response.ok) throw new Error(body.error ?? `${channel} failed (${response.status})`)
      return body.value
    },
    (event, listener) => {
      const eventSource = openSource()
      const forward = (message: MessageEvent<string>): void => {
        listener(JSON.parse(message.data) as unknown)
      }
      eventSource.addEventListener(event, forward)
      return () => {
        eventSource.removeEventListener(event, forward)
      }
    }
  )
}
