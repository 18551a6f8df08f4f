import { app, session } from 'electron'
import { isTrustedFrameUrl } from '../../app/ipc/trusted-origin'

/**
 * App-wide hardening that applies to every webContents, including ones created later:
 * no navigation away from our pages, no new windows, no webviews, no permissions.
 */
export function setupSecurity(rendererBase: string): () => void {
  const onContentsCreated = (_event: Electron.Event, contents: Electron.WebContents): void => {
    contents.on('will-navigate', (event, url) => {
      if (!isTrustedFrameUrl(url, rendererBase)) event.preventDefault()
    })
    contents.on('will-redirect', (event, url) => {
      if (!isTrustedFrameUrl(url, rendererBase)) event.preventDefault()
    })
    contents.on('will-attach-webview', (event) => {
      event.preventDefault()
    })
    contents.setWindowOpenHandler(() => ({ action: 'deny' }))
  }
  app.on('web-contents-created', onContentsCreated)
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => {
    callback(false)
  })
  session.defaultSession.setPermissionCheckHandler(() => false)
  return () => {
    app.off('web-contents-created', onContentsCreated)
  }
}
