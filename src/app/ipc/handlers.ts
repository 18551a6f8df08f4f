import { applySettingsPatch, describeZodError, settingsSchema } from '../../shared/settings'
import { refusedLockedChange } from '../../core/policy'
import { previewSchedule } from '../services/schedule-preview'
import type { AppServices } from '../services/app-services'
import { findStretch } from '../../shared/content'
import { loadCatalog } from '../../shared/i18n/catalogs'
import { type IpcHandlers, IpcNotFound, IpcRefusal } from './dispatch'

/** A command the engine refused (e.g. skip in strict level) is reported, not ignored. */
function require(accepted: boolean, message: string): null {
  if (!accepted) throw new IpcRefusal(message)
  return null
}

/** What each channel does, in terms of the application services (no Electron here). */
export function createIpcHandlers(services: AppServices): IpcHandlers {
  const { engine } = services
  return {
    'app:info': () => services.info,
    'language:get': () => services.language(),
    'language:catalog': ({ language }) => loadCatalog(language),
    'settings:get': () => services.settings.get(),
    'settings:update': (patch) => {
      // A locked setting is a valid request the app will not carry out: 409, naming the key, with
      // the refusal Preferences words in its language (a field's "Not saved: …").
      const locked = services.settings.lockedIn(patch)
      if (locked.length > 0) {
        const refused = refusedLockedChange(locked)
        throw new IpcRefusal(refused.message, refused)
      }
      return services.settings.update(patch)
    },
    'settings:reset': () => services.settings.reset(),
    'settings:locked': () => services.settings.lockedKeys(),
    'notice:get': () => ({ messages: services.notices.current() }),
    'notice:dismiss': () => {
      services.notices.dismiss()
      return null
    },

    'engine:state': () => engine.getState(),
    'break:start': () => require(engine.startBreakNow(), 'a break cannot start now (paused, or a break is already showing)'),
    'break:respond': ({ response }) => require(engine.respondToBreak(response), `"${response}" is not offered for this break`),
    // The engine ends a break on its own at its full length, usually just before the window
    // reports the same moment; a late report is then a no-op, not an error.
    'break:finish': () => {
      engine.finishBreak()
      return null
    },
    'break:postponeFromWarning': () =>
      require(engine.postponeFromWarning(), 'no break warning is showing, or no postpone is left for it'),
    'posture:now': () => require(engine.postureNow(), 'a posture check cannot be shown now'),
    'posture:respond': ({ response }) => {
      engine.respondToPosture(response)
      return null
    },
    'pause:start': (request) => {
      engine.pause(request)
      return null
    },
    'pause:resume': () => {
      engine.resume()
      return null
    },
    'reading:set': ({ minutes }) => {
      services.setReading(minutes)
      return null
    },
    'tray:menu': () => services.trayMenu(),
    'tray:action': ({ action }) => {
      services.runTrayAction(action)
      return null
    },
    'schedule:preview': (patch) => {
      const candidate = settingsSchema.safeParse(applySettingsPatch(services.settings.get(), patch))
      if (!candidate.success) throw new Error(describeZodError(candidate.error))
      return previewSchedule(candidate.data, services.nowWallMs(), services.timeZone(), engine.getState().activeMinutesToday)
    },

    'routine:forBreak': () => services.routines.forBreak(),
    'routine:forStretch': ({ id }) => {
      if (!findStretch(id)) throw new IpcNotFound(`no stretch with id "${id}"`)
      return services.routines.forStretch(id)
    },
    'routine:walkForBreak': () => services.routines.walkForBreak(),

    'checklist:get': () => services.checklist.get(),
    'checklist:answer': (answer) => services.notices.guard(() => services.checklist.answer(answer)),
    'checklist:complete': () => services.notices.guardAsync(() => services.checklist.complete()),
    'checklist:recheckDue': () => services.checklist.isDue(),
    'onboarding:get': () => services.appState.get().onboarding,
    'onboarding:update': (change) =>
      services.notices.guard(
        () => services.appState.update((state) => ({ ...state, onboarding: { ...state.onboarding, ...change } })).onboarding
      ),

    'stats:get': ({ days }) => services.stats.get(days),
    'history:export': () => services.stats.exportCsv(),
    'comfort:record': ({ score }) =>
      services.notices.guardAsync(async () => {
        await services.stats.recordComfort(score)
        return null
      }),
    'busy:capabilities': () => services.busy.capabilities(),

    'postureWatch:status': () => services.postureWatch.status(),
    'postureWatch:consent': () => services.postureWatch.consent(),
    'postureWatch:recalibrate': () => services.postureWatch.recalibrate(),
    'postureWatch:calibrate': ({ frames }) => services.postureWatch.calibrate(frames),
    'postureWatch:due': () => services.postureWatch.isCheckDue(),
    'postureWatch:report': ({ frames }) => services.postureWatch.report(frames),
    'postureWatch:fail': ({ failure }) => services.postureWatch.fail(failure)
  }
}
