import type { ReminderEngine } from '../../core/engine'
import type { EngineEvent, EnginePhase } from '../../shared/engine-state'
import type { Settings } from '../../shared/settings'
import type { BusyProbe } from './busy-probes'
import { type Schedule, scheduleWithTimeout } from './schedule'

export interface BusyDetectionDeps {
  probes: readonly BusyProbe[]
  engine: Pick<ReminderEngine, 'getState' | 'setBusy'>
  onEngineEvent(listener: (event: EngineEvent) => void): () => void
  settings(): Settings
  onSettingsChange(listener: () => void): () => void
  schedule?: Schedule
  /** How often to look while it matters; a minute keeps the cost negligible. */
  intervalMs?: number
}

/** Phases in which being busy changes something: a break or cue could fall due, or one waits. */
const watchedPhases: ReadonlySet<EnginePhase> = new Set(['active', 'warning', 'waiting'])

/**
 * Tells the engine when the user is busy (see busy-probes.ts for what can be seen). Looks
 * once a minute, and only while it matters: some interruption setting is on and the engine
 * is counting or holding a break. A break warning triggers a look at once, since the break
 * is then seconds away. The engine applies settings.interruptions to what it is told.
 */
export function setupBusyDetection(deps: BusyDetectionDeps): () => void {
  const schedule = deps.schedule ?? scheduleWithTimeout
  const intervalMs = deps.intervalMs ?? 60_000
  let busy = false
  let cancelTimer: (() => void) | null = null
  let checking = false
  let disposed = false

  const wanted = (): boolean => {
    const { delayBreaksWhenBusy, silenceCuesWhenBusy } = deps.settings().interruptions
    return delayBreaksWhenBusy || silenceCuesWhenBusy
  }
  const watching = (): boolean => wanted() && watchedPhases.has(deps.engine.getState().phase)

  const tell = (next: boolean): void => {
    if (next === busy) return
    busy = next
    deps.engine.setBusy(next)
  }

  const arm = (): void => {
    cancelTimer?.()
    cancelTimer = null
    if (!disposed && watching()) cancelTimer = schedule(intervalMs, () => void check())
  }

  async function check(): Promise<void> {
    if (checking || disposed) return
    if (!wanted()) {
      tell(false)
      arm()
      return
    }
    checking = true
    cancelTimer?.()
    cancelTimer = null
    let next = false
    for (const probe of deps.probes) {
      if ((await probe.isBusy()) === true) {
        next = true
        break
      }
    }
    checking = false
    if (disposed) return
    tell(next && wanted())
    arm()
  }

  const stopEngine = deps.onEngineEvent((event) => {
    if (event.kind === 'breakWarning') void check()
    else if (event.kind === 'stateChanged') {
      if (!watchedPhases.has(event.phase)) {
        cancelTimer?.()
        cancelTimer = null
      } else if (cancelTimer === null && !checking) void check()
    }
  })
  const stopSettings = deps.onSettingsChange(() => {
    if (!wanted()) tell(false)
    if (!checking) arm()
  })
  void check()

  return () => {
    disposed = true
    stopEngine()
    stopSettings()
    cancelTimer?.()
    cancelTimer = null
  }
}
