import { join } from 'node:path'

/** The scheme and host every built page is served from (see app-protocol.ts). */
export const appScheme = 'app'
export const appHost = 'upright'
export const appOrigin = `${appScheme}://${appHost}`

export interface RendererLocation {
  /** Base URL every trusted page lives under (see isTrustedFrameUrl). */
  base: string
  /** The folder of the built pages, which app:// serves; null when a dev server serves them. */
  rendererDir: string | null
  preloadPath: string
  pageUrl(page: 'index' | 'break', hash?: string): string
}

export interface LocateRendererOptions {
  /** ELECTRON_RENDERER_URL, set by electron-vite while `npm run dev` serves the renderer. */
  devServerUrl?: string | undefined
  /** app.isPackaged: a packaged app never loads pages (or trusts IPC) from an outside URL. */
  isPackaged: boolean
}

/**
 * Where the pages are: the built files next to the bundled main script, served as
 * app://upright/ rather than file:// (a custom standard scheme gets its own origin, so no
 * page can reach other local files); or, in development only, the dev server.
 */
export function locateRenderer(mainDir: string, options: LocateRendererOptions): RendererLocation {
  const preloadPath = join(mainDir, '../preload/index.cjs')
  const useDevServer = options.devServerUrl !== undefined && options.devServerUrl !== '' && !options.isPackaged
  const base = useDevServer ? new URL('/', options.devServerUrl).href : `${appOrigin}/`
  return {
    base,
    rendererDir: useDevServer ? null : join(mainDir, '../renderer'),
    preloadPath,
    pageUrl(page, hash) {
      const url = new URL(`${page}.html`, base)
      if (hash) url.hash = hash
      return url.href
    }
  }
}
