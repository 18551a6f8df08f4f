import type { i18n } from 'i18next'
import type { AppStateStore } from '../../core/app-state/app-state-store'
import type { ReminderEngine } from '../../core/engine'
import type { HistoryLog } from '../../core/history'
import type { ManagedSettingsStore } from '../../core/policy'
import type { EngineEvent } from '../../shared/engine-state'
import type { AppInfo } from '../../shared/ipc/contract'
import type { ShownLanguage } from '../../shared/i18n/languages'
import type { TrayAction, TrayMenuModel } from '../../shared/tray-menu'
import type { BusyStatus } from '../busy/busy-status'
import type { createChecklistService } from './checklist-service'
import type { EventHub } from './event-hub'
import type { PostureWatchService } from './posture-watch-service'
import type { createRoutineService } from './routine-service'
import type { createStatsService } from './stats-service'
import type { StorageHealth } from './storage-health'
import type { TrayMenuExtras } from './tray-menu-model'

/**
 * The reminder engine's commands and state, as the shells and the IPC handlers use them. Its
 * settings, time zone, saving and shutdown belong to the services (see `dispose`), not to callers.
 */
export type ReminderCommands = Pick<
  ReminderEngine,
  | 'getState'
  | 'startBreakNow'
  | 'postureNow'
  | 'respondToBreak'
  | 'finishBreak'
  | 'postponeFromWarning'
  | 'respondToPosture'
  | 'pause'
  | 'resume'
  | 'noticeInput'
  | 'setBusy'
  | 'lock'
  | 'unlock'
  | 'suspend'
  | 'resumeFromSuspend'
>

export type ChecklistService = ReturnType<typeof createChecklistService>
export type RoutineService = ReturnType<typeof createRoutineService>
export type StatsService = ReturnType<typeof createStatsService>

/**
 * The application layer as Electron main, the web harness and the IPC handlers see it (DESIGN.md
 * §2: one façade). Built by `createAppServices`; the clock, the raw stores and the history
 * recorder stay inside.
 */
export interface AppServices {
  readonly info: AppInfo
  /** Pushes to pages (settings, engine state, history changes, navigation). */
  readonly events: EventHub
  /** The settings in effect (the user's, with the organisation's policy applied) and which keys it locks. */
  readonly settings: Pick<ManagedSettingsStore, 'get' | 'update' | 'reset' | 'onChange' | 'lockedKeys' | 'lockedIn'>
  readonly appState: Pick<AppStateStore, 'get' | 'update'>
  /** Storage problems the user should hear about, and the guards that report them. */
  readonly notices: Pick<StorageHealth, 'current' | 'dismiss' | 'guard' | 'guardAsync' | 'addNotice'>
  readonly engine: ReminderCommands
  /** What was recorded, read only (diagnostics and tests); the services do the writing. */
  readonly history: Pick<HistoryLog, 'readAll' | 'read'>
  readonly routines: RoutineService
  readonly checklist: ChecklistService
  readonly busy: BusyStatus
  readonly postureWatch: PostureWatchService
  readonly stats: StatsService
  /** The words of the tray, notifications and dialogs, in the shown language. */
  readonly i18n: i18n
  /** The language and locale shown now (the language:get channel): app.language against the system's. */
  language(): ShownLanguage
  /** The IANA zone in use now (it follows the OS). */
  timeZone(): string
  /** Wall-clock now, on the app's clock (scaled or started elsewhere in the harness). */
  nowWallMs(): number
  /** Carries out a tray menu choice (the Electron tray and the harness's tray page both call it). */
  runTrayAction(action: TrayAction): void
  /** "I'm reading" for `minutes` (null: off), pushed like a tray action. */
  setReading(minutes: 30 | 60 | null): void
  /** What the tray shows besides the engine's state. */
  trayMenuExtras(): TrayMenuExtras
  trayMenu(): TrayMenuModel
  /** Presentation (notifications, break window, tray) subscribes here; events come in order. */
  onEngineEvent(listener: (event: EngineEvent) => void): () => void
  /**
   * Called inside each engine wakeup that samples the idle time; a listener must not call the
   * engine back synchronously (defer to a microtask).
   */
  onIdleSample(listener: () => void): () => void
  /**
   * At quit: a showing break is recorded as skipped, the counts are saved for the next start,
   * then what is still in memory is written and the engine's timer stops.
   */
  dispose(): Promise<void>
}
