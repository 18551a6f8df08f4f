import { buildApi, type UprightApi } from '../../../shared/ipc/api'

/**
 * The same API over HTTP for the web harness (src/web): POST /api/invoke/<channel> and a
 * server-sent event stream. The server validates with the same contract as ipcMain.
 */
export function createWebBridge(): UprightApi {
  let source: EventSource | null = null
  const openSource = (): EventSource => (source ??= new EventSource('/api/events'))

  return buildApi(
    async (channel, input) => {
      const response = await fetch(`/api/invoke/${encodeURIComponent(channel)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ input })
      })
      const body = (await response.json()) as { value?: unknown; error?: string }
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
