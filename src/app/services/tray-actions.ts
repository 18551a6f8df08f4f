import { DateTime } from 'luxon'
import type { ReminderEngine } from '../../core/engine'
import type { MainRoute } from '../../shared/routes'
import type { TrayAction } from '../../shared/tray-menu'

/** What only the shell can do: show a page (a window, or a browser tab) and quit. */
export interface ShellPort {
  openPage(route: MainRoute): void
  quit(): void
}

export interface TrayActionDeps {
  engine: Pick<ReminderEngine, 'startBreakNow' | 'postureNow' | 'pause' | 'resume' | 'setReading'>
  shell: ShellPort
  nowWallMs: () => number
  nowMonotonicMs: () => number
  timeZone: () => string
}

/** "Until tomorrow" means until the next local midnight in the user's zone (DST-aware). */
export function nextLocalMidnightMs(nowMs: number, timeZone: string): number {
  return DateTime.fromMillis(nowMs, { zone: timeZone }).plus({ days: 1 }).startOf('day').toMillis()
}

const pages: Partial<Record<TrayAction, MainRoute>> = {
  'open-today': 'today',
  'open-checklist': 'checklist',
  'open-stretches': 'stretches',
  'open-stats': 'stats',
  'open-preferences': 'preferences'
}

/** Carries out a tray menu choice; the Electron tray and the harness's tray page share it. */
export function runTrayAction(action: TrayAction, deps: TrayActionDeps): void {
  const { engine } = deps
  const page = pages[action]
  if (page) {
    deps.shell.openPage(page)
    return
  }
  switch (action) {
    case 'break-now':
      engine.startBreakNow()
      return
    case 'posture-now':
      engine.postureNow()
      return
    case 'pause-30':
      engine.pause({ minutes: 30 })
      return
    case 'pause-60':
      engine.pause({ minutes: 60 })
      return
    case 'pause-tomorrow':
      engine.pause({ untilWallMs: nextLocalMidnightMs(deps.nowWallMs(), deps.timeZone()) })
      return
    case 'pause-indefinite':
      engine.pause('indefinite')
      return
    case 'resume':
      engine.resume()
      return
    case 'reading-30':
    case 'reading-60':
      engine.setReading(deps.nowMonotonicMs() + (action === 'reading-30' ? 30 : 60) * 60_000)
      return
    case 'reading-off':
      engine.setReading(null)
      return
    case 'quit':
      deps.shell.quit()
      return
    default:
      return
  }
}
