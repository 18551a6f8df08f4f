import type { ReminderEngine } from '../../core/engine'
import type { BusyReason, HoldingSignal } from '../../shared/busy'
import type { EngineEvent, EnginePhase } from '../../shared/engine-state'
import type { Settings } from '../../shared/settings'
import type { BusyProbe } from './probe'

/** One-shot timer port: returns a function that cancels it. */
export type Schedule = (delayMs: number, callback: () => void) => () => void

/**
 * How long a due break may wait on one signal before the user is told which one holds it: long
 * past any meeting, so what is left is a program holding the camera or a forgotten switch.
 */
export const LONG_HOLD_HOURS = 2
export const LONG_HOLD_MS = LONG_HOLD_HOURS * 60 * 60 * 1000

/** A due break has waited LONG_HOLD_MS in a row, held by this signal. */
export interface LongHold {
  signal: HoldingSignal
  reason: BusyReason
  /** when the break started waiting, on `nowMs`'s clock */
  sinceMs: number
}

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
  /**
   * A due break has waited LONG_HOLD_MS in a row (told once per wait), or that wait is over
   * (null). The break is never forced into a call; the user is told what holds it instead.
   */
  onLongHold?(hold: LongHold | null): void
  /** The timers of the looks: real time in the desktop app, the scaled clock in the harness. */
  schedule: Schedule
  /** Time in ms on the same clock as `schedule`, for the once-a-minute limit and the long hold. */
  nowMs: () => number
  /** Shortest time between two looks, and the quiet time after a call before a break shows. */
  intervalMs?: number
  /** How long a break waits before onLongHold (LONG_HOLD_MS; shorter only in tests). */
  longHoldMs?: number
}

/** Phases in which being busy changes something: a break or cue could fall due, or one waits. */
const watchedPhases: ReadonlySet<EnginePhase> = new Set(['active', 'warning', 'waiting'])

/**
 * Tells the engine when the user is busy (see main/electron/busy-probes.ts and device-probes.ts for
 * what can be seen), and why (for the tray). Looks only while it matters (some interruption
 * setting is on and the engine is counting or holding a break) and at most once a minute:
 *   - riding on the engine's own idle samples while counting (no timer of its own, so the
 *     wakeup budget of DESIGN §10 holds with the probes on);
 *   - soon after a break warning, since the break is then seconds away;
 *   - every minute by its own timer only while a break waits or a call has just ended.
 * When the user stops being busy, the engine is told only after one quiet minute (a second
 * quiet look), so a due break does not jump up the moment a call ends.
 * A break that has waited LONG_HOLD_MS in a row is still not forced on the user: onLongHold
 * says once which signal holds it (a program left holding the camera, a forgotten Do Not
 * Disturb), so the user can end it. The engine applies settings.interruptions to what it is told.
 */
export function setupBusyDetection(deps: BusyDetectionDeps): () => void {
  const { schedule, nowMs } = deps
  const intervalMs = deps.intervalMs ?? 60_000
  const longHoldMs = deps.longHoldMs ?? LONG_HOLD_MS
  let reason: BusyReason | null = null
  /** the signal of the probe that last found the user busy */
  let signal: HoldingSignal | null = null
  /** the look that first saw the due break waiting while busy (null: no break waits on us) */
  let holdSinceMs: number | null = null
  let holdTold = false
  /**
   * When the first quiet look after being busy answered (not when it began: the call may have
   * ended while it looked); the engine hears of it from a look one interval after that.
   */
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
  /** ms until an interval has passed since `sinceMs` (a wall clock set back counts as passed) */
  const msLeftOfInterval = (sinceMs: number): number => {
    const elapsedMs = nowMs() - sinceMs
    return elapsedMs < 0 ? 0 : Math.max(0, intervalMs - elapsedMs)
  }
  /**
   * ms until the next look is allowed: an interval after the last one began, and while a quiet
   * minute runs, an interval after quiet was seen. A look before then could not end the wait,
   * and would push the one that can a whole interval later.
   */
  const waitMs = (): number => Math.max(msLeftOfInterval(lastLookMs), quietSinceMs === null ? 0 : msLeftOfInterval(quietSinceMs))

  const endHold = (): void => {
    holdSinceMs = null
    if (holdTold) {
      holdTold = false
      deps.onLongHold?.(null)
    }
  }

  /** A due break waiting on us: count how long, and say once when it has waited too long. */
  const followHold = (atMs: number): void => {
    if (reason === null || signal === null || phase() !== 'waiting') {
      endHold()
      return
    }
    // A clock set back starts the count again rather than telling early.
    if (holdSinceMs === null || atMs < holdSinceMs) holdSinceMs = atMs
    if (!holdTold && atMs - holdSinceMs >= longHoldMs) {
      holdTold = true
      deps.onLongHold?.({ signal, reason, sinceMs: holdSinceMs })
    }
  }

  const tell = (next: BusyReason | null): void => {
    quietSinceMs = null
    if (next === null) endHold()
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
    let found: BusyProbe | null = null
    for (const probe of deps.probes) {
      if ((await probe.isBusy()) === true) {
        found = probe
        break
      }
    }
    checking = false
    if (disposed) return
    if (!wanted()) tell(null)
    else if (found !== null) {
      signal = found.signals.find((each): each is HoldingSignal => each !== 'idleTime') ?? null
      tell(found.reason)
    } else if (reason !== null) {
      // The call (or fullscreen, or Do Not Disturb) is over: one quiet minute before the engine hears it.
      if (quietSinceMs === null) quietSinceMs = nowMs()
      // Looks take turns, so a later look begins after quiet was seen unless the wall clock was
      // set back in between: the minute cannot be timed then, so it counts as over.
      else if (lastLookMs - quietSinceMs >= intervalMs || lastLookMs < quietSinceMs) tell(null)
    }
    if (found !== null) followHold(lastLookMs)
    else if (reason === null) endHold()
    arm()
  }

  const stopEngine = deps.onEngineEvent((event) => {
    if (event.kind === 'breakWarning') {
      lookAfterWarning = true
      if (waitMs() === 0) void check()
      else if (!checking) arm()
    } else if (event.kind === 'stateChanged') {
      if (event.phase !== 'waiting') endHold()
      else if (reason !== null) holdSinceMs ??= nowMs()
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
    endHold()
    stopEngine()
    stopSamples()
    stopSettings()
    cancel()
  }
}
