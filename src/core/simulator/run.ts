import { z } from 'zod'
import {
  breakResponseSchema,
  postureResponseSchema,
  type BreakResponse,
  type EngineEvent
} from '../../shared/engine-state'
import type { EngineSnapshot } from '../../shared/engine-snapshot'
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
  z
    .object({
      minute: z.number(),
      wall: z.string(),
      kind: z.literal('breakWarning'),
      /** only when the warning was answered with its Postpone button */
      response: z.literal('postpone').optional()
    })
    .strict(),
  z
    .object({
      minute: z.number(),
      wall: z.string(),
      kind: z.literal('break'),
      response: breakResponseSchema,
      postponesLeft: z.number().int().nonnegative(),
      /** only when break.maxSkipsPerDay > 0: skips left today, before this response */
      skipsLeft: z.number().int().nonnegative().optional()
    })
    .strict(),
  z
    .object({
      minute: z.number(),
      wall: z.string(),
      kind: z.literal('dailyLimit'),
      /** today's active minutes (local day), whole minutes */
      activeMinutes: z.number().int().nonnegative()
    })
    .strict()
])
export type SimEvent = z.infer<typeof simEventSchema>
export type SimEventKind = SimEvent['kind']

/** Events at the same minute are listed in this order. */
export const simKindOrder: readonly SimEventKind[] = ['natural', 'posture', 'dailyLimit', 'breakWarning', 'break']

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

/**
 * The running app as the script sees it: the engine, or none while a `restart` has it down.
 * Locks and suspends are counted even then, so an engine that starts inside one is told.
 */
interface Session {
  engine: ReminderEngine | null
  clock: ScriptedClock
  activity: ScriptedActivity
  depth: { lock: number; suspend: number }
  /** saved by the engine that quit, for the one that starts */
  saved: EngineSnapshot | null
  start(restore: EngineSnapshot | null): void
  /** active minutes counted by engines that have quit */
  activeMinutesBefore: number
}

interface TimedAction {
  atMs: number
  /** ends before starts at the same minute, then script order */
  rank: number
  order: number
  apply: (session: Session) => void
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
  const next = {
    break: answers(scenario.responses.break, 'complete'),
    breakWarning: answers(scenario.responses.breakWarning, 'wait'),
    posture: answers(scenario.responses.posture, 'done')
  }

  const at = (event: EngineEvent): { minute: number; wall: string } => ({
    minute: roundMinutes(event.monotonicMs / MS_PER_MINUTE),
    wall: formatWall(event.wallMs, scenario.timeZone)
  })

  const session: Session = {
    engine: null,
    clock,
    activity,
    depth: { lock: 0, suspend: 0 },
    saved: null,
    activeMinutesBefore: 0,
    start(restore) {
      this.engine = createReminderEngine({
        clock,
        activity,
        settings: scenario.settings,
        sink: onEvent,
        timeZone: scenario.timeZone,
        restore,
        // A lock or suspend still on when the app starts again keeps the user away until it ends.
        startLocked: this.depth.lock > 0 || this.depth.suspend > 0
      })
    }
  }

  function onEvent(event: EngineEvent): void {
    switch (event.kind) {
      case 'posture': {
        events.push({ ...at(event), kind: 'posture', response: next.posture().response })
        return
      }
      case 'breakWarning': {
        const { response, index } = next.breakWarning()
        const when = at(event)
        if (response === 'postpone') {
          const offered = session.engine?.getState().canPostpone ?? false
          if (!offered) {
            throw new ScenarioError(
              `scenario.responses.breakWarning[${index}]: "postpone" is not offered at minute ${when.minute} (${scenario.settings.break.level === 'strict' ? 'not offered in strict level' : 'no postpones left'})`
            )
          }
          events.push({ ...when, kind: 'breakWarning', response })
          session.engine?.postponeFromWarning()
          return
        }
        events.push({ ...when, kind: 'breakWarning' })
        return
      }
      case 'natural':
        events.push({ ...at(event), kind: 'natural', awayMinutes: roundMinutes(event.awayMinutes) })
        return
      case 'break': {
        const { response, index } = next.break()
        const when = at(event)
        const refusal = refusalReason(response, event)
        if (refusal !== null) {
          throw new ScenarioError(
            `scenario.responses.break[${index}]: "${response}" is not offered at minute ${when.minute} (${refusal})`
          )
        }
        events.push({
          ...when,
          kind: 'break',
          response,
          postponesLeft: event.postponesLeft,
          ...(event.skipsLeft === null ? {} : { skipsLeft: event.skipsLeft })
        })
        // The simulated user answers every break, so a gentle one counts as taken (never missed).
        session.engine?.respondToBreak(response)
        return
      }
      case 'dailyLimit':
        events.push({ ...at(event), kind: 'dailyLimit', activeMinutes: event.activeMinutes })
        return
      default:
        return
    }
  }

  session.start(null)
  const endMs = scenario.minutes * MS_PER_MINUTE
  for (const action of timeline(scenario.script, options.inputHints ?? true)) {
    if (action.atMs > endMs) break
    clock.advanceTo(action.atMs)
    action.apply(session)
  }
  clock.advanceTo(endMs)
  const activeMinutes = session.activeMinutesBefore + (session.engine?.countedActiveMs ?? 0) / MS_PER_MINUTE
  session.engine?.dispose()

  return {
    events: sortSimEvents(events),
    timerCallbacks: clock.timerCallbacks,
    idleSamples: activity.samples,
    activeMinutes
  }
}

/** Scripted answers in order, then the default; each with its index for error lines. */
function answers<T extends string>(list: readonly T[], fallback: T): () => { response: T; index: number } {
  let index = 0
  return () => {
    const current = index
    index += 1
    return { response: list[current] ?? fallback, index: current }
  }
}

function refusalReason(response: BreakResponse, offer: Extract<EngineEvent, { kind: 'break' }>): string | null {
  if (response === 'complete') return null
  if (offer.level === 'strict') return 'not offered in strict level'
  if (response === 'postpone' && !offer.canPostpone) return 'no postpones left'
  if (response === 'skip' && offer.skipsLeft === 0) return 'no skips left today'
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
  const add = (atMinutes: number, rank: number, apply: TimedAction['apply']): void => {
    actions.push({ atMs: atMinutes * MS_PER_MINUTE, rank, order: actions.length, apply })
  }
  const START = 1
  const END = 0
  const absences = mergeSpans(script.filter((action) => action.kind === 'away').map(toSpan))
  for (const absence of absences) {
    add(absence.startMs / MS_PER_MINUTE, START, ({ activity }) => activity.stopInput())
    add(absence.endMs / MS_PER_MINUTE, END, ({ activity, engine }) => {
      activity.resumeInput()
      if (inputHints) engine?.noticeInput()
    })
  }
  for (const [index, action] of script.entries()) {
    const endMinutes = action.atMinutes + action.minutes
    switch (action.kind) {
      case 'away':
        break
      case 'lock':
        add(action.atMinutes, START, ({ depth, engine }) => {
          if (depth.lock++ === 0) engine?.lock()
        })
        add(endMinutes, END, ({ depth, engine }) => {
          if (--depth.lock === 0) engine?.unlock()
        })
        break
      case 'suspend':
        add(action.atMinutes, START, ({ depth, engine }) => {
          if (depth.suspend++ === 0) engine?.suspend()
        })
        add(endMinutes, END, ({ depth, engine }) => {
          if (--depth.suspend === 0) engine?.resumeFromSuspend()
          // An engine started during the sleep was told "locked": waking is the user's return.
          if (depth.suspend === 0 && depth.lock === 0) engine?.unlock()
        })
        break
      case 'clockJump':
        add(action.atMinutes, START, ({ clock, engine }) => {
          clock.jumpWall(action.minutes * MS_PER_MINUTE)
          // The simulator knows its jumps, so the engine hears of them at once (DESIGN.md §3).
          engine?.wallClockChanged()
        })
        break
      case 'pause':
        add(action.atMinutes, START, ({ engine }) => engine?.pause({ minutes: action.minutes }))
        break
      case 'restart':
        add(action.atMinutes, START, (session) => {
          const engine = session.engine
          if (!engine) return
          if (engine.getState().phase === 'break') {
            throw new ScenarioError(
              `scenario.script[${index}].restart: begins at minute ${action.atMinutes} while a break is showing`
            )
          }
          session.saved = engine.prepareForQuit()
          session.activeMinutesBefore += engine.countedActiveMs / MS_PER_MINUTE
          engine.dispose()
          session.engine = null
        })
        add(endMinutes, END, (session) => {
          session.start(session.saved)
        })
        break
    }
  }
  return actions.sort((a, b) => a.atMs - b.atMs || a.rank - b.rank || a.order - b.order)
}

/** By minute; at the same minute natural, posture, dailyLimit, breakWarning, break; otherwise as emitted. */
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
