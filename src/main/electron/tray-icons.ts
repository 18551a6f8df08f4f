import { join } from 'node:path'
import type { TrayIconState } from '../../shared/tray-menu'

/** macOS only treats an image as a template (tinted by the OS) when its name ends in "Template". */
const templateFiles: Record<TrayIconState, string> = {
  normal: 'trayTemplate.png',
  attention: 'trayAttentionTemplate.png',
  paused: 'trayPausedTemplate.png'
}

/**
 * The icon file for a state. `darkPanel` picks the light glyph (tray-dark-*) for a dark
 * taskbar or panel and the dark glyph (tray-light-*) for a light one; the @2x files beside
 * them are picked up by nativeImage on high-density screens.
 */
export function trayIconFile(iconDir: string, icon: TrayIconState, platform: NodeJS.Platform, darkPanel: boolean): string {
  if (platform === 'darwin') return join(iconDir, templateFiles[icon])
  return join(iconDir, `tray-${darkPanel ? 'dark' : 'light'}-${icon}.png`)
}

export interface ThemeReading {
  shouldUseDarkColors: boolean
  shouldUseDarkColorsForSystemIntegratedUI: boolean
}

/**
 * Whether the panel the icon sits on is dark. Windows: the taskbar follows the *system*
 * theme, which can differ from the apps' theme (the default is a dark taskbar with light
 * apps). GNOME's top bar (Ubuntu's included) is dark whatever the theme, so a dark glyph
 * would vanish there; other Linux desktops (KDE, Xfce…) colour their panel with the theme.
 */
export function panelIsDark(platform: NodeJS.Platform, theme: ThemeReading, currentDesktop: string | undefined): boolean {
  if (platform === 'win32') return theme.shouldUseDarkColorsForSystemIntegratedUI
  if (platform === 'linux' && /gnome|unity/i.test(currentDesktop ?? '')) return true
  return theme.shouldUseDarkColors
}

/**
 * Where resources/tray ends up: electron-builder's extraResources copies it next to the
 * asar (process.resourcesPath/tray); unpackaged, it is in the project.
 */
export function trayIconDir(options: { isPackaged: boolean; resourcesPath: string; appPath: string }): string {
  return options.isPackaged ? join(options.resourcesPath, 'tray') : join(options.appPath, 'resources', 'tray')
}
