import { z } from 'zod'
import {
  breakResponseSchema,
  postureResponseSchema,
  type BreakResponse,
  type EngineEvent
} from '../../shared/engine-state'
import { createReminderEngine, type ReminderEngine } from '../engine/engine'
import { MS_PER_MINUTE } from '../engine/reminder-settings'
import { formatWall, roundMinutes } from './format'
import { ScenarioError, type Scenario, type ScriptAction } from './scenario'
import { mergeSpans, ScriptedActivity, type NoInputSpan } from './scripted-activity'
import { ScriptedClock } from './scripted-clock'

/** One line of the simulator's output (DESIGN.md §3). */
export const simEventSchema = z.discriminatedUnion('kind', [
  z.object({ minute: z.number(), wall: z.string(), kind: z.literal('natural'), awayMinutes: z.number() }).strict(),
  z.object({ minute: z.number(), wall: z.string(), kind: z.literal('posture'), response: postureResponseSchema }).strict(),
  z.object({ minute: z.number(), wall: z.string(), kind: z.literal('breakWarning') }).strict(),
  z
    .object({
      minute: z.number(),
      wall: z.string(),
      kind: z.literal('break'),
      response: breakResponseSchema,
      postponesLeft: z.number().int().nonnegative()
    })
    .strict()
])
export type SimEvent = z.infer<typeof simEventSchema>
export type SimEventKind = SimEvent['kind']

/** Events at the same minute are listed in this order. */
export const simKindOrder: readonly SimEventKind[] = ['natural', 'posture', 'breakWarning', 'break']

export interface SimulationOptions {
  /**
   * When a scripted absence ends, tell the engine at once (engine.noticeInput()), as the app does
   * when it sees the user; the return then lands on the exact minute. Off, the engine finds the
   * return by its own idle sampling (a few seconds later), which is what the bench measures.
   * Default true.
   */
  inputHints?: boolean
}

export interface SimulationResult {
  events: SimEvent[]
  /** engine wakeups by timer */
  timerCallbacks: number
  /** idle-time samples (inside timer callbacks or pushed events) */
  idleSamples: number
  /** active minutes as the engine counted them */
  activeMinutes: number
}

interface TimedAction {
  atMs: number
  /** ends before starts at the same minute, then script order */
  rank: number
  order: number
  apply: (engine: ReminderEngine, clock: ScriptedClock, activity: ScriptedActivity) => void
}

/**
 * Runs a validated scenario through the real engine on a scripted clock and returns what the user
 * would have seen. Script entries at a minute take effect after anything the engine had due at
 * that same minute; events at the very end (`minutes`) are included; a break still showing at the
 * end is listed (events are listed when they happen). Throws ScenarioError when a scripted
 * response is not offered at that moment.
 */
export function simulate(scenario: Scenario): SimEvent[] {
  return runSimulation(scenario).events
}

export function runSimulation(scenario: Scenario, options: SimulationOptions = {}): SimulationResult {
  const clock = new ScriptedClock(scenario.startWallMs)
  const activity = new ScriptedActivity(clock)
  const events: SimEvent[] = []
  const breakResponses = [...scenario.responses.break]
  const postureResponses = [...scenario.responses.posture]
  let breakIndex = 0
  let postureIndex = 0
  let engineRef: ReminderEngine | null = null

  const at = (event: EngineEvent): { minute: number; wall: string } => ({
    minute: roundMinutes(event.monotonicMs / MS_PER_MINUTE),
    wall: formatWall(event.wallMs, scenario.timeZone)
  })

  const onEvent = (event: EngineEvent): void => {
    switch (event.kind) {
      case 'posture': {
        const response = postureResponses[postureIndex] ?? 'done'
        postureIndex += 1
        events.push({ ...at(event), kind: 'posture', response })
        return
      }
      case 'breakWarning':
        events.push({ ...at(event), kind: 'breakWarning' })
        return
      case 'natural':
        events.push({ ...at(event), kind: 'natural', awayMinutes: roundMinutes(event.awayMinutes) })
        return
      case 'break': {
        const index = breakIndex
        const response = breakResponses[index] ?? 'complete'
        breakIndex += 1
        const when = at(event)
        const refusal = refusalReason(response, event)
        if (refusal !== null) {
          throw new ScenarioError(
            `scenario.responses.break[${index}]: "${response}" is not offered at minute ${when.minute} (${refusal})`
          )
        }
        events.push({ ...when, kind: 'break', response, postponesLeft: event.postponesLeft })
        if (response !== 'complete') engineRef?.respondToBreak(response)
        return
      }
      default:
        return
    }
  }

  const engine = createReminderEngine({
    clock,
    activity,
    settings: scenario.settings,
    sink: onEvent,
    timeZone: scenario.timeZone
  })
  engineRef = engine

  const endMs = scenario.minutes * MS_PER_MINUTE
  for (const action of timeline(scenario.script, options.inputHints ?? true)) {
    if (action.atMs > endMs) break
    clock.advanceTo(action.atMs)
    action.apply(engine, clock, activity)
  }
  clock.advanceTo(endMs)
  const activeMinutes = engine.countedActiveMs / MS_PER_MINUTE
  engine.dispose()

  return {
    events: sortSimEvents(events),
    timerCallbacks: clock.timerCallbacks,
    idleSamples: activity.samples,
    activeMinutes
  }
}

function refusalReason(response: BreakResponse, offer: Extract<EngineEvent, { kind: 'break' }>): string | null {
  if (response === 'complete') return null
  if (offer.level === 'strict') return 'not offered in strict level'
  if (response === 'postpone' && !offer.canPostpone) return 'no postpones left'
  if (response === 'skip' && !offer.canSkip) return 'skip is not offered'
  return null
}

function toSpan(action: ScriptAction): NoInputSpan {
  const startMs = action.atMinutes * MS_PER_MINUTE
  return { startMs, endMs: startMs + action.minutes * MS_PER_MINUTE }
}

/**
 * Script entries as engine calls in time order. Overlapping locks (or suspends) nest: the screen
 * is unlocked when the last one ends.
 */
function timeline(script: readonly ScriptAction[], inputHints: boolean): TimedAction[] {
  const actions: TimedAction[] = []
  const depth = { lock: 0, suspend: 0 }
  const add = (atMinutes: number, rank: number, apply: TimedAction['apply']): void => {
    actions.push({ atMs: atMinutes * MS_PER_MINUTE, rank, order: actions.length, apply })
  }
  const START = 1
  const END = 0
  const absences = mergeSpans(script.filter((action) => action.kind === 'away').map(toSpan))
  for (const absence of absences) {
    add(absence.startMs / MS_PER_MINUTE, START, (_engine, _clock, activity) => activity.stopInput())
    add(absence.endMs / MS_PER_MINUTE, END, (engine, _clock, activity) => {
      activity.resumeInput()
      if (inputHints) engine.noticeInput()
    })
  }
  for (const action of script) {
    const endMinutes = action.atMinutes + action.minutes
    switch (action.kind) {
      case 'away':
        break
      case 'lock':
        add(action.atMinutes, START, (engine) => {
          if (depth.lock++ === 0) engine.lock()
        })
        add(endMinutes, END, (engine) => {
          if (--depth.lock === 0) engine.unlock()
        })
        break
      case 'suspend':
        add(action.atMinutes, START, (engine) => {
          if (depth.suspend++ === 0) engine.suspend()
        })
        add(endMinutes, END, (engine) => {
          if (--depth.suspend === 0) engine.resumeFromSuspend()
        })
        break
      case 'clockJump':
        add(action.atMinutes, START, (_engine, clock) => clock.jumpWall(action.minutes * MS_PER_MINUTE))
        break
      case 'pause':
        add(action.atMinutes, START, (engine) => engine.pause({ minutes: action.minutes }))
        break
    }
  }
  return actions.sort((a, b) => a.atMs - b.atMs || a.rank - b.rank || a.order - b.order)
}

/** By minute; at the same minute natural, posture, breakWarning, break; otherwise as emitted. */
export function sortSimEvents(events: readonly SimEvent[]): SimEvent[] {
  return events
    .map((event, index) => ({ event, index }))
    .sort(
      (a, b) =>
        a.event.minute - b.event.minute ||
        simKindOrder.indexOf(a.event.kind) - simKindOrder.indexOf(b.event.kind) ||
        a.index - b.index
    )
    .map(({ event }) => event)
}
