import { type BrowserWindow } from 'electron'
import type { MainRoute } from '../../shared/routes'
import type { RendererLocation } from './renderer-location'
import { createSecureWindow } from './secure-window'

/**
 * The main window (checklist, stretches, stats, preferences) exists only while shown:
 * a tray app at rest keeps no renderer process alive.
 */
export class MainWindow {
  private window: BrowserWindow | null = null

  constructor(private readonly renderer: RendererLocation) {}

  open(route: MainRoute): void {
    const url = this.renderer.pageUrl('index', `/${route}`)
    if (this.window && !this.window.isDestroyed()) {
      void this.window.loadURL(url)
      if (this.window.isMinimized()) this.window.restore()
      this.window.show()
      this.window.focus()
      return
    }
    const window = createSecureWindow(
      {
        width: 1040,
        height: 760,
        minWidth: 560,
        minHeight: 480,
        show: false,
        title: 'Upright',
        autoHideMenuBar: true
      },
      this.renderer.preloadPath
    )
    window.once('ready-to-show', () => {
      window.show()
    })
    window.on('closed', () => {
      this.window = null
    })
    this.window = window
    void window.loadURL(url)
  }
}
