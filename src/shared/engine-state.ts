import { z } from 'zod'
import { durationSecondsSchema, epochMsSchema, wallMsSchema } from './bounds'
import { breakLevelSchema } from './settings'

/**
 * What leaves the reminder engine: the events it emits and the snapshot it reports. The tray,
 * IPC and renderer take their types from here (z.infer), so everything is plain JSON.
 */

export const enginePhaseSchema = z.enum([
  /** counting active time, nothing pending */
  'active',
  /** no input for idle.thresholdSeconds, screen locked or system suspended */
  'away',
  'paused',
  'outside-hours',
  /** a break warning was shown; the break is pending */
  'warning',
  /** a break window is showing */
  'break',
  /** a break is due but waits until the user is no longer busy (fullscreen app, meeting) */
  'waiting',
  /** posture cues and breaks are both turned off */
  'disabled'
])
export type EnginePhase = z.infer<typeof enginePhaseSchema>

export const breakResponseSchema = z.enum(['complete', 'postpone', 'skip'])
export type BreakResponse = z.infer<typeof breakResponseSchema>

export const postureResponseSchema = z.enum(['done', 'ignore'])
export type PostureResponse = z.infer<typeof postureResponseSchema>

/**
 * `missed`: a gentle-level break nobody answered, with input during it (DESIGN.md §3 "What is
 * recorded is what happened"); counts restart as after a skip.
 */
export const breakOutcomeSchema = z.enum(['completed', 'skipped', 'postponed', 'missed'])
export type BreakOutcome = z.infer<typeof breakOutcomeSchema>

/** 30 min / 1 h come as minutes, "until tomorrow" as a wall time the app computes, or until resumed. */
export const pauseRequestSchema = z.union([
  z.object({ minutes: z.number().positive().max(7 * 24 * 60) }).strict(),
  z.object({ untilWallMs: epochMsSchema }).strict(),
  z.literal('indefinite')
])
export type PauseRequest = z.infer<typeof pauseRequestSchema>

const seconds = durationSecondsSchema
const wallMs = wallMsSchema

/**
 * Every event carries when it happened: `wallMs` (epoch, for history and display) and
 * `monotonicMs` (the engine clock's reading, process-relative; for ordering and the simulator).
 */
const stamp = { wallMs, monotonicMs: z.number() }

export const engineEventSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('posture'),
    ...stamp,
    /** shown without sound or banner because the user is busy (interruptions.silenceCuesWhenBusy) */
    silent: z.boolean(),
    /** asked for from the tray ("posture check now") rather than due */
    manual: z.boolean()
  }),
  z.object({
    kind: z.literal('postureResponse'),
    ...stamp,
    response: postureResponseSchema
  }),
  z.object({
    kind: z.literal('breakWarning'),
    ...stamp,
    dueInSeconds: seconds,
    silent: z.boolean()
  }),
  z.object({
    kind: z.literal('break'),
    ...stamp,
    /** how many postpones are offered now (0 in strict level and for breaks the user started) */
    postponesLeft: z.number().int().nonnegative(),
    canSkip: z.boolean(),
    canPostpone: z.boolean(),
    /** skips left today under break.maxSkipsPerDay; null without a limit (and for breaks the user started) */
    skipsLeft: z.number().int().nonnegative().nullable(),
    durationSeconds: seconds,
    /** gentle = notification only; the app decides presentation, the timing is the same */
    level: breakLevelSchema,
    manual: z.boolean()
  }),
  z.object({
    kind: z.literal('breakEnded'),
    ...stamp,
    outcome: breakOutcomeSchema,
    /** the break's length as planned when it fell due */
    plannedSeconds: seconds,
    takenSeconds: seconds,
    /** postponed from its warning, before any window showed (takenSeconds 0) */
    fromWarning: z.boolean(),
    /** the break count: active minutes since the last break ended (kept across a restart) */
    activeMinutesBefore: z.number().nonnegative()
  }),
  z.object({
    kind: z.literal('natural'),
    ...stamp,
    awayMinutes: z.number().nonnegative(),
    /** the break count when the absence began (kept across a restart) */
    activeMinutesBefore: z.number().nonnegative()
  }),
  z.object({
    /** today's active time reached dailyLimit.minutes, or a further remindMinutes since (DESIGN.md §3) */
    kind: z.literal('dailyLimit'),
    ...stamp,
    /** today's active minutes (local day), whole minutes */
    activeMinutes: z.number().int().nonnegative(),
    limitMinutes: z.number().int().nonnegative(),
    /** shown without sound or banner because the user is busy */
    silent: z.boolean()
  }),
  z.object({
    kind: z.literal('paused'),
    ...stamp,
    /** null: until resumed */
    untilWallMs: wallMs.nullable()
  }),
  z.object({
    kind: z.literal('resumed'),
    ...stamp
  }),
  z.object({
    kind: z.literal('stateChanged'),
    ...stamp,
    phase: enginePhaseSchema
  })
])
export type EngineEvent = z.infer<typeof engineEventSchema>
export type EngineEventKind = EngineEvent['kind']

/** A snapshot for the tray, the IPC `state` channel and the renderer. JSON-serializable. */
export const engineStateSchema = z.object({
  phase: enginePhaseSchema,
  /** when this snapshot was taken */
  nowWallMs: wallMs,
  /** active seconds until the next break is due; null when breaks are off or not counting */
  nextBreakInSeconds: seconds.nullable(),
  /** wall time of the next break if the user stays active; null unless time is being counted */
  nextBreakAtWallMs: wallMs.nullable(),
  /** the next break is a clock slot (break.schedule "clock"): it comes at nextBreakAtWallMs by the clock, if the user has worked break.minActiveMinutes by then */
  nextBreakBySlot: z.boolean(),
  /** active seconds until the next posture cue; null when cues are off, not counting, or held back by a pending break */
  nextPostureInSeconds: seconds.nullable(),
  /** for the showing break, or else the next scheduled one */
  postponesLeft: z.number().int().nonnegative(),
  canSkip: z.boolean(),
  canPostpone: z.boolean(),
  /** skips left today under break.maxSkipsPerDay; null without a limit */
  skipsLeft: z.number().int().nonnegative().nullable(),
  /** when the showing break started (engine wall time); a reloaded break window resumes its routine from it */
  breakStartedAtWallMs: wallMs.nullable(),
  breakEndsAtWallMs: wallMs.nullable(),
  paused: z.boolean(),
  /** null when paused until resumed (or not paused) */
  pausedUntilWallMs: wallMs.nullable(),
  readingUntilWallMs: wallMs.nullable(),
  busy: z.boolean(),
  /** today's active minutes (local day), for the daily limit */
  activeMinutesToday: z.number().nonnegative()
})
export type EngineState = z.infer<typeof engineStateSchema>
