import { createReminderEngine, type ReminderEngine } from '../../src/core/engine/engine'
import type { EngineEvent } from '../../src/shared/engine-state'
import { applySettingsPatch, defaultSettings, settingsSchema, type Settings, type SettingsPatch } from '../../src/shared/settings'
import { ScriptedActivity } from '../../src/core/simulator/scripted-activity'
import { ScriptedClock } from '../../src/core/simulator/scripted-clock'

export const MINUTE_MS = 60_000

/** Friday 2026-03-06 16:00 in New York (21:00 UTC): the DESIGN example's start. */
export const DESIGN_START_WALL_MS = Date.parse('2026-03-06T16:00:00-05:00')

export interface HarnessOptions {
  settings?: SettingsPatch
  startWallMs?: number
  timeZone?: string
}

export interface Harness {
  clock: ScriptedClock
  activity: ScriptedActivity
  engine: ReminderEngine
  settings: Settings
  events: EngineEvent[]
  /** Moves to this many minutes after the start, firing timers on the way. */
  at(minutes: number): void
  /** Minutes (from the start) of the events of one kind. */
  minutesOf(kind: EngineEvent['kind']): number[]
  ofKind<K extends EngineEvent['kind']>(kind: K): Extract<EngineEvent, { kind: K }>[]
  /** Reminders the user saw: posture, breakWarning, break. */
  shown(): EngineEvent[]
}

export function settingsWith(patch: SettingsPatch = {}): Settings {
  return settingsSchema.parse(applySettingsPatch(defaultSettings, patch))
}

/** A running engine on a fake clock and a fake idle source, recording every event. */
export function createHarness(options: HarnessOptions = {}): Harness {
  const clock = new ScriptedClock(options.startWallMs ?? DESIGN_START_WALL_MS)
  const activity = new ScriptedActivity(clock)
  const events: EngineEvent[] = []
  const settings = settingsWith(options.settings)
  const engine = createReminderEngine({
    clock,
    activity,
    settings,
    sink: (event) => events.push(event),
    timeZone: options.timeZone ?? 'UTC'
  })
  const ofKind = <K extends EngineEvent['kind']>(kind: K): Extract<EngineEvent, { kind: K }>[] =>
    events.filter((event): event is Extract<EngineEvent, { kind: K }> => event.kind === kind)
  return {
    clock,
    activity,
    engine,
    settings,
    events,
    at: (minutes) => clock.advanceTo(minutes * MINUTE_MS),
    minutesOf: (kind) => ofKind(kind).map((event) => round(event.monotonicMs / MINUTE_MS)),
    ofKind,
    shown: () => events.filter((e) => e.kind === 'posture' || e.kind === 'breakWarning' || e.kind === 'break')
  }
}

function round(minutes: number): number {
  return Math.round(minutes * 1e6) / 1e6
}
