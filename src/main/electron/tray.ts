import { Menu, Tray, nativeImage, nativeTheme } from 'electron'
import type { i18n } from 'i18next'
import type { EngineState } from '../../shared/engine-state'
import type { TrayAction } from '../../shared/tray-menu'
import { buildTrayMenuModel, secondsUntilStatusChanges, type TrayMenuExtras } from '../../app/services/tray-menu-model'
import { type Schedule, scheduleWithTimeout } from './schedule'
import { panelIsDark, trayIconFile } from './tray-icons'
import { toMenuTemplate } from './tray-menu-template'

export interface TrayDeps {
  getState(): EngineState
  /** Menu details beyond the engine's state (a due workstation re-check). */
  menuExtras?(): TrayMenuExtras
  /** Called on every engine state change (the 'engine:state' event); returns the unsubscribe. */
  onStateChange(listener: () => void): () => void
  timeZone(): string
  /** The app's words; a language switch reaches the tray as a state change (onStateChange). */
  i18n: i18n
  runAction(action: TrayAction): void
  openToday(): void
  /** The user touched the tray: the engine should look at the idle time now. */
  noticeInput(): void
  platform: NodeJS.Platform
  iconDir: string
  /** XDG_CURRENT_DESKTOP on Linux: GNOME's panel is dark whatever the theme. */
  currentDesktop?: string
  schedule?: Schedule
}

/** Past the minute boundary, so the count read at the refresh has certainly moved on. */
const boundaryMarginMs = 250

/**
 * The tray icon, tooltip and menu. They are rebuilt when the engine's state changes and,
 * while a "next break in N min" countdown shows, by one timeout set for the moment that
 * count changes: at most once a minute, never a polling loop. Each part is handed to the
 * OS only when it actually changed.
 */
export function setupTray(deps: TrayDeps): () => void {
  const schedule = deps.schedule ?? scheduleWithTimeout
  const isMac = deps.platform === 'darwin'
  let shown = { iconFile: '', tooltip: '', itemsJson: '' }
  let cancelTimer: (() => void) | null = null

  const iconFileFor = (icon: ReturnType<typeof buildTrayMenuModel>['icon']): string =>
    trayIconFile(deps.iconDir, icon, deps.platform, panelIsDark(deps.platform, nativeTheme, deps.currentDesktop))

  const loadIcon = (file: string): Electron.NativeImage => {
    const image = nativeImage.createFromPath(file)
    if (isMac) image.setTemplateImage(true)
    return image
  }

  const t = deps.i18n.t
  const initial = buildTrayMenuModel(t, deps.getState(), deps.timeZone(), deps.menuExtras?.())
  const tray = new Tray(loadIcon(iconFileFor(initial.icon)))
  shown.iconFile = iconFileFor(initial.icon)

  const refresh = (): void => {
    cancelTimer?.()
    cancelTimer = null
    if (tray.isDestroyed()) return
    const state = deps.getState()
    const model = buildTrayMenuModel(t, state, deps.timeZone(), deps.menuExtras?.())
    const iconFile = iconFileFor(model.icon)
    if (iconFile !== shown.iconFile) tray.setImage(loadIcon(iconFile))
    const tooltip = model.activeToday ? `Upright — ${model.status}\n${model.activeToday}` : `Upright — ${model.status}`
    if (tooltip !== shown.tooltip) tray.setToolTip(tooltip)
    const itemsJson = JSON.stringify(model.items)
    // AppIndicator (Linux) shows only a context menu, and Windows shows it on right-click;
    // on macOS a click opens it.
    if (itemsJson !== shown.itemsJson) tray.setContextMenu(Menu.buildFromTemplate(toMenuTemplate(model.items, (action) => {
          deps.runAction(action)
        })))
    shown = { iconFile, tooltip, itemsJson }

    const seconds = secondsUntilStatusChanges(state)
    if (seconds !== null) cancelTimer = schedule(Math.ceil(seconds * 1000) + boundaryMarginMs, refresh)
  }

  const onClick = (): void => {
    deps.noticeInput()
    // macOS opens the menu on click; Windows and Linux (where the desktop reports the
    // click at all) open the Today page, the menu staying on right-click.
    if (!isMac) deps.openToday()
  }
  const onRightClick = (): void => {
    deps.noticeInput()
  }
  const onThemeUpdated = (): void => {
    const iconFile = iconFileFor(buildTrayMenuModel(t, deps.getState(), deps.timeZone(), deps.menuExtras?.()).icon)
    if (iconFile === shown.iconFile || tray.isDestroyed()) return
    tray.setImage(loadIcon(iconFile))
    shown = { ...shown, iconFile }
  }

  tray.on('click', onClick)
  tray.on('right-click', onRightClick)
  nativeTheme.on('updated', onThemeUpdated)
  const stopListening = deps.onStateChange(refresh)
  refresh()

  return () => {
    stopListening()
    cancelTimer?.()
    cancelTimer = null
    nativeTheme.off('updated', onThemeUpdated)
    tray.destroy()
  }
}
