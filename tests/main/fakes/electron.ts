/**
 * A typed fake of the parts of `electron` the main process uses, installed for every
 * main test by tests/main/setup.ts (the pattern of electron/fiddle's tests/mocks).
 * Tests reach the fakes' extra inspection helpers by importing this module directly.
 * Signatures follow electron.d.ts so production code type-checks against the real module
 * and behaves the same against this one.
 */
import { EventEmitter } from 'node:events'
import { existsSync } from 'node:fs'
import type {
  Display,
  LoginItemSettings,
  MenuItemConstructorOptions,
  NotificationAction,
  NotificationCloseEventParams,
  NotificationConstructorOptions,
  Point,
  Rectangle,
  Settings as LoginItemSettingsInput
} from 'electron'

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

  /** electron-store registers one `on` listener for its renderer helper; nothing else uses it. */
  readonly listeners = new Map<string, unknown[]>()

  on(channel: string, listener: unknown): this {
    this.listeners.set(channel, [...(this.listeners.get(channel) ?? []), listener])
    return this
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

  getURL(): string {
    return this.url
  }

  setWindowOpenHandler(handler: () => { action: string }): void {
    this.windowOpenHandler = handler
  }

  backgroundThrottling = true
  setBackgroundThrottling(allowed: boolean): void {
    this.backgroundThrottling = allowed
  }
}

/** The event a 'close' listener receives; preventDefault() keeps the window open, as in Electron. */
export interface FakeCloseEvent {
  defaultPrevented: boolean
  preventDefault(): void
}

export class BrowserWindow extends EventEmitter {
  static readonly all = new Set<BrowserWindow>()
  /** Every window ever created since the last reset, in order (destroyed ones included). */
  static readonly created: BrowserWindow[] = []

  static getAllWindows(): BrowserWindow[] {
    return [...BrowserWindow.all]
  }

  readonly webContents = new FakeWebContents()
  private destroyed = false
  visible = false
  focused = false
  fullScreen: boolean
  alwaysOnTopLevel: string | null = null
  visibleOnAllWorkspaces = false
  loadedUrl: string | null = null
  bounds: Rectangle

  constructor(readonly options: Electron.BrowserWindowConstructorOptions = {}) {
    super()
    BrowserWindow.all.add(this)
    BrowserWindow.created.push(this)
    this.fullScreen = options.fullscreen === true
    this.bounds = { x: options.x ?? 0, y: options.y ?? 0, width: options.width ?? 800, height: options.height ?? 600 }
    if (options.alwaysOnTop) this.alwaysOnTopLevel = 'floating'
  }

  loadURL(url: string): Promise<void> {
    this.loadedUrl = url
    this.webContents.url = url
    queueMicrotask(() => {
      if (!this.destroyed) this.emit('ready-to-show')
    })
    return Promise.resolve()
  }

  show(): void {
    this.visible = true
  }

  hide(): void {
    this.visible = false
  }

  focus(): void {
    this.focused = true
  }

  moveTop(): void {}

  isMinimized(): boolean {
    return false
  }

  isVisible(): boolean {
    return this.visible
  }

  isFocused(): boolean {
    return this.focused
  }

  isFullScreen(): boolean {
    return this.fullScreen
  }

  setFullScreen(flag: boolean): void {
    this.fullScreen = flag
  }

  setAlwaysOnTop(flag: boolean, level: string = 'floating'): void {
    this.alwaysOnTopLevel = flag ? level : null
  }

  isAlwaysOnTop(): boolean {
    return this.alwaysOnTopLevel !== null
  }

  setVisibleOnAllWorkspaces(visible: boolean): void {
    this.visibleOnAllWorkspaces = visible
  }

  getBounds(): Rectangle {
    return { ...this.bounds }
  }

  setBounds(bounds: Partial<Rectangle>): void {
    this.bounds = { ...this.bounds, ...bounds }
  }

  restore(): void {}

  isDestroyed(): boolean {
    return this.destroyed
  }

  /** Like Electron: no 'close' event, straight to 'closed'. */
  destroy(): void {
    if (this.destroyed) return
    this.destroyed = true
    BrowserWindow.all.delete(this)
    this.emit('closed')
  }

  /** Like Electron: 'close' first, which a listener may cancel; then the window goes. */
  close(): void {
    if (this.destroyed) return
    const event: FakeCloseEvent = {
      defaultPrevented: false,
      preventDefault() {
        this.defaultPrevented = true
      }
    }
    this.emit('close', event)
    if (!event.defaultPrevented) this.destroy()
  }
}

class FakeApp extends EventEmitter {
  name = 'Upright'
  quitting = false
  isPackaged = false
  appUserModelId: string | null = null
  loginItem: LoginItemSettingsInput = { openAtLogin: false }
  readonly loginItemCalls: LoginItemSettingsInput[] = []
  userDataPath = '/tmp/upright-fake-user-data'

  getPath(name: string): string {
    if (name === 'userData') return this.userDataPath
    throw new Error(`fake app.getPath: unknown path name '${name}'`)
  }

  getAppPath(): string {
    return '/work/app'
  }

  getVersion(): string {
    return '0.0.0-test'
  }

  setName(name: string): void {
    this.name = name
  }

  setAppUserModelId(id: string): void {
    this.appUserModelId = id
  }

  requestSingleInstanceLock(): boolean {
    return true
  }

  /** Flips when whenReady() resolves, so order-sensitive calls can be checked. */
  ready = false

  whenReady(): Promise<void> {
    this.ready = true
    return Promise.resolve()
  }

  setLoginItemSettings(settings: LoginItemSettingsInput): void {
    this.loginItemCalls.push(settings)
    this.loginItem = { ...settings }
  }

  getLoginItemSettings(): Pick<LoginItemSettings, 'openAtLogin'> {
    return { openAtLogin: this.loginItem.openAtLogin === true }
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

// ── Menu, Tray, nativeImage, nativeTheme ───────────────────────────────────────────────────

/** Keeps the template it was built from, so tests can read labels, enabled flags and click handlers. */
export class Menu extends EventEmitter {
  static readonly built: Menu[] = []

  static buildFromTemplate(template: MenuItemConstructorOptions[]): Menu {
    const menu = new Menu(template)
    Menu.built.push(menu)
    return menu
  }

  constructor(readonly template: MenuItemConstructorOptions[]) {
    super()
  }

  /** Test helper: the item with this label, searched through submenus too. */
  find(label: string): MenuItemConstructorOptions | undefined {
    const search = (items: MenuItemConstructorOptions[]): MenuItemConstructorOptions | undefined => {
      for (const item of items) {
        if (item.label === label) return item
        if (Array.isArray(item.submenu)) {
          const found = search(item.submenu)
          if (found) return found
        }
      }
      return undefined
    }
    return search(this.template)
  }

  /** Test helper: what clicking the item with this label does. */
  click(label: string): void {
    const item = this.find(label)
    if (!item) throw new Error(`no menu item "${label}"`)
    if (item.enabled === false) throw new Error(`menu item "${label}" is disabled`)
    const click = item.click as (() => void) | undefined
    click?.()
  }
}

export class NativeImage {
  private template = false

  constructor(readonly path: string) {}

  isEmpty(): boolean {
    return !existsSync(this.path)
  }

  setTemplateImage(option: boolean): void {
    this.template = option
  }

  isTemplateImage(): boolean {
    return this.template || /Template(@\dx)?\.png$/.test(this.path)
  }
}

export const nativeImage = {
  createFromPath(path: string): NativeImage {
    return new NativeImage(path)
  }
}

class FakeNativeTheme extends EventEmitter {
  shouldUseDarkColors = false
  shouldUseDarkColorsForSystemIntegratedUI = false

  /** Test helper: the OS switched appearance. */
  set(dark: { app?: boolean; system?: boolean }): void {
    if (dark.app !== undefined) this.shouldUseDarkColors = dark.app
    if (dark.system !== undefined) this.shouldUseDarkColorsForSystemIntegratedUI = dark.system
    this.emit('updated')
  }
}

export const nativeTheme = new FakeNativeTheme()

type TrayCallName = 'setImage' | 'setToolTip' | 'setTitle' | 'setContextMenu'

export class Tray extends EventEmitter {
  static readonly all: Tray[] = []

  image: NativeImage | string
  toolTip = ''
  title = ''
  contextMenu: Menu | null = null
  private destroyed = false
  /** Each call with the time (Date.now(), faked or not) it was made at. */
  readonly calls: { name: TrayCallName; atMs: number }[] = []

  constructor(image: NativeImage | string) {
    super()
    this.image = image
    Tray.all.push(this)
  }

  private record(name: TrayCallName): void {
    this.calls.push({ name, atMs: Date.now() })
  }

  callsOf(name: TrayCallName): number {
    return this.calls.filter((call) => call.name === name).length
  }

  setImage(image: NativeImage | string): void {
    this.record('setImage')
    this.image = image
  }

  setToolTip(toolTip: string): void {
    this.record('setToolTip')
    this.toolTip = toolTip
  }

  setTitle(title: string): void {
    this.record('setTitle')
    this.title = title
  }

  setContextMenu(menu: Menu | null): void {
    this.record('setContextMenu')
    this.contextMenu = menu
  }

  popUpContextMenu(): void {}

  destroy(): void {
    this.destroyed = true
  }

  isDestroyed(): boolean {
    return this.destroyed
  }
}

// ── Notification ───────────────────────────────────────────────────────────────────────────

export class Notification extends EventEmitter {
  static supported = true
  static readonly instances: Notification[] = []

  static isSupported(): boolean {
    return Notification.supported
  }

  shown = false
  closed = false
  readonly title: string
  readonly body: string
  readonly silent: boolean
  readonly actions: NotificationAction[]

  constructor(readonly options: NotificationConstructorOptions = {}) {
    super()
    this.title = options.title ?? ''
    this.body = options.body ?? ''
    this.silent = options.silent === true
    this.actions = options.actions ?? []
    Notification.instances.push(this)
  }

  show(): void {
    this.shown = true
  }

  /** Like Windows, the worst case: a programmatic close also emits 'close'. */
  close(): void {
    if (this.closed) return
    this.closed = true
    this.emit('close', { reason: undefined, preventDefault: () => undefined })
  }

  /** Test helper: the user clicked the notification's body. */
  click(): void {
    this.emit('click', { preventDefault: () => undefined })
  }

  /** Test helper: the user dismissed it, or the OS closed it (`null`: a close with no reason, as Linux and macOS may give). */
  dismiss(reason: NotificationCloseEventParams['reason'] | null = 'userCanceled'): void {
    this.closed = true
    this.emit('close', { reason: reason ?? undefined, preventDefault: () => undefined })
  }

  /** Test helper: the user pressed the action button with this text. */
  act(text: string): void {
    const actionIndex = this.actions.findIndex((action) => action.text === text)
    if (actionIndex < 0) throw new Error(`no action "${text}" on "${this.title}"`)
    this.emit('action', { actionIndex, selectionIndex: -1, preventDefault: () => undefined }, actionIndex, -1)
  }
}

// ── screen, powerMonitor, globalShortcut, dialog ───────────────────────────────────────────

function display(id: number, bounds: Rectangle): Display {
  return {
    id,
    label: `Display ${id}`,
    bounds,
    workArea: { ...bounds, y: bounds.y + 25, height: bounds.height - 25 },
    size: { width: bounds.width, height: bounds.height },
    workAreaSize: { width: bounds.width, height: bounds.height - 25 },
    scaleFactor: 1,
    rotation: 0,
    internal: id === 1,
    monochrome: false,
    accelerometerSupport: 'unknown',
    colorDepth: 24,
    colorSpace: '',
    depthPerComponent: 8,
    detected: true,
    displayFrequency: 60,
    maximumCursorSize: { width: 0, height: 0 },
    nativeOrigin: { x: bounds.x, y: bounds.y },
    touchSupport: 'unknown'
  }
}

class FakeScreen extends EventEmitter {
  displays: Display[] = [display(1, { x: 0, y: 0, width: 1920, height: 1080 })]
  cursor: Point = { x: 100, y: 100 }

  /** Test helper: these displays, side by side from x = 0. */
  useDisplays(sizes: { width: number; height: number }[]): void {
    let x = 0
    this.displays = sizes.map((size, index) => {
      const next = display(index + 1, { x, y: 0, ...size })
      x += size.width
      return next
    })
  }

  /** Test helper: a display is plugged in to the right of the others, as Electron reports it. */
  plugIn(size: { width: number; height: number }): Display {
    const right = Math.max(0, ...this.displays.map(({ bounds }) => bounds.x + bounds.width))
    const added = display(Math.max(0, ...this.displays.map(({ id }) => id)) + 1, { x: right, y: 0, ...size })
    this.displays = [...this.displays, added]
    this.emit('display-added', {}, added)
    return added
  }

  /** Test helper: the display with this id is unplugged. */
  unplug(id: number): void {
    const gone = this.displays.find((candidate) => candidate.id === id)
    if (!gone) throw new Error(`no display ${String(id)}`)
    this.displays = this.displays.filter((candidate) => candidate !== gone)
    this.emit('display-removed', {}, gone)
  }

  /** Test helper: the display with this id changes resolution. */
  resize(id: number, size: { width: number; height: number }): void {
    this.displays = this.displays.map((candidate) => (candidate.id === id ? display(id, { ...candidate.bounds, ...size }) : candidate))
    const changed = this.displays.find((candidate) => candidate.id === id)
    if (changed) this.emit('display-metrics-changed', {}, changed, ['bounds'])
  }

  getAllDisplays(): Display[] {
    return this.displays
  }

  getPrimaryDisplay(): Display {
    const primary = this.displays[0]
    if (!primary) throw new Error('no displays')
    return primary
  }

  getCursorScreenPoint(): Point {
    return { ...this.cursor }
  }

  getDisplayNearestPoint(point: Point): Display {
    const inside = this.displays.find(
      ({ bounds }) => point.x >= bounds.x && point.x < bounds.x + bounds.width && point.y >= bounds.y && point.y < bounds.y + bounds.height
    )
    return inside ?? this.getPrimaryDisplay()
  }
}

export const screen = new FakeScreen()

class FakePowerMonitor extends EventEmitter {
  idleSeconds = 0

  getSystemIdleTime(): number {
    return this.idleSeconds
  }
}

export const powerMonitor = new FakePowerMonitor()

const modifiers = new Set(['Command', 'Cmd', 'Control', 'Ctrl', 'CommandOrControl', 'CmdOrCtrl', 'Alt', 'Option', 'AltGr', 'Shift', 'Super', 'Meta'])
const namedKeys = new Set(['Space', 'Tab', 'Enter', 'Return', 'Backspace', 'Delete', 'Insert', 'Home', 'End', 'PageUp', 'PageDown', 'Up', 'Down', 'Left', 'Right', 'Escape', 'Esc', 'Plus'])

/** Electron throws a conversion error for an accelerator it cannot parse; this is a fair stand-in. */
function assertAccelerator(accelerator: string): void {
  const parts = accelerator.split('+')
  const key = parts.pop() ?? ''
  const keyOk = /^[A-Z0-9]$/i.test(key) || /^F([1-9]|1\d|2[0-4])$/.test(key) || namedKeys.has(key)
  if (!keyOk || !parts.every((part) => modifiers.has(part))) {
    throw new TypeError(`Error processing argument at index 0, conversion failure from ${accelerator}`)
  }
}

class FakeGlobalShortcut {
  readonly registered = new Map<string, () => void>()
  /** Accelerators another application holds: register() returns false for them. */
  readonly takenElsewhere = new Set<string>()

  register(accelerator: string, callback: () => void): boolean {
    assertAccelerator(accelerator)
    if (this.takenElsewhere.has(accelerator) || this.registered.has(accelerator)) return false
    this.registered.set(accelerator, callback)
    return true
  }

  unregister(accelerator: string): void {
    this.registered.delete(accelerator)
  }

  unregisterAll(): void {
    this.registered.clear()
  }

  isRegistered(accelerator: string): boolean {
    return this.registered.has(accelerator)
  }

  /** Test helper: the user pressed the shortcut. */
  press(accelerator: string): void {
    const callback = this.registered.get(accelerator)
    if (!callback) throw new Error(`${accelerator} is not registered`)
    callback()
  }
}

export const globalShortcut = new FakeGlobalShortcut()

// ── protocol ───────────────────────────────────────────────────────────────────────────────

type ProtocolHandler = (request: Request) => Response | Promise<Response>

export class FakeProtocol {
  readonly privilegedSchemes: { scheme: string; privileges?: Record<string, boolean> }[] = []
  readonly handlers = new Map<string, ProtocolHandler>()
  /** Electron allows this only before `ready`; the fake records whether that was kept. */
  registeredBeforeReady: boolean | null = null

  registerSchemesAsPrivileged(schemes: { scheme: string; privileges?: Record<string, boolean> }[]): void {
    this.registeredBeforeReady = !app.ready
    this.privilegedSchemes.push(...schemes)
  }

  handle(scheme: string, handler: ProtocolHandler): void {
    if (this.handlers.has(scheme)) throw new Error(`scheme '${scheme}' is already handled`)
    this.handlers.set(scheme, handler)
  }

  unhandle(scheme: string): void {
    this.handlers.delete(scheme)
  }

  /** Test helper: what a page's request for `url` would get. */
  async request(url: string, method = 'GET'): Promise<Response> {
    const scheme = new URL(url).protocol.replace(/:$/, '')
    const handler = this.handlers.get(scheme)
    if (!handler) throw new Error(`no handler for scheme '${scheme}'`)
    return await handler(makeRequest(url, method))
  }
}

/** undici's Request only takes http(s) URLs; Electron hands handlers its own scheme's URL. */
function makeRequest(url: string, method: string): Request {
  const request = new Request(url.replace(/^[a-z]+:/, 'http:'), { method })
  Object.defineProperty(request, 'url', { value: url })
  return request
}

export const protocol = new FakeProtocol()

export const dialog = {
  showSaveDialog(): Promise<{ canceled: boolean; filePath?: string }> {
    return Promise.resolve({ canceled: true })
  }
}

/** Restores every fake to its fresh state between tests. */
export function resetElectronFakes(): void {
  ipcMain.handlers.clear()
  ipcMain.listeners.clear()
  protocol.handlers.clear()
  protocol.privilegedSchemes.length = 0
  protocol.registeredBeforeReady = null
  app.ready = false
  for (const window of BrowserWindow.getAllWindows()) window.destroy()
  BrowserWindow.created.length = 0
  app.removeAllListeners()
  app.quitting = false
  app.isPackaged = false
  app.appUserModelId = null
  app.loginItem = { openAtLogin: false }
  app.loginItemCalls.length = 0
  app.userDataPath = '/tmp/upright-fake-user-data'
  Menu.built.length = 0
  Tray.all.length = 0
  nativeTheme.removeAllListeners()
  nativeTheme.shouldUseDarkColors = false
  nativeTheme.shouldUseDarkColorsForSystemIntegratedUI = false
  Notification.supported = true
  Notification.instances.length = 0
  screen.removeAllListeners()
  screen.useDisplays([{ width: 1920, height: 1080 }])
  screen.cursor = { x: 100, y: 100 }
  powerMonitor.removeAllListeners()
  powerMonitor.idleSeconds = 0
  globalShortcut.registered.clear()
  globalShortcut.takenElsewhere.clear()
}

/** electron is CommonJS: libraries that import it (electron-store) read its default export. */
export default { app, ipcMain, protocol, session, dialog, BrowserWindow, Menu, Tray, Notification, nativeImage, nativeTheme, screen, powerMonitor, globalShortcut }
