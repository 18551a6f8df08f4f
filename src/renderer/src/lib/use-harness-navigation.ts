import { useEffect } from 'react'
import type { EventPayload } from '@shared/ipc/contract'
import { isMainRoute } from '@shared/routes'
import { api } from './api'
import { useIsWebHarness } from './shell'

/**
 * Where a 'shell:navigate' push sends the tab: break.html for the break "window", or a page of
 * index.html. Null for a route this build does not know.
 */
export function harnessTarget(request: EventPayload<'shell:navigate'>): { kind: 'page'; url: string } | { kind: 'route'; hash: string } | null {
  if (request.page === 'break') return { kind: 'page', url: request.route ? `./break.html#/${request.route}` : './break.html' }
  return isMainRoute(request.route) ? { kind: 'route', hash: `#/${request.route}` } : null
}

/**
 * The web harness has no windows to open: what would open one in Electron (a tray action, a
 * break starting) arrives as 'shell:navigate', and the tab goes there. A no-op in Electron,
 * where main opens real windows.
 */
export function useHarnessNavigation(): void {
  const isWebHarness = useIsWebHarness()
  useEffect(() => {
    if (!isWebHarness) return
    return api.on('shell:navigate', (request) => {
      const target = harnessTarget(request)
      if (target?.kind === 'page') window.location.assign(target.url)
      else if (target?.kind === 'route') window.location.hash = target.hash
    })
  }, [isWebHarness])
}
