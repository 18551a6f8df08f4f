import { app, session } from 'electron'
import { isTrustedFrameUrl } from '../../app/ipc/trusted-origin'

/**
 * App-wide hardening that applies to every webContents, including ones created later:
 * no navigation away from our pages, no new windows, no webviews, no permissions — except the
 * camera (video only) for the posture watch's own window, while it exists.
 */
export function setupSecurity(rendererBase: string, mayUseCamera: (contents: Electron.WebContents) => boolean = () => false): () => void {
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
  session.defaultSession.setPermissionRequestHandler((contents, permission, callback, details) => {
    const videoOnly = 'mediaTypes' in details && (details.mediaTypes ?? []).every((type) => type === 'video')
    callback(permission === 'media' && videoOnly && mayUseCamera(contents))
  })
  session.defaultSession.setPermissionCheckHandler((contents, permission) => permission === 'media' && contents !== null && mayUseCamera(contents))
  return () => {
    app.off('web-contents-created', onContentsCreated)
  }
}
