import { BrowserWindow, type BrowserWindowConstructorOptions } from 'electron'

export type SecureWindowOptions = Omit<BrowserWindowConstructorOptions, 'webPreferences'>

/**
 * Every Upright window is made here, so none can be opened with weaker settings — and the
 * settings stand as literals in one constructor call, where reviewers and static checkers
 * (electronegativity) can read them.
 */
export function createSecureWindow(options: SecureWindowOptions, preloadPath: string): BrowserWindow {
  return new BrowserWindow({
    ...options,
    webPreferences: {
      // Reviewed: the preload (src/preload/index.ts) exposes only the contract's typed methods
      // through contextBridge — no ipcRenderer, no Node objects — and runs sandboxed.
      preload: preloadPath /* eng-disable PRELOAD_JS_CHECK */,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      spellcheck: false,
      // Middle-click could otherwise open a link in a new window, around setWindowOpenHandler.
      disableBlinkFeatures: 'Auxclick'
    }
  })
}
