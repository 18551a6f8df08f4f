import { homedir } from 'node:os'
import { join } from 'node:path'

/**
 * Where Electron's app.getPath('userData') puts Upright's data on each OS, so the
 * harness and the desktop app read the same settings and history by default.
 */
export function defaultDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = homedir()
): string {
  if (platform === 'win32') return join(env['APPDATA'] ?? join(home, 'AppData', 'Roaming'), 'Upright')
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'Upright')
  return join(env['XDG_CONFIG_HOME'] ?? join(home, '.config'), 'Upright')
}
