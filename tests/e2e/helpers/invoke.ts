import type { APIRequestContext } from '@playwright/test'
import type { InvokeChannel } from '../../../src/shared/ipc/channels'
import type { InvokeInput, InvokeOutput } from '../../../src/shared/ipc/contract'

/** Calls a harness channel over HTTP, as the page's web bridge does; throws on an error reply. */
export async function invoke<C extends InvokeChannel>(
  request: APIRequestContext,
  baseUrl: string,
  channel: C,
  input?: InvokeInput<C>
): Promise<InvokeOutput<C>> {
  const response = await request.post(`${baseUrl}api/invoke/${channel}`, {
    headers: { 'content-type': 'application/json' },
    data: { input }
  })
  const body = (await response.json()) as { value?: InvokeOutput<C>; error?: string }
  if (!response.ok()) throw new Error(`${channel}: ${body.error ?? response.status()}`)
  return body.value as InvokeOutput<C>
}

/** Dismisses the first-run safety notice, for tests and screenshots about other things. */
export async function acknowledgeSafetyNotice(request: APIRequestContext, baseUrl: string): Promise<void> {
  await invoke(request, baseUrl, 'onboarding:update', { safetyAcknowledgedAtMs: Date.now() })
}
