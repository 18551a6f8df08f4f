import { invokeChannels } from '../../src/shared/ipc/channels'
import type { IpcHandlers } from '../../src/app/ipc/dispatch'
import { defaultSettings } from '../../src/shared/settings'

/**
 * A full handler table for IPC tests: the channels a test cares about get real fakes,
 * every other channel throws, so a test never passes by hitting an unexpected handler.
 */
export function stubHandlers(overrides: Partial<IpcHandlers> = {}): IpcHandlers {
  const throwing = Object.fromEntries(
    invokeChannels.map((channel) => [
      channel,
      () => {
        throw new Error(`${channel} is not stubbed in this test`)
      }
    ])
  ) as unknown as IpcHandlers
  return {
    ...throwing,
    'app:info': () => ({ name: 'Upright', version: '1.0.0', platform: 'linux', shell: 'web', dataDir: '/tmp/x', timeZone: 'UTC', timeScale: 1 }),
    'settings:get': () => defaultSettings,
    ...overrides
  }
}
