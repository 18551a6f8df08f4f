import type { AppServices } from '../services/app-services'
import type { IpcHandlers } from './dispatch'

/** What each channel does, in terms of the application services (no Electron here). */
export function createIpcHandlers(services: AppServices): IpcHandlers {
  return {
    'app:info': () => services.info,
    'settings:get': () => services.settings.get(),
    'settings:update': (patch) => services.settings.update(patch),
    'settings:reset': () => services.settings.reset(),
    'notice:get': () => ({ message: services.notices.current() }),
    'notice:dismiss': () => {
      services.notices.dismiss()
      return null
    }
  }
}
