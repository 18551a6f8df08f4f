import type { TFunction } from 'i18next'
import type { BusyCapability, BusySignal } from '../../shared/busy'
import { messageText } from '../../shared/i18n/message-text'
import type { Message } from '../../shared/message'
import type { BusyProbe, ProbeState } from './probe'

export interface IdleSourceStatus {
  status(): ProbeState
  describe(t: TFunction): string
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
    if (watching.length > 0) return { signal, state: 'watching', detail: watching.map((probe) => sourceText(t, probe.source)).join('; ') }
    const stopped = covering.map((probe) => probe.status()).find((status) => status.state === 'off')
    if (stopped?.state === 'off') return { signal, state: 'off', detail: t('busy.turnedOff', { why: whyText(t, stopped) }) }
    return { signal, state: 'none', detail: unwatchable(signal) }
  })
  if (idle) capabilities.push(idleCapability(idle, t))
  return capabilities
}

function idleCapability(idle: IdleSourceStatus, t: TFunction): BusyCapability {
  const status = idle.status()
  const signal: BusySignal = 'idleTime'
  return status.state === 'off'
    ? { signal, state: 'off', detail: t('busy.idleTurnedOff', { why: whyText(t, status) }) }
    : { signal, state: 'watching', detail: idle.describe(t) }
}

function sourceText(t: TFunction, source: string | Message): string {
  return typeof source === 'string' ? source : messageText(t, source)
}

/** A known cause in the user's words; otherwise the tool's own line, a technical detail. */
function whyText(t: TFunction, off: Extract<ProbeState, { state: 'off' }>): string {
  switch (off.cause) {
    case 'missingTool':
      return t('busy.missingTool')
    case 'noIdleAnswer':
      return t('busy.noIdleAnswer')
    default:
      return off.why
  }
}
