import { formatClock, secondsUntilMinuteTicks, wholeMinutes } from '../../shared/countdown'
import type { BusyReason } from '../../shared/busy'
import type { EngineState } from '../../shared/engine-state'
import type { TrayActionItem, TrayIconState, TrayMenuModel } from '../../shared/tray-menu'

function minutesLabel(seconds: number): string {
  const minutes = wholeMinutes(seconds)
  return minutes >= 120 ? `${Math.floor(minutes / 60)} h ${minutes % 60} min` : `${minutes} min`
}

/** The countdown the status line shows while active: the next break, or the next cue when breaks are off. */
function countdownSeconds(state: EngineState): number | null {
  if (state.phase !== 'active') return null
  return state.nextBreakInSeconds ?? state.nextPostureInSeconds
}

/** Why a due break waits, as the tray says it. */
function waitingStatus(reason: BusyReason | null): string {
  switch (reason) {
    case 'call':
      return "Waiting: you're in a call"
    case 'fullscreen':
      return 'Waiting: a fullscreen window is open'
    case 'doNotDisturb':
      return 'Waiting: Do Not Disturb is on'
    case null:
      return 'Break due — waiting until your meeting or fullscreen app ends'
  }
}

/** The one-line status shown as the tooltip and the menu's first row. */
export function trayStatus(state: EngineState, timeZone: string, busyReason: BusyReason | null = null): string {
  switch (state.phase) {
    case 'paused':
      return state.pausedUntilWallMs === null ? 'Paused until you resume' : `Paused until ${formatClock(state.pausedUntilWallMs, timeZone)}`
    case 'outside-hours':
      return 'Outside working hours'
    case 'disabled':
      return 'Breaks and posture cues are off'
    case 'break':
      return state.breakEndsAtWallMs === null ? 'On a break' : `On a break until ${formatClock(state.breakEndsAtWallMs, timeZone)}`
    case 'waiting':
      return waitingStatus(busyReason)
    case 'warning':
      return 'Break starting soon'
    case 'away':
      return 'Away — time is not counted'
    case 'active':
      // A clock slot comes at a time of day, not after a count of active time.
      if (state.nextBreakBySlot && state.nextBreakAtWallMs !== null) return `Next break at ${formatClock(state.nextBreakAtWallMs, timeZone)}`
      if (state.nextBreakInSeconds !== null) return `Next break in ${minutesLabel(state.nextBreakInSeconds)}`
      if (state.nextPostureInSeconds !== null) return `Next posture cue in ${minutesLabel(state.nextPostureInSeconds)}`
      return 'Breaks are off'
  }
}

/**
 * Active seconds until the status line's minute count next changes, or null when the line
 * holds still (a clock time, "away", "paused"…) until the engine's state changes. The tray
 * arms one timeout for this instead of polling.
 */
export function secondsUntilStatusChanges(state: EngineState): number | null {
  // "Next break at 10:50" holds until that slot, which may pass quietly without a state change.
  if (state.phase === 'active' && state.nextBreakBySlot && state.nextBreakInSeconds !== null) return state.nextBreakInSeconds + 1
  const seconds = countdownSeconds(state)
  // "1 min" stays until the warning or the break itself changes the state.
  return seconds === null ? null : secondsUntilMinuteTicks(seconds)
}

function iconFor(state: EngineState): TrayIconState {
  if (state.phase === 'paused' || state.phase === 'disabled') return 'paused'
  if (state.phase === 'waiting' || state.phase === 'warning') return 'attention'
  return 'normal'
}

const action = (id: TrayActionItem['id'], label: string, enabled = true): TrayActionItem => ({ type: 'action', id, label, enabled })

/**
 * The tray menu for a given engine state. Pure, so the Electron tray, the harness's tray
 * page and the tests all read the same model.
 */
export interface TrayMenuExtras {
  /** The periodic workstation re-check is due (settings.checklist.recheckWeeks since the last pass). */
  checklistDue?: boolean
  /** Why the user is busy, so a waiting break says what it waits for. */
  busyReason?: BusyReason | null
  /** Today's active time so far, including the stretch running now. */
  activeTodayMinutes?: number
  /** Writes are failing (full disk, read-only folder): one line saying so, under the status. */
  storageProblem?: string | null
  /** The posture watch is on: the tray says so and offers a one-click off. */
  postureWatchOn?: boolean
}

/** The tooltip's second line: today's active time (its minutes only change at the status line's ticks). */
export function activeTodayLabel(minutes: number): string {
  return `Active today: ${minutesLabel(minutes * 60)}`
}

export function buildTrayMenuModel(state: EngineState, timeZone: string, extras: TrayMenuExtras = {}): TrayMenuModel {
  const onBreak = state.phase === 'break'
  const paused = state.phase === 'paused'
  const reading = state.readingUntilWallMs !== null
  const status = extras.postureWatchOn
    ? `${trayStatus(state, timeZone, extras.busyReason ?? null)} · posture watch on`
    : trayStatus(state, timeZone, extras.busyReason ?? null)
  const activeToday = extras.activeTodayMinutes === undefined ? undefined : activeTodayLabel(extras.activeTodayMinutes)
  return {
    status,
    ...(activeToday === undefined ? {} : { activeToday }),
    icon: iconFor(state),
    items: [
      { type: 'status', label: status },
      ...(activeToday === undefined ? [] : [{ type: 'status' as const, label: activeToday }]),
      ...(extras.storageProblem ? [{ type: 'status' as const, label: extras.storageProblem }] : []),
      { type: 'separator' },
      // The engine ends a pause for a break the user asks for, so it stays offered while paused;
      // a posture cue would not end the pause, and nothing is shown while paused.
      action('break-now', 'Take a break now', !onBreak),
      action('posture-now', 'Posture check now', !onBreak && !paused),
      {
        type: 'submenu',
        label: 'Pause',
        enabled: !onBreak,
        items: [
          action('pause-30', '30 minutes'),
          action('pause-60', '1 hour'),
          action('pause-tomorrow', 'Until tomorrow'),
          action('pause-indefinite', 'Until I resume')
        ]
      },
      action('resume', 'Resume', paused),
      {
        type: 'submenu',
        label: reading ? `I'm reading (until ${formatClock(state.readingUntilWallMs ?? 0, timeZone)})` : "I'm reading",
        enabled: !paused && !onBreak,
        items: [action('reading-30', 'For 30 minutes'), action('reading-60', 'For 1 hour'), action('reading-off', 'Stop', reading)]
      },
      { type: 'separator' },
      action('open-today', 'Today'),
      action('open-checklist', extras.checklistDue ? 'Workstation checklist — re-check due' : 'Workstation checklist'),
      action('open-stretches', 'Stretches'),
      action('open-stats', 'Statistics'),
      action('open-preferences', 'Preferences…'),
      ...(extras.postureWatchOn ? [{ type: 'separator' } as const, action('posture-watch-off', 'Posture watch is on — turn it off')] : []),
      { type: 'separator' },
      action('quit', 'Quit Upright')
    ]
  }
}
