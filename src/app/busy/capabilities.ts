import type { TFunction } from 'i18next'
import type { BusyCapability, BusySignal } from '../../shared/busy'
import type { BusyProbe, ProbeState } from './probe'

export interface IdleSourceStatus {
  status(): ProbeState
  describe(): string
}

const busySignals = ['camera', 'microphone', 'fullscreen', 'doNotDisturb'] as const

/**
 * What Preferences says about this system: for each signal, the probes watching it, or why it
 * stopped (a probe turned off), or why it cannot be seen here.
 */
export function describeCapabilities(
  probes: readonly BusyProbe[],
  unwatchable: (signal: (typeof busySignals)[number]) => string,
  idle: IdleSourceStatus | null,
  t: TFunction
): BusyCapability[] {
  const capabilities: BusyCapability[] = busySignals.map((signal) => {
    const covering = probes.filter((probe) => probe.signals.includes(signal))
    const watching = covering.filter((probe) => probe.status().state === 'watching')
    if (watching.length > 0) return { signal, state: 'watching', detail: watching.map((probe) => probe.name).join('; ') }
    const stopped = covering.map((probe) => probe.status()).find((status) => status.state === 'off')
    if (stopped?.state === 'off') return { signal, state: 'off', detail: t('busy.turnedOff', { why: stopped.why }) }
    return { signal, state: 'none', detail: unwatchable(signal) }
  })
  if (idle) capabilities.push(idleCapability(idle, t))
  return capabilities
}

function idleCapability(idle: IdleSourceStatus, t: TFunction): BusyCapability {
  const status = idle.status()
  const signal: BusySignal = 'idleTime'
  return status.state === 'off'
    ? { signal, state: 'off', detail: t('busy.idleTurnedOff', { why: status.why }) }
    : { signal, state: 'watching', detail: idle.describe() }
}
