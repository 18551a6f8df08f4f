import type { TFunction } from 'i18next'
import { formatClock, minutesShort, secondsUntilMinuteTicks } from '../../shared/countdown'
import { LONG_HOLD_HOURS } from '../busy/busy-detection'
import type { BusyReason, HoldingSignal } from '../../shared/busy'
import type { EngineState } from '../../shared/engine-state'
import type { TrayActionItem, TrayIconState, TrayMenuModel } from '../../shared/tray-menu'
import { messageText } from '../../shared/i18n/message-text'
import { breakStatus, pausedStatus } from '../../shared/i18n/status-lines'
import type { Message } from '../../shared/message'

/** The countdown the status line shows while active: the next break, or the next cue when breaks are off. */
function countdownSeconds(state: EngineState): number | null {
  if (state.phase !== 'active') return null
  return state.nextBreakInSeconds ?? state.nextPostureInSeconds
}

/** Why a due break waits, as the tray says it. */
function waitingStatus(t: TFunction, reason: BusyReason | null): string {
  switch (reason) {
    case 'call':
      return t('status.waitingCall')
    case 'fullscreen':
      return t('status.waitingFullscreen')
    case 'doNotDisturb':
      return t('status.waitingDoNotDisturb')
    case null:
      return t('status.waiting')
  }
}

/** The one-line status shown as the tooltip and the menu's first row. */
export function trayStatus(t: TFunction, state: EngineState, timeZone: string, busyReason: BusyReason | null = null): string {
  switch (state.phase) {
    case 'paused':
      return pausedStatus(t, state, timeZone)
    case 'outside-hours':
      return t('status.outsideHours')
    case 'disabled':
      return t('status.disabled')
    case 'break':
      return breakStatus(t, state, timeZone)
    case 'waiting':
      return waitingStatus(t, busyReason)
    case 'warning':
      return t('status.warning')
    case 'away':
      return t('status.away')
    case 'active':
      // A clock slot comes at a time of day, not after a count of active time.
      if (state.nextBreakBySlot && state.nextBreakAtWallMs !== null) return t('status.nextBreakAt', { time: formatClock(t, state.nextBreakAtWallMs, timeZone) })
      if (state.nextBreakInSeconds !== null) return t('status.nextBreakIn', { duration: minutesShort(t, state.nextBreakInSeconds) })
      if (state.nextPostureInSeconds !== null) return t('status.nextPostureIn', { duration: minutesShort(t, state.nextPostureInSeconds) })
      return t('status.breaksOff')
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
  /** A due break has waited hours on this signal: one line names it and where to turn it off. */
  busyLongHold?: HoldingSignal | null
  /** Today's active time so far, including the stretch running now. */
  activeTodayMinutes?: number
  /** Writes are failing (full disk, read-only folder): one line saying so, under the status. */
  storageProblem?: Message | null
  /** The posture watch is on: the tray says so and offers a one-click off. */
  postureWatchOn?: boolean
}

/** The tooltip's second line: today's active time (its minutes only change at the status line's ticks). */
export function activeTodayLabel(t: TFunction, minutes: number): string {
  return t('status.activeToday', { duration: minutesShort(t, minutes * 60) })
}

/** The menu in the words of `t`'s language; the tray rebuilds it when the language changes. */
export function buildTrayMenuModel(t: TFunction, state: EngineState, timeZone: string, extras: TrayMenuExtras = {}): TrayMenuModel {
  const onBreak = state.phase === 'break'
  const paused = state.paused
  const reading = state.readingUntilWallMs !== null
  const line = trayStatus(t, state, timeZone, extras.busyReason ?? null)
  const status = extras.postureWatchOn ? t('status.postureWatchOn', { status: line }) : line
  const activeToday = extras.activeTodayMinutes === undefined ? undefined : activeTodayLabel(t, extras.activeTodayMinutes)
  return {
    status,
    ...(activeToday === undefined ? {} : { activeToday }),
    icon: iconFor(state),
    items: [
      { type: 'status', label: status },
      ...(activeToday === undefined ? [] : [{ type: 'status' as const, label: activeToday }]),
      ...(extras.storageProblem ? [{ type: 'status' as const, label: messageText(t, extras.storageProblem) }] : []),
      ...(extras.busyLongHold && state.phase === 'waiting' ? [{ type: 'status' as const, label: t(`status.longHold.${extras.busyLongHold}`, { hours: LONG_HOLD_HOURS }) }] : []),
      { type: 'separator' },
      // The engine ends a pause for a break the user asks for, so it stays offered while paused;
      // a posture cue would not end the pause, and nothing is shown while paused.
      action('break-now', t('tray.breakNow'), !onBreak),
      action('posture-now', t('tray.postureNow'), !onBreak && !paused),
      {
        type: 'submenu',
        label: t('tray.pause'),
        enabled: !onBreak,
        items: [
          action('pause-30', t('tray.pause30')),
          action('pause-60', t('tray.pause60')),
          action('pause-tomorrow', t('tray.pauseTomorrow')),
          action('pause-indefinite', t('tray.pauseIndefinite'))
        ]
      },
      // A pause asked for during a break begins when the break ends (engine.pause): until then
      // there is nothing to resume, and Resume would only drop the pause the user just asked for.
      action('resume', t('tray.resume'), paused && !onBreak),
      {
        type: 'submenu',
        label: reading ? t('tray.readingUntil', { time: formatClock(t, state.readingUntilWallMs ?? 0, timeZone) }) : t('tray.reading'),
        enabled: !paused && !onBreak,
        items: [
          action('reading-30', t('tray.reading30')),
          action('reading-60', t('tray.reading60')),
          action('reading-off', t('tray.readingOff'), reading)
        ]
      },
      { type: 'separator' },
      action('open-today', t('tray.today')),
      action('open-checklist', extras.checklistDue ? t('tray.checklistDue') : t('tray.checklist')),
      action('open-stretches', t('tray.stretches')),
      action('open-stats', t('tray.stats')),
      action('open-preferences', t('tray.preferences')),
      ...(extras.postureWatchOn ? [{ type: 'separator' } as const, action('posture-watch-off', t('tray.postureWatchOff'))] : []),
      { type: 'separator' },
      action('quit', t('tray.quit'))
    ]
  }
}
