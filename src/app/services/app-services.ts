import { openAppStateStore } from '../../core/app-state/app-state-store'
import { type Activity, type Clock, createReminderEngine } from '../../core/engine'
import { openHistoryLog } from '../../core/history'
import { openPostureWatchStore } from '../../core/posture-watch'
import { openSettingsStore } from '../../core/settings-store'
import type { EngineEvent } from '../../shared/engine-state'
import type { AppInfo } from '../../shared/ipc/contract'
import { createChecklistService } from './checklist-service'
import { EventHub } from './event-hub'
import { createHistoryRecorder } from './history-recorder'
import { createPostureWatchService } from './posture-watch-service'
import { createRoutineService } from './routine-service'
import { createStatsService } from './stats-service'
import type { TrayAction, TrayMenuModel } from '../../shared/tray-menu'
import { runTrayAction, type ShellPort } from './tray-actions'
import { buildTrayMenuModel } from './tray-menu-model'

export interface AppServicesOptions {
  dataDir: string
  shell: AppInfo['shell']
  version: string
  platform: string
  clock: Clock
  activity: Activity
  /** Engine seconds per real second (the harness can run faster for demos). */
  timeScale?: number
  /** IANA zone; read on every use so a laptop that travels follows the OS. */
  timeZone?: () => string
  shellPort: ShellPort
  /** Electron's save dialog for the CSV export; the web harness hands the file to the page instead. */
  saveCsv?: (suggestedFileName: string, csv: string) => Promise<string | null>
  log?: (message: string) => void
}

const systemTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone

/**
 * The application layer shared by the Electron main process and the web harness: stores,
 * history, the reminder engine and the services over them, with no Electron in sight. Each
 * shell adds its own presentation (tray, windows, notifications — or HTTP) around it.
 */
export async function createAppServices(options: AppServicesOptions) {
  const log = options.log ?? ((message: string) => console.warn(message))
  const timeZone = options.timeZone ?? systemTimeZone
  const nowMs = (): number => options.clock.wallNowMs()
  const events = new EventHub()
  const settings = openSettingsStore({ dataDir: options.dataDir })
  const appState = openAppStateStore({ dataDir: options.dataDir })
  const history = await openHistoryLog({ dataDir: options.dataDir })
  if (history.compaction.skippedLines > 0) log(`Upright: skipped ${history.compaction.skippedLines} damaged history line(s).`)
  if (history.compaction.error) log(`Upright: history compaction failed: ${history.compaction.error}`)

  // The stores report a set-aside file once; keep the messages until the user dismisses
  // them, so a window that opens later (or a reload) still shows them.
  const postureWatchStore = openPostureWatchStore({ dataDir: options.dataDir })
  let recoveryNotice = [settings.takeRecoveryNotice(), appState.takeRecoveryNotice(), postureWatchStore.takeRecoveryNotice()].filter(Boolean).join(' ') || null
  const notices = {
    current: (): string | null => recoveryNotice,
    dismiss: (): void => {
      recoveryNotice = null
    }
  }

  const engineListeners = new Set<(event: EngineEvent) => void>()
  const routines = createRoutineService({ state: appState, settings: () => settings.get(), nowMs })
  // The recorder needs the engine's counter and the engine needs the sink: the sink only
  // runs after construction, so the late binding below is safe.
  let activeSecondsTotal = (): number => 0
  const recorder = createHistoryRecorder({
    history,
    activeSecondsTotal: () => activeSecondsTotal(),
    onRecorded: (kind) => {
      events.publish('history:changed', { kind })
    },
    onError: (error) => {
      log(`Upright: could not write history: ${error instanceof Error ? error.message : String(error)}`)
    }
  })
  const engine = createReminderEngine({
    clock: options.clock,
    activity: options.activity,
    settings: settings.get(),
    timeZone: timeZone(),
    sink: (event) => {
      if (event.kind === 'break') routines.startNewBreak()
      recorder.record(event)
      for (const listener of engineListeners) listener(event)
      events.publish('engine:state', engine.getState())
    }
  })
  activeSecondsTotal = () => engine.countedActiveMs / 1000
  const stopSettingsFeed = settings.onChange((next) => {
    engine.updateSettings(next)
    events.publish('settings:changed', next)
    events.publish('engine:state', engine.getState())
  })

  const postureWatch = createPostureWatchService({
    settings,
    store: postureWatchStore,
    engineState: () => engine.getState(),
    nowMs,
    appendHistory: (event) => {
      history.append(event).then(
        () => events.publish('history:changed', { kind: event.kind }),
        (error: unknown) => log(`Upright: could not write history: ${error instanceof Error ? error.message : String(error)}`)
      )
    },
    publish: (status) => events.publish('postureWatch:status', status)
  })

  const checklist = createChecklistService({
    state: appState,
    history,
    events,
    nowMs,
    recheckWeeks: () => settings.get().checklist.recheckWeeks
  })

  const info: AppInfo = {
    name: 'Upright',
    version: options.version,
    platform: options.platform,
    shell: options.shell,
    dataDir: options.dataDir,
    timeZone: timeZone(),
    timeScale: options.timeScale ?? 1
  }

  return {
    info,
    events,
    settings,
    appState,
    history,
    notices,
    engine,
    routines,
    clock: options.clock,
    timeZone,
    shellPort: options.shellPort,
    checklist,
    postureWatch,
    /** Carries out a tray menu choice (the Electron tray and the harness's tray page both call it). */
    runTrayAction(action: TrayAction): void {
      if (action === 'posture-watch-off') postureWatch.turnOff()
      runTrayAction(action, {
        engine,
        shell: options.shellPort,
        nowWallMs: nowMs,
        nowMonotonicMs: () => options.clock.monotonicNowMs(),
        timeZone
      })
      // Not every command makes the engine emit (reading mode does not): push the state so
      // the tray and open pages show the choice at once.
      events.publish('engine:state', engine.getState())
    },
    /** "I'm reading" for `minutes` (null: off), pushed like a tray action. */
    setReading(minutes: 30 | 60 | null): void {
      this.runTrayAction(minutes === null ? 'reading-off' : minutes === 30 ? 'reading-30' : 'reading-60')
    },
    trayMenu(): TrayMenuModel {
      return buildTrayMenuModel(engine.getState(), timeZone(), {
        checklistDue: checklist.isDue(),
        postureWatchOn: settings.get().postureWatch.enabled
      })
    },
    stats: createStatsService({ history, events, nowMs, timeZone, saveCsv: options.saveCsv }),
    /** Presentation (notifications, break window, tray) subscribes here. */
    onEngineEvent(listener: (event: EngineEvent) => void): () => void {
      engineListeners.add(listener)
      return () => {
        engineListeners.delete(listener)
      }
    },
    /** At quit: write what is still in memory, then stop the engine's timer. */
    async dispose(): Promise<void> {
      engine.dispose()
      stopSettingsFeed()
      postureWatch.dispose()
      await recorder.flush(nowMs())
    }
  }
}

export type AppServices = Awaited<ReturnType<typeof createAppServices>>
