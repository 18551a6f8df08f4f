/**
 * A typed fake of the parts of `electron` the main process uses, installed for every
 * main test by tests/main/setup.ts (the pattern of electron/fiddle's tests/mocks).
 * Tests reach the fakes' extra inspection helpers by importing this module directly.
 */
import { EventEmitter } from 'node:events'

type IpcHandler = (event: { senderFrame: { url: string } | null }, ...args: unknown[]) => unknown

export class FakeIpcMain {
  readonly handlers = new Map<string, IpcHandler>()

  handle(channel: string, handler: IpcHandler): void {
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`)
    this.handlers.set(channel, handler)
  }

  removeHandler(channel: string): void {
    this.handlers.delete(channel)
  }

  /** Test helper: what ipcRenderer.invoke from a frame at `frameUrl` would get. */
  async invokeFrom(frameUrl: string | null, channel: string, input?: unknown): Promise<unknown> {
    const handler = this.handlers.get(channel)
    if (!handler) throw new Error(`No handler registered for '${channel}'`)
    return await handler({ senderFrame: frameUrl === null ? null : { url: frameUrl } }, input)
  }
}

export const ipcMain = new FakeIpcMain()

export class FakeWebContents extends EventEmitter {
  readonly sent: { channel: string; payload: unknown }[] = []
  url = ''
  windowOpenHandler: (() => { action: string }) | null = null

  send(channel: string, payload: unknown): void {
    this.sent.push({ channel, payload })
  }

  setWindowOpenHandler(handler: () => { action: string }): void {
    this.windowOpenHandler = handler
  }
}

export class BrowserWindow extends EventEmitter {
  static readonly all = new Set<BrowserWindow>()

  static getAllWindows(): BrowserWindow[] {
    return [...BrowserWindow.all]
  }

  readonly webContents = new FakeWebContents()
  private destroyed = false
  visible = false
  focused = false
  loadedUrl: string | null = null

  constructor(readonly options: Record<string, unknown> = {}) {
    super()
    BrowserWindow.all.add(this)
  }

  loadURL(url: string): Promise<void> {
    this.loadedUrl = url
    this.webContents.url = url
    queueMicrotask(() => this.emit('ready-to-show'))
    return Promise.resolve()
  }

  show(): void {
    this.visible = true
  }

  focus(): void {
    this.focused = true
  }

  isMinimized(): boolean {
    return false
  }

  restore(): void {}

  isDestroyed(): boolean {
    return this.destroyed
  }

  destroy(): void {
    if (this.destroyed) return
    this.destroyed = true
    BrowserWindow.all.delete(this)
    this.emit('closed')
  }

  close(): void {
    this.destroy()
  }
}

class FakeApp extends EventEmitter {
  name = 'Upright'
  quitting = false

  getPath(name: string): string {
    if (name === 'userData') return '/tmp/upright-fake-user-data'
    throw new Error(`fake app.getPath: unknown path name '${name}'`)
  }

  getVersion(): string {
    return '0.0.0-test'
  }

  setName(name: string): void {
    this.name = name
  }

  requestSingleInstanceLock(): boolean {
    return true
  }

  whenReady(): Promise<void> {
    return Promise.resolve()
  }

  quit(): void {
    this.quitting = true
  }

  exit(): void {
    this.quitting = true
  }
}

export const app = new FakeApp()

export const session = {
  defaultSession: {
    permissionRequestHandler: null as unknown,
    permissionCheckHandler: null as unknown,
    setPermissionRequestHandler(handler: unknown): void {
      this.permissionRequestHandler = handler
    },
    setPermissionCheckHandler(handler: unknown): void {
      this.permissionCheckHandler = handler
    }
  }
}

/** Restores every fake to its fresh state between tests. */
export function resetElectronFakes(): void {
  ipcMain.handlers.clear()
  for (const window of BrowserWindow.getAllWindows()) window.destroy()
  app.removeAllListeners()
  app.quitting = false
}
