import type { EngineState } from '@shared/engine-state'
import { defaultSettings } from '@shared/settings'
import type { TrayMenuModel } from '@shared/tray-menu'
import { engineState } from '../../../helpers/engine-state-fixture'
import { appInfo } from '../../helpers/app-info-fixture'
import { createFakeApi, resolves } from '../../helpers/fake-api'
import { day, stats } from '../stats/stats-fixtures'

/** Today so far: 3 h 5 min active, 3 breaks taken and 1 natural one of 4 due, 6 of 8 posture cues. */
const today = day('2026-03-06', {
  breaksCompleted: 3,
  breaksSkipped: 1,
  breaksDue: 4,
  naturalBreaks: 1,
  postureDone: 6,
  postureIgnored: 2,
  adherencePercent: 80,
  activeMinutes: 185,
  longestStretchMinutes: 52
})

/** The api the Today and tray pages use, answering from an engine state and tray menu a test sets. */
export function createFakeShellApi() {
  let state = engineState()
  let menu: TrayMenuModel = { status: 'Next break in 23 min', icon: 'normal', items: [] }
  const fake = createFakeApi({
    app: { info: resolves(appInfo()) },
    engine: { state: () => Promise.resolve(state) },
    break: { start: resolves(null), respond: resolves(null) },
    posture: { now: resolves(null) },
    pause: { start: resolves(null), resume: resolves(null) },
    stats: { get: resolves(stats([today])) },
    tray: { menu: () => Promise.resolve(menu), action: resolves(null) },
    settings: { get: resolves(defaultSettings) }
  })
  return {
    api: fake.api,
    emit: fake.emit,
    setState(next: EngineState): void {
      state = next
    },
    setMenu(next: TrayMenuModel): void {
      menu = next
    }
  }
}
