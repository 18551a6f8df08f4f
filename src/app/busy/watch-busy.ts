import type { AppServices } from '../services/app-services-api'
import type { HoldingSignal } from '../../shared/busy'
import { message } from '../../shared/message'
import { type LongHold, LONG_HOLD_HOURS, type Schedule, setupBusyDetection } from './busy-detection'
import { describeCapabilities, type IdleSourceStatus } from './capabilities'
import type { BusyProbe } from './probe'

export interface WatchBusyOptions {
  /** in the order they are asked: calls first (the tray names the first reason found) */
  probes: readonly BusyProbe[]
  /** why a signal no probe covers cannot be seen here, for Preferences */
  unwatchable: (signal: HoldingSignal) => string
  /** where the idle time comes from, when the shell replaced it (Wayland) */
  sessionIdle: IdleSourceStatus | null
  /** timers and time of the looks: real time in the desktop app, the scaled clock in the harness */
  schedule: Schedule
  nowMs: () => number
}

/**
 * Busy detection as both shells compose it (the desktop app with the system's probes, the web
 * harness with the same probes over fixture files): Preferences lists what is watched, the
 * tray says why a break waits, and a break held for hours is told once, quietly, as a tray line
 * and the app's notice (no pop-up, nothing recorded in history).
 */
export function watchBusy(services: AppServices, options: WatchBusyOptions): () => void {
  const { t } = services.i18n
  services.busy.provideCapabilities(() => describeCapabilities(options.probes, options.unwatchable, options.sessionIdle, t))
  // A message, so the notice bar words it in the language shown then (and again after a change).
  const tellLongHold = (hold: LongHold): void => {
    const setting = message('prefs.field.interruptions.delayBreaksWhenBusy.label')
    services.notices.addNotice(message(`busy.longHold.${hold.signal}`, { hours: LONG_HOLD_HOURS, setting }))
  }
  return setupBusyDetection({
    probes: options.probes,
    engine: services.engine,
    onEngineEvent: (listener) => services.onEngineEvent(listener),
    onEngineSample: (listener) => services.onIdleSample(listener),
    settings: () => services.settings.get(),
    onSettingsChange: (listener) => services.settings.onChange(listener),
    onReasonChange: (reason) => {
      services.busy.setReason(reason)
    },
    onLongHold: (hold) => {
      services.busy.setLongHold(hold?.signal ?? null)
      if (hold) tellLongHold(hold)
    },
    schedule: options.schedule,
    nowMs: options.nowMs
  })
}
