/**
 * Decides whether an IPC message comes from one of our own pages. Electron's advisory
 * GHSA-mq8j-3h7h-p8g7 asks for the *frame's* URL to be checked, not the webContents':
 * an iframe or a navigated frame must not inherit the page's rights.
 * `rendererBase` is app://upright/ (the built pages) or, in development, the dev server's
 * origin (http://localhost:5173/).
 */
export function isTrustedFrameUrl(frameUrl: string | undefined, rendererBase: string): boolean {
  if (!frameUrl) return false
  let frame: URL
  let base: URL
  try {
    frame = new URL(frameUrl)
    base = new URL(rendererBase)
  } catch {
    return false
  }
  if (frame.protocol !== base.protocol) return false
  if (base.protocol === 'file:') {
    const basePath = base.pathname.endsWith('/') ? base.pathname : `${base.pathname}/`
    // Normalised by URL parsing, so "../" cannot climb out of the renderer folder.
    return frame.host === base.host && frame.pathname.startsWith(basePath)
  }
  // A custom scheme's URL has the opaque origin "null" in WHATWG parsing, so the host (and
  // port) are compared as well: app://evil/ must not pass for app://upright/.
  return frame.host === base.host && frame.origin === base.origin
}
