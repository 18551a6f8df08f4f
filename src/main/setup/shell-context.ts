import { app } from 'electron'
import { SystemClock } from '../../core/engine'
import { MainWindow } from '../electron/main-window'
import { locateRenderer, type RendererLocation } from '../electron/renderer-location'

/** What every setup may need to know about this process: where it runs and where its pages are. */
export interface ShellContext {
  platform: NodeJS.Platform
  /** XDG_CURRENT_DESKTOP on Linux */
  currentDesktop: string | undefined
  renderer: RendererLocation
  mainWindow: MainWindow
  clock: SystemClock
  warn: (message: string) => void
}

export function createShellContext(mainDir: string): ShellContext {
  const renderer = locateRenderer(mainDir, {
    devServerUrl: process.env['ELECTRON_RENDERER_URL'],
    isPackaged: app.isPackaged
  })
  return {
    platform: process.platform,
    currentDesktop: process.env['XDG_CURRENT_DESKTOP'],
    renderer,
    mainWindow: new MainWindow(renderer),
    clock: new SystemClock(),
    warn: (message) => {
      console.warn(message)
    }
  }
}
