import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

export interface RendererLocation {
  /** Base URL every trusted page lives under (see isTrustedFrameUrl). */
  base: string
  preloadPath: string
  pageUrl(page: 'index' | 'break', hash?: string): string
}

/**
 * Where the built pages are. electron-vite sets ELECTRON_RENDERER_URL while `npm run dev`
 * serves the renderer; otherwise the pages are files next to the bundled main script.
 */
export function locateRenderer(mainDir: string, devServerUrl: string | undefined): RendererLocation {
  const preloadPath = join(mainDir, '../preload/index.cjs')
  const base = devServerUrl
    ? new URL('/', devServerUrl).href
    : pathToFileURL(join(mainDir, '../renderer') + '/').href
  return {
    base,
    preloadPath,
    pageUrl(page, hash) {
      const url = new URL(`${page}.html`, base)
      if (hash) url.hash = hash
      return url.href
    }
  }
}
