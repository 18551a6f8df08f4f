import type { AppInfo } from '@shared/ipc/contract'

/** What `app.info` answers in the web harness; `timeScale` above 1 is a sped-up demo. */
export function appInfo(timeScale = 1): AppInfo {
  return { name: 'Upright', version: '0.1.0', platform: 'linux', shell: 'web', dataDir: '/tmp/u', timeZone: 'UTC', timeScale }
}
