import { openAppStateStore } from '../../core/app-state/app-state-store'
import { createBusyStatus } from '../busy/busy-status'
import { openSavedCountsStore } from '../../core/app-state/saved-counts-store'
import { type Activity, type Clock, createReminderEngine, type ReminderEngine } from '../../core/engine'
import { DateTime } from 'luxon'
import { openHistoryLog } from '../../core/history'
import { activeMinutesOnDay } from '../../core/stats'
import { openPostureWatchStore } from '../../core/posture-watch'
import { openSettingsStore } from '../../core/settings-store'
import { manageSettings, openUserChoicesStore } from '../../core/policy'
import { loadPolicy, type PolicySource } from './policy-service'
import { removeStaleTempFiles, type StorageLibrary } from '../../core/storage'
import { confStorage } from '../storage/conf-storage'
import { createStorageHealth } from './storage-health'
import type { EngineEvent } from '../../shared/engine-state'
import type { AppInfo } from '../../shared/ipc/contract'
import { createChecklistService } from './checklist-service'
import { EventHub } from './event-hub'
import { OrderedFanOut } from './ordered-fan-out'
import { createHistoryRecorder } from './history-recorder'
import { createPostureWatchService } from './posture-watch-service'
import { createRoutineService } from './routine-service'
import { createStatsService } from './stats-service'
import type { TrayAction, TrayMenuModel } from '../../shared/tray-menu'
import { runTrayAction, type ShellPort } from './tray-actions'
import { buildTrayMenuModel, type TrayMenuExtras } from './tray-menu-model'
import { errorMessage } from '../../shared/error-message'
import type { AppServices } from './app-services-api'
import type { i18n } from 'i18next'
import { createI18n, showLanguage } from '../../shared/i18n/create-i18n'
import { displayableLanguages } from '../../shared/i18n/catalogs'
import { resolveShownLanguage, type ShownLanguage } from '../../shared/i18n/languages'

export type { AppServices } from './app-services-api'

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
  /** electron-store in Electron; conf (the default) in the harness and tests. */
  storage?: StorageLibrary
  /** The organisation's policy file (managed defaults, DESIGN §4); none when absent. */
  policySource?: PolicySource | null
  /** The words of the tray, notifications and dialogs; made here when the shell brings none. */
  i18n?: i18n
  /**
   * The system's preferred languages, most preferred first, read at each check. Electron:
   * app.getPreferredSystemLanguages(). Default (the harness, tests): the Node process's locale.
   */
  systemLanguages?: () => readonly string[]
}

const systemTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone

/**
 * The application layer shared by the Electron main process and the web harness: stores,
 * history, the reminder engine and the services over them, with no Electron in sight. Each
 * shell adds its own presentation (tray, windows, notifications — or HTTP) around it.
 */
export async function createAppServices(options: AppServicesOptions): Promise<AppServices> {
  const log = options.log ?? ((message: string) => console.warn(message))
  const timeZone = options.timeZone ?? systemTimeZone
  const nowMs = (): number => options.clock.wallNowMs()
  const events = new EventHub((error) => {
    log(`Upright: an event listener failed: ${errorMessage(error)}`)
  })
  // The renderer's windows load the same catalogs, so every part of the app says the same thing.
  const i18n = options.i18n ?? createI18n()
  const library = options.storage ?? confStorage
  // Before anything writes: a kill between a temp file's write and its rename leaves it behind.
  const staleTempFiles = removeStaleTempFiles(options.dataDir)
  if (staleTempFiles.length > 0) log(`Upright: removed ${staleTempFiles.length} temp file(s) left by an interrupted write.`)
  // The stores report a set-aside file once; keep the messages until the user dismisses
  // them, so a window that opens later (or a reload) still shows them. A failing write (full
  // disk, read-only folder) is told once the same way, and to the tray.
  let refreshNoticeViews = (): void => undefined
  const notices = createStorageHealth({
    dataDir: options.dataDir,
    onChange: () => {
      refreshNoticeViews()
    },
    log
  })
  const onSaveResult = (error: unknown): void => {
    if (error === null) notices.writeSucceeded()
    else notices.writeFailed(error)
  }
  const userSettings = openSettingsStore({ dataDir: options.dataDir, library, onSaveResult })
  const policy = loadPolicy(options.policySource ?? null)
  if (policy.logLine) log(`Upright: ${policy.logLine}`)
  notices.addStartNotice(policy.notice, policy.trayLine)
  // Everything below sees the settings in effect: the user's, with the organisation's policy applied.
  const settings = manageSettings({
    store: userSettings,
    choices: openUserChoicesStore({ dataDir: options.dataDir, library, saved: userSettings.get(), onSaveResult }),
    policy: policy.policy,
    log
  })
  const appState = openAppStateStore({ dataDir: options.dataDir, library, onSaveResult })
  const savedCounts = openSavedCountsStore({ dataDir: options.dataDir, library, onSaveResult })
  const postureWatchStore = openPostureWatchStore({ dataDir: options.dataDir, library, onSaveResult })
  const history = await openHistoryLog({ dataDir: options.dataDir, library })
  if (history.compaction.error) log(`Upright: history compaction failed: ${history.compaction.error}`)
  for (const notice of [
    ...settings.takeRecoveryNotices(), appState.takeRecoveryNotice(), history.takeRecoveryNotice(), savedCounts.takeRecoveryNotice(),
    postureWatchStore.takeRecoveryNotice()
  ]) {
    notices.addStartNotice(notice)
  }

  const engineListeners = new OrderedFanOut<EngineEvent>()
  // Each idle sample is an engine wakeup that other light checks (busy probes) can ride on.
  const sampleListeners = new Set<() => void>()
  const activity: Activity = {
    idleSeconds: () => {
      const seconds = options.activity.idleSeconds()
      for (const listener of sampleListeners) listener()
      return seconds
    }
  }
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
      notices.writeFailed(error)
    }
  })
  // The engine may emit while it is being built (a restart after a long downtime is a natural
  // break), before `engine` below exists: the sink reaches it through this reference.
  let started: ReminderEngine | null = null
  /** Saved at each event and after commands that emit none; never on a timer (DESIGN.md §3). */
  const saveCounts = (): void => {
    if (started) savedCounts.save(started.snapshot())
  }
  const engine = createReminderEngine({
    clock: options.clock,
    activity,
    settings: settings.get(),
    timeZone: timeZone(),
    restore: savedCounts.load(),
    sink: (event) => {
      if (event.kind === 'break') routines.startNewBreak()
      recorder.record(event)
      engineListeners.publish(event)
      if (started) events.publish('engine:state', started.getState())
      saveCounts()
    }
  })
  started = engine
  saveCounts()
  activeSecondsTotal = () => engine.activeMsNow() / 1000
  // A new reason changes the tray's "waiting" line even when the engine's state does not.
  const busy = createBusyStatus(() => {
    events.publish('engine:state', engine.getState())
  }, i18n.t)
  refreshNoticeViews = () => {
    events.publish('notice:changed', { messages: notices.current() })
    // The tray shows a failing write too; it redraws on engine:state.
    events.publish('engine:state', engine.getState())
  }
  // The shown language: app.language against the system's, applied to main's words at once and
  // pushed to every window; the tray redraws on the engine:state that follows.
  const systemLanguages = options.systemLanguages ?? (() => [Intl.DateTimeFormat().resolvedOptions().locale])
  let shown: ShownLanguage = { language: 'en', locale: 'en' }
  const followLanguage = async (): Promise<void> => {
    const next = resolveShownLanguage(settings.get().app.language, systemLanguages(), displayableLanguages())
    if (next.language === shown.language && next.locale === shown.locale && i18n.language === next.locale) return
    await showLanguage(i18n, next)
    shown = next
    events.publish('language:changed', next)
    events.publish('engine:state', engine.getState())
  }
  const onLanguageError = (error: unknown): void => {
    log(`Upright: could not switch the language: ${errorMessage(error)}`)
  }
  const stopSettingsFeed = settings.onChange((next) => {
    engine.updateSettings(next)
    events.publish('settings:changed', next)
    events.publish('engine:state', engine.getState())
    followLanguage().catch(onLanguageError)
  })

  const postureWatch = createPostureWatchService({
    settings,
    store: postureWatchStore,
    engineState: () => engine.getState(),
    nowMs,
    appendHistory: (event) => {
      history.append(event).then(
        () => events.publish('history:changed', { kind: event.kind }),
        (error: unknown) => log(`Upright: could not write history: ${errorMessage(error)}`)
      )
    },
    publish: (status) => events.publish('postureWatch:status', status)
  })
  // Away, paused, a break, a call: the watch's page says why it rests the moment that changes.
  const stopWatchEngineFeed = events.subscribe((event) => {
    if (event === 'engine:state') postureWatch.engineChanged()
  })

  const checklist = createChecklistService({
    state: appState,
    history,
    events,
    nowMs,
    recheckWeeks: () => settings.get().checklist.recheckWeeks
  })

  const stats = createStatsService({
    history,
    events,
    nowMs,
    timeZone,
    saveCsv: options.saveCsv,
    pendingActiveMinutes: () => recorder.pendingActiveSeconds() / 60
  })
  // The tray is built synchronously: keep today's recorded active minutes at hand, refreshed
  // whenever the history changes, and add the running stretch when the tray asks.
  let recordedToday = { dayKey: '', minutes: 0 }
  const refreshRecordedToday = (): void => {
    stats.recordedActiveToday().then(
      (value) => {
        recordedToday = value
      },
      () => undefined
    )
  }
  const stopTodayFeed = events.subscribe((event) => {
    if (event === 'history:changed') refreshRecordedToday()
  })
  refreshRecordedToday()
  const activeTodayMinutes = (): number => {
    const atMs = nowMs()
    const dayKey = DateTime.fromMillis(atMs, { zone: timeZone() }).toISODate() ?? ''
    const recorded = recordedToday.dayKey === dayKey ? recordedToday.minutes : 0
    // Only today's part of the running stretch: one that began before midnight is split as the stats split it.
    return recorded + activeMinutesOnDay(recorder.pendingActiveSeconds() / 60, atMs, dayKey, timeZone())
  }


  // Before the shell builds its tray and windows, so they start in the right language.
  await followLanguage().catch(onLanguageError)

  const info: AppInfo = {
    name: 'Upright',
    version: options.version,
    platform: options.platform,
    shell: options.shell,
    dataDir: options.dataDir,
    timeZone: timeZone(),
    timeScale: options.timeScale ?? 1
  }

  const services: AppServices = {
    info,
    events,
    settings,
    appState,
    history,
    notices,
    engine,
    routines,
    timeZone,
    nowWallMs: nowMs,
    checklist,
    busy,
    postureWatch,
    i18n,
    language(): ShownLanguage {
      return shown
    },
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
      // the tray and open pages show the choice at once, and save what a restart must keep.
      events.publish('engine:state', engine.getState())
      saveCounts()
    },
    setReading(minutes: 30 | 60 | null): void {
      services.runTrayAction(minutes === null ? 'reading-off' : minutes === 30 ? 'reading-30' : 'reading-60')
    },
    trayMenuExtras(): TrayMenuExtras {
      return {
        checklistDue: checklist.isDue(), activeTodayMinutes: activeTodayMinutes(), busyReason: busy.reason(), busyLongHold: busy.longHold(), storageProblem: notices.trayLine(),
        postureWatchOn: settings.get().postureWatch.enabled
      }
    },
    trayMenu(): TrayMenuModel {
      return buildTrayMenuModel(i18n.t, engine.getState(), timeZone(), services.trayMenuExtras())
    },
    stats,
    onEngineEvent(listener: (event: EngineEvent) => void): () => void {
      return engineListeners.subscribe(listener)
    },
    onIdleSample(listener: () => void): () => void {
      sampleListeners.add(listener)
      return () => {
        sampleListeners.delete(listener)
      }
    },
    async dispose(): Promise<void> {
      savedCounts.save(engine.prepareForQuit())
      engine.dispose()
      stopSettingsFeed()
      stopTodayFeed()
      stopWatchEngineFeed()
      postureWatch.dispose()
      await recorder.flush(nowMs())
    }
  }
  return services
}
