import type { UprightApi } from '@shared/ipc/api'

declare global {
  interface Window {
    /** Set by the Electron preload; absent in the web harness, where lib/web-bridge.ts stands in. */
    upright?: UprightApi
  }
}
