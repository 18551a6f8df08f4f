import type { TFunction } from 'i18next'
import type { BusyCapability, BusyReason, HoldingSignal } from '../../shared/busy'
import { describeCapabilities } from './capabilities'

/** Until a shell attaches its probes (the web harness does only when given fixtures), nothing is watched. */
const nothingWatched = (t: TFunction): BusyCapability[] => describeCapabilities([], () => t('busy.unwatchable.harness'), null, t)

/**
 * Why the user is busy right now (for the tray's "Waiting: you're in a call") and what this
 * system can detect (for Preferences). Busy detection sets them; the tray and IPC read them.
 */
export interface BusyStatus {
  reason(): BusyReason | null
  setReason(reason: BusyReason | null): void
  /** The signal that has held a due break for a long time (busy-detection's LongHold), for the tray. */
  longHold(): HoldingSignal | null
  setLongHold(signal: HoldingSignal | null): void
  capabilities(): BusyCapability[]
  provideCapabilities(read: () => BusyCapability[]): void
}

/** `t` words what is said about the system, in the shown language at each question. */
export function createBusyStatus(onReasonChange: () => void, t: TFunction): BusyStatus {
  let reason: BusyReason | null = null
  let longHold: HoldingSignal | null = null
  let read: () => BusyCapability[] = () => nothingWatched(t)
  return {
    reason: () => reason,
    setReason(next) {
      if (next === reason) return
      reason = next
      onReasonChange()
    },
    longHold: () => longHold,
    setLongHold(next) {
      if (next === longHold) return
      longHold = next
      onReasonChange()
    },
    capabilities: () => read(),
    provideCapabilities(next) {
      read = next
    }
  }
}
