import type { BusyProbe } from '../../app/busy/probe'
import type { ReminderEngine } from '../../core/engine'
import type { BusyReason } from '../../shared/busy'
import type { EngineEvent, EnginePhase } from '../../shared/engine-state'
import type { Settings } from '../../shared/settings'
import { type Schedule, scheduleWithTimeout } from './schedule'

export interface BusyDetectionDeps {
  probes: readonly BusyProbe[]
  engine: Pick<ReminderEngine, 'getState' | 'setBusy'>
  onEngineEvent(listener: (event: EngineEvent) => void): () => void
  /** The engine looked at the idle time: a wakeup the probes ride on instead of a timer of their own. */
  onEngineSample(listener: () => void): () => void
  settings(): Settings
  onSettingsChange(listener: () => void): () => void
  /** Why the user is busy (null: free), for the tray. */
  onReasonChange?(reason: BusyReason | null): void
  schedule?: Schedule
  /** Real time in ms, for the once-a-minute limit. */
  nowMs?: () => number
  /** Shortest time between two looks, and the quiet time after a call before a break shows. */
  intervalMs?: number
}

/** Phases in which being busy changes something: a break or cue could fall due, or one waits. */
const watchedPhases: ReadonlySet<EnginePhase> = new Set(['active', 'warning', 'waiting'])

/**
 * Tells the engine when the user is busy (see busy-probes.ts and app/busy/device-probes.ts for
 * what can be seen), and why (for the tray). Looks only while it matters (some interruption
 * setting is on and the engine is counting or holding a break) and at most once a minute:
 *   - riding on the engine's own idle samples while counting (no timer of its own, so the
 *     wakeup budget of DESIGN §10 holds with the probes on);
 *   - soon after a break warning, since the break is then seconds away;
 *   - every minute by its own timer only while a break waits or a call has just ended.
 * When the user stops being busy, the engine is told only after one quiet minute (a second
 * quiet look), so a due break does not jump up the moment a call ends.
 * The engine applies settings.interruptions to what it is told.
 */
export function setupBusyDetection(deps: BusyDetectionDeps): () => void {
  const schedule = deps.schedule ?? scheduleWithTimeout
  const nowMs = deps.nowMs ?? Date.now
  const intervalMs = deps.intervalMs ?? 60_000
  let reason: BusyReason | null = null
  /** first quiet look after being busy; the engine hears of it one interval later */
  let quietSinceMs: number | null = null
  let lookAfterWarning = false
  let lastLookMs = Number.NEGATIVE_INFINITY
  let cancelTimer: (() => void) | null = null
  let checking = false
  let disposed = false

  const wanted = (): boolean => {
    const { delayBreaksWhenBusy, silenceCuesWhenBusy } = deps.settings().interruptions
    return delayBreaksWhenBusy || silenceCuesWhenBusy
  }
  const phase = (): EnginePhase => deps.engine.getState().phase
  const watching = (): boolean => !disposed && wanted() && watchedPhases.has(phase())
  /** ms until a look is allowed (a wall clock set back counts as allowed now) */
  const waitMs = (): number => {
    const sinceMs = nowMs() - lastLookMs
    return sinceMs < 0 ? 0 : Math.max(0, intervalMs - sinceMs)
  }

  const tell = (next: BusyReason | null): void => {
    quietSinceMs = null
    if (next === reason) return
    const wasBusy = reason !== null
    reason = next
    deps.onReasonChange?.(next)
    if (wasBusy !== (next !== null)) deps.engine.setBusy(next !== null)
  }

  const cancel = (): void => {
    cancelTimer?.()
    cancelTimer = null
  }

  const arm = (): void => {
    cancel()
    if (!watching()) return
    const needsTimer = phase() === 'waiting' || quietSinceMs !== null || lookAfterWarning
    if (needsTimer) cancelTimer = schedule(waitMs(), () => void check())
  }

  /** Look now if a minute has passed since the last look; otherwise leave it to the next chance. */
  const lookIfAllowed = (): void => {
    if (!checking && watching() && waitMs() === 0) void check()
  }

  async function check(): Promise<void> {
    if (checking || disposed) return
    cancel()
    if (!wanted()) {
      tell(null)
      return
    }
    checking = true
    lookAfterWarning = false
    lastLookMs = nowMs()
    let found: BusyReason | null = null
    for (const probe of deps.probes) {
      if ((await probe.isBusy()) === true) {
        found = probe.reason
        break
      }
    }
    checking = false
    if (disposed) return
    if (!wanted()) tell(null)
    else if (found !== null) tell(found)
    else if (reason !== null) {
      // The call (or fullscreen, or Do Not Disturb) is over: one quiet minute before the engine hears it.
      if (quietSinceMs === null) quietSinceMs = lastLookMs
      else if (lastLookMs - quietSinceMs >= intervalMs || lastLookMs < quietSinceMs) tell(null)
    }
    arm()
  }

  const stopEngine = deps.onEngineEvent((event) => {
    if (event.kind === 'breakWarning') {
      lookAfterWarning = true
      if (waitMs() === 0) void check()
      else if (!checking) arm()
    } else if (event.kind === 'stateChanged') {
      if (!watchedPhases.has(event.phase)) cancel()
      else if (event.phase === 'waiting' && !checking) arm()
      else lookIfAllowed()
    }
  })
  // The sample is taken inside an engine wakeup: look after it, never from inside it.
  const stopSamples = deps.onEngineSample(() => {
    queueMicrotask(lookIfAllowed)
  })
  const stopSettings = deps.onSettingsChange(() => {
    if (!wanted()) tell(null)
    if (!checking) arm()
  })
  lookIfAllowed()

  return () => {
    disposed = true
    stopEngine()
    stopSamples()
    stopSettings()
    cancel()
  }
}
