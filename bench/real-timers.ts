import { performance } from 'node:perf_hooks'
import { createReminderEngine } from '../src/core/engine/engine'
import type { Clock } from '../src/core/engine/ports'
import { SystemClock } from '../src/core/engine/system-clock'
import type { EngineEvent } from '../src/shared/engine-state'
import { applySettingsPatch, defaultSettings, settingsSchema } from '../src/shared/settings'

export interface RealTimersResult {
  seconds: number
  engineTimerCallbacks: number
  /** every setTimeout callback in the process during the run (the system clock re-arms early firings) */
  rawTimeoutCallbacks: number
  engineIdleSamples: number
  oneHertzCallbacks: number
  /** engine wakeups (timer callbacks + idle samples) per 1 Hz loop callback, same process, same time */
  ratioVsOneHertz: number
  engineWakeupsPerHour: number
  reminders: { kind: EngineEvent['kind']; atSeconds: number }[]
}

/**
 * Runs the engine on the real clock with short intervals (posture 1 min, break 2 min) beside a
 * plain 1 Hz setInterval loop, and counts what each costs.
 */
export async function measureRealTimers(seconds: number): Promise<RealTimersResult> {
  let rawTimeoutCallbacks = 0
  const originalSetTimeout = globalThis.setTimeout
  const countingSetTimeout = ((callback: (...args: unknown[]) => void, delayMs?: number, ...args: unknown[]) =>
    originalSetTimeout(
      (...inner: unknown[]) => {
        rawTimeoutCallbacks += 1
        callback(...inner)
      },
      delayMs,
      ...args
    )) as typeof setTimeout
  globalThis.setTimeout = countingSetTimeout

  try {
    const system = new SystemClock()
    let engineTimerCallbacks = 0
    const clock: Clock = {
      monotonicNowMs: () => system.monotonicNowMs(),
      wallNowMs: () => system.wallNowMs(),
      setTimer: (atMs, callback) =>
        system.setTimer(atMs, () => {
          engineTimerCallbacks += 1
          callback()
        })
    }
    let engineIdleSamples = 0
    const reminders: RealTimersResult['reminders'] = []
    const startedMs = performance.now()
    const settings = settingsSchema.parse(
      applySettingsPatch(defaultSettings, {
        posture: { intervalMinutes: 1 },
        break: { intervalMinutes: 2, durationMinutes: 0.25, warningSeconds: 10 }
      })
    )
    const engine = createReminderEngine({
      clock,
      activity: {
        idleSeconds: () => {
          engineIdleSamples += 1
          return 0
        }
      },
      settings,
      sink: (event) => {
        if (event.kind === 'posture' || event.kind === 'breakWarning' || event.kind === 'break' || event.kind === 'breakEnded') {
          reminders.push({ kind: event.kind, atSeconds: Math.round((performance.now() - startedMs) / 10) / 100 })
        }
      }
    })

    let oneHertzCallbacks = 0
    const loop = setInterval(() => {
      oneHertzCallbacks += 1
    }, 1000)
    // Counted apart from the engine's timers: started before the wrap was active for it.
    const baselineRaw = rawTimeoutCallbacks
    await new Promise<void>((resolve) => originalSetTimeout(resolve, seconds * 1000))
    clearInterval(loop)
    engine.dispose()

    const engineWakeups = engineTimerCallbacks + engineIdleSamples
    return {
      seconds,
      engineTimerCallbacks,
      rawTimeoutCallbacks: rawTimeoutCallbacks - baselineRaw,
      engineIdleSamples,
      oneHertzCallbacks,
      ratioVsOneHertz: round(engineWakeups / Math.max(oneHertzCallbacks, 1), 4),
      engineWakeupsPerHour: round((engineWakeups / seconds) * 3600, 1),
      reminders
    }
  } finally {
    globalThis.setTimeout = originalSetTimeout
  }
}

function round(value: number, digits: number): number {
  const scale = 10 ** digits
  return Math.round(value * scale) / scale
}
