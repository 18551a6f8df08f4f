import { rm } from 'node:fs/promises'
import { homedir } from 'node:os'
import { join } from 'node:path'
import { writeFile as writeFileAtomic } from 'atomically'

/**
 * Desktop Entry Exec quoting: every argument in double quotes, with ", `, $ and \ escaped by a
 * backslash; then, because Exec is a string value, each backslash is itself written twice,
 * and a literal % is %% (field codes).
 */
export function desktopExecLine(command: readonly string[]): string {
  return command
    .map((arg) => `"${arg.replace(/["`$\\]/g, (char) => `\\${char}`)}"`)
    .join(' ')
    .replace(/\\/g, '\\\\')
    .replace(/%/g, '%%')
}

export function autostartEntry(command: readonly string[]): string {
  return [
    '[Desktop Entry]',
    'Type=Application',
    'Version=1.0',
    'Name=Upright',
    'Comment=Posture cues, timed breaks and guided stretches',
    `Exec=${desktopExecLine(command)}`,
    'Icon=upright',
    'Terminal=false',
    'X-GNOME-Autostart-enabled=true',
    ''
  ].join('\n')
}

/** ~/.config, or $XDG_CONFIG_HOME when set to an absolute path (the XDG Base Directory spec). */
export function xdgConfigHome(env: NodeJS.ProcessEnv = process.env, home: string = homedir()): string {
  const configured = env['XDG_CONFIG_HOME']
  return configured?.startsWith('/') ? configured : join(home, '.config')
}

export interface XdgAutostart {
  readonly filePath: string
  enable(): Promise<void>
  disable(): Promise<void>
}

/**
 * Launch at login on Linux, where Electron's app.setLoginItemSettings does nothing: a
 * .desktop file in the XDG autostart folder, which GNOME, KDE, Xfce and the rest read.
 */
export function createXdgAutostart(options: { configHome: string; command: readonly string[] }): XdgAutostart {
  const filePath = join(options.configHome, 'autostart', 'upright.desktop')
  return {
    filePath,
    enable: () => writeFileAtomic(filePath, autostartEntry(options.command)),
    disable: () => rm(filePath, { force: true })
  }
}

/**
 * What to run at login. An AppImage's own path is in $APPIMAGE (process.execPath points into
 * its temporary mount); unpackaged, Electron needs the app's folder as its argument.
 */
export function launchCommand(options: { execPath: string; isPackaged: boolean; appPath: string; env?: NodeJS.ProcessEnv }): string[] {
  const appImage = (options.env ?? process.env)['APPIMAGE']
  if (appImage) return [appImage]
  return options.isPackaged ? [options.execPath] : [options.execPath, options.appPath]
}
