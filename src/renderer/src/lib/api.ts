import type { UprightApi } from '@shared/ipc/api'
import { createWebBridge } from './web-bridge'

/**
 * The renderer's only door to the app: the preload's `window.upright` in Electron, the
 * HTTP bridge in the web harness. Nothing else in the renderer touches either.
 */
export const api: UprightApi = window.upright ?? createWebBridge()
