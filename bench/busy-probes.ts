import type { BusyProbe } from '../src/app/busy/probe'
import { createReminderEngine } from '../src/core/engine/engine'
import { MS_PER_MINUTE } from '../src/core/engine/reminder-settings'
import { ScriptedActivity } from '../src/core/simulator/scripted-activity'
import { ScriptedClock } from '../src/core/simulator/scripted-clock'
import type { EngineEvent } from '../src/shared/engine-state'
import { defaultSettings } from '../src/shared/settings'
import { type BusyDetectionDeps, setupBusyDetection } from '../src/app/busy/busy-detection'
import { officeDay } from './day-script'

const ONE_HERTZ_PER_HOUR = 3600
const WAKEUP_BUDGET_PER_ACTIVE_HOUR = 100
const STEP_MS = 1000
const DAY_MINUTES = 8 * 60

interface Span {
  fromMinute: number
  toMinute: number
}

export interface BusyProbeDayResult {
  label: string
  activeHours: number
  /** engine timers plus the detection's own timers */
  timerCallbacks: number
  idleSamples: number
  /** times the probes were run (each spawn or /proc read counts once per look) */
  probeLooks: number
  wakeupsPerActiveHour: number
  probeLooksPerActiveHour: number
  /** the strictest count: every look as a wakeup of its own, even those riding an engine sample */
  wakeupsAndLooksPerActiveHour: number
  budgetPerActiveHour: number
  withinBudget: boolean
  ratioVsOneHertz: number
  breaks: number
  waitingMinutes: number
}

const round = (value: number, digits = 1): number => Math.round(value * 10 ** digits) / 10 ** digits

/**
 * The office day of the scheduler bench (away gaps, a meeting elsewhere, lunch), with busy
 * detection on: the real setupBusyDetection on the simulator's scripted clock, its probes
 * answering "in a call" during `calls`. Breaks are taken as they come. The clock moves a second
 * at a time, letting the probes' promises settle in between, as they would in the app.
 */
export async function simulateDayWithProbes(label: string, calls: readonly Span[] | null): Promise<BusyProbeDayResult> {
  const clock = new ScriptedClock(Date.parse('2026-03-09T08:30:00-04:00'))
  const activity = new ScriptedActivity(clock)
  const sampleListeners = new Set<() => void>()
  const engineListeners = new Set<(event: EngineEvent) => void>()
  let breaks = 0
  const engine = createReminderEngine({
    clock,
    activity: {
      idleSeconds: () => {
        const seconds = activity.idleSeconds()
        for (const listener of sampleListeners) listener()
        return seconds
      }
    },
    settings: defaultSettings,
    timeZone: 'America/New_York',
    sink: (event) => {
      if (event.kind === 'break') breaks += 1
      for (const listener of engineListeners) listener(event)
    }
  })
  const minuteNow = (): number => clock.monotonicNowMs() / MS_PER_MINUTE
  let probeLooks = 0
  const callProbe: BusyProbe = {
    name: 'scripted call',
    source: 'scripted',
    reason: 'call',
    signals: ['camera', 'microphone'],
    status: () => ({ state: 'watching' }),
    isBusy: () => {
      probeLooks += 1
      const minute = minuteNow()
      return Promise.resolve((calls ?? []).some((call) => minute >= call.fromMinute && minute < call.toMinute))
    }
  }
  const detection: BusyDetectionDeps = {
    probes: [callProbe],
    engine,
    onEngineEvent: (listener) => {
      engineListeners.add(listener)
      return () => engineListeners.delete(listener)
    },
    onEngineSample: (listener) => {
      sampleListeners.add(listener)
      return () => sampleListeners.delete(listener)
    },
    settings: () => defaultSettings,
    onSettingsChange: () => () => undefined,
    schedule: (delayMs, callback) => clock.setTimer(clock.monotonicNowMs() + delayMs, callback),
    nowMs: () => clock.monotonicNowMs()
  }
  // null: probes off, the baseline the others are compared with.
  const stop = calls === null ? () => undefined : setupBusyDetection(detection)

  // The day's script: input stops for `away` minutes; the screen locks for `lock` minutes.
  const changes: { atMs: number; apply: () => void }[] = []
  for (const entry of officeDay()) {
    const atMs = entry.at * MS_PER_MINUTE
    if ('away' in entry && typeof entry.away === 'number') {
      changes.push({ atMs, apply: () => activity.stopInput() })
      changes.push({ atMs: atMs + entry.away * MS_PER_MINUTE, apply: () => activity.resumeInput() })
    } else if ('lock' in entry && typeof entry.lock === 'number') {
      changes.push({ atMs, apply: () => engine.lock() })
      changes.push({ atMs: atMs + entry.lock * MS_PER_MINUTE, apply: () => engine.unlock() })
    }
  }
  changes.sort((a, b) => a.atMs - b.atMs)

  let waitingSeconds = 0
  for (let nowMs = 0; nowMs <= DAY_MINUTES * MS_PER_MINUTE; nowMs += STEP_MS) {
    clock.advanceTo(nowMs)
    while (changes[0] && changes[0].atMs <= nowMs) changes.shift()?.apply()
    // Let probe answers land before the next second.
    await new Promise<void>((resolve) => setImmediate(resolve))
    if (engine.getState().phase === 'waiting') waitingSeconds += STEP_MS / 1000
  }
  const activeHours = engine.countedActiveMs / (60 * MS_PER_MINUTE)
  stop()
  engine.dispose()

  const perHour = (count: number): number => count / activeHours
  const wakeups = clock.timerCallbacks + activity.samples
  return {
    label,
    activeHours: round(activeHours, 2),
    timerCallbacks: clock.timerCallbacks,
    idleSamples: activity.samples,
    probeLooks,
    wakeupsPerActiveHour: round(perHour(wakeups)),
    probeLooksPerActiveHour: round(perHour(probeLooks)),
    wakeupsAndLooksPerActiveHour: round(perHour(wakeups + probeLooks)),
    budgetPerActiveHour: WAKEUP_BUDGET_PER_ACTIVE_HOUR,
    withinBudget: perHour(wakeups) <= WAKEUP_BUDGET_PER_ACTIVE_HOUR,
    ratioVsOneHertz: round(perHour(wakeups) / ONE_HERTZ_PER_HOUR, 4),
    breaks,
    waitingMinutes: round(waitingSeconds / 60)
  }
}

/** The office day with probes off (baseline), on with no call, and on with a 70-minute call over a due break. */
export async function measureBusyProbes(): Promise<BusyProbeDayResult[]> {
  return [
    await simulateDayWithProbes('office day, probes off (baseline)', null),
    await simulateDayWithProbes('office day, probes on, no call', []),
    await simulateDayWithProbes('office day, probes on, a call from 09:55 to 11:05 (a break waits)', [{ fromMinute: 85, toMinute: 155 }])
  ]
}
