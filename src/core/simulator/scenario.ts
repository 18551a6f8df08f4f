import { DateTime } from 'luxon'
import { z } from 'zod'
import { breakResponseSchema, postureResponseSchema } from '../../shared/engine-state'
import { applySettingsPatch, defaultSettings, settingsPatchSchema, settingsSchema } from '../../shared/settings'
import { isValidTimeZone } from '../engine/working-hours'

/**
 * The simulator's input (DESIGN.md §3). Strict everywhere: an unknown field is an error, so a typo
 * in a bug report's scenario is reported instead of silently changing nothing.
 */

/** A year of simulated time is plenty and keeps a typo (600000) from running for minutes. */
export const MAX_SCENARIO_MINUTES = 366 * 24 * 60

/** Thrown for input the simulator cannot run; the message is one line naming the problem. */
export class ScenarioError extends Error {
  override name = 'ScenarioError'
}

const OFFSET_AT_END = /(Z|[+-]\d{2}:?\d{2})$/i

const startSchema = z
  .string()
  .refine((text) => OFFSET_AT_END.test(text) && DateTime.fromISO(text, { setZone: true }).isValid, {
    message: 'expected an ISO 8601 date-time with an offset, e.g. "2026-03-06T16:00:00-05:00"'
  })
  .transform((text) => DateTime.fromISO(text, { setZone: true }).toMillis())

const timezoneSchema = z
  .string()
  .refine(isValidTimeZone, { message: 'unknown IANA time zone (e.g. "America/New_York", "UTC")' })

const positiveMinutes = z.number().positive()

export const scriptActionKinds = ['away', 'lock', 'suspend', 'clockJump', 'pause', 'restart'] as const
export type ScriptActionKind = (typeof scriptActionKinds)[number]

const scriptEntrySchema = z
  .object({
    /** minutes of monotonic time from the start */
    at: z.number().min(0),
    /** minutes without keyboard or mouse input */
    away: positiveMinutes.optional(),
    lock: positiveMinutes.optional(),
    suspend: positiveMinutes.optional(),
    /** shifts the wall clock by this many minutes (negative: back) */
    clockJump: z
      .number()
      .refine((minutes) => minutes !== 0, { message: 'a clock jump of 0 minutes does nothing' })
      .optional(),
    pause: positiveMinutes.optional(),
    /** the app quits here and starts again this many minutes later (DESIGN.md §3 "Restart") */
    restart: positiveMinutes.optional()
  })
  .strict()
  .refine((entry) => scriptActionKinds.filter((kind) => entry[kind] !== undefined).length === 1, {
    message: `expected exactly one of ${scriptActionKinds.join(', ')}`,
    // An unknown field ("nap") is the one problem worth reporting, not also "no action".
    when: (payload) => payload.issues.length === 0
  })
  .transform((entry) => {
    // The refinement guarantees exactly one action; the fallbacks only satisfy the type checker.
    const kind = scriptActionKinds.find((candidate) => entry[candidate] !== undefined) ?? 'away'
    return { atMinutes: entry.at, kind, minutes: entry[kind] ?? 0 }
  })

/** What the user does with a break warning: `postpone` (its notification's button) or `wait` for the break. */
export const warningResponseSchema = z.enum(['wait', 'postpone'])
export type WarningResponse = z.infer<typeof warningResponseSchema>

const responsesSchema = z
  .object({
    break: z.array(breakResponseSchema).optional(),
    breakWarning: z.array(warningResponseSchema).optional(),
    posture: z.array(postureResponseSchema).optional()
  })
  .strict()

export const scenarioSchema = z
  .object({
    start: startSchema,
    timezone: timezoneSchema.optional(),
    minutes: z.number().positive().max(MAX_SCENARIO_MINUTES),
    settings: settingsPatchSchema
      .optional()
      .transform((patch) => applySettingsPatch(defaultSettings, patch ?? {}))
      .pipe(settingsSchema),
    script: z.array(scriptEntrySchema).optional(),
    responses: responsesSchema.optional()
  })
  .strict()
  .superRefine((scenario, ctx) => {
    scenario.script?.forEach((entry, index) => {
      if (entry.atMinutes > scenario.minutes) {
        ctx.addIssue({
          code: 'custom',
          path: ['script', index, 'at'],
          message: `after the end of the scenario (minutes: ${scenario.minutes})`
        })
      }
    })
    const outside = wallRangeProblem(scenario.start, scenario.minutes, scenario.script ?? [])
    if (outside) ctx.addIssue({ code: 'custom', path: outside.path, message: outside.message })
    const overlap = restartOverlap(scenario.script ?? [])
    if (overlap) ctx.addIssue({ code: 'custom', path: overlap.path, message: overlap.message })
  })
  .transform((scenario) => ({
    startWallMs: scenario.start,
    timeZone: scenario.timezone ?? 'UTC',
    minutes: scenario.minutes,
    settings: scenario.settings,
    script: scenario.script ?? [],
    responses: {
      break: scenario.responses?.break ?? [],
      breakWarning: scenario.responses?.breakWarning ?? [],
      posture: scenario.responses?.posture ?? []
    }
  }))

/** Epoch milliseconds a Date (and so a wall time in the output) can hold. */
export const MAX_WALL_MS = 8.64e15

interface ScriptEntryShape {
  atMinutes: number
  kind: ScriptActionKind
  minutes: number
}

/**
 * Every wall time the run can reach must be a date: the start, the end and any moment after a
 * clock jump (the wall clock moves with monotonic time plus the jumps so far).
 */
function wallRangeProblem(
  startWallMs: number,
  minutes: number,
  script: readonly ScriptEntryShape[]
): { path: (string | number)[]; message: string } | null {
  const inRange = (wallMs: number): boolean => Number.isFinite(wallMs) && Math.abs(wallMs) <= MAX_WALL_MS
  const endMs = minutes * 60_000
  if (!inRange(startWallMs) || !inRange(startWallMs + endMs)) {
    return { path: ['start'], message: 'the run would reach a time outside the dates a computer clock can show' }
  }
  const jumps = script
    .map((entry, index) => ({ entry, index }))
    .filter(({ entry }) => entry.kind === 'clockJump')
    .sort((a, b) => a.entry.atMinutes - b.entry.atMinutes || a.index - b.index)
  let shiftMs = 0
  for (const { entry, index } of jumps) {
    shiftMs += entry.minutes * 60_000
    const fromMs = startWallMs + entry.atMinutes * 60_000 + shiftMs
    if (!inRange(fromMs) || !inRange(startWallMs + endMs + shiftMs)) {
      return { path: ['script', index, 'clockJump'], message: 'moves the clock outside the dates a computer clock can show' }
    }
  }
  return null
}

/** The app is not running during a restart's downtime: nothing else can start then. */
function restartOverlap(script: readonly ScriptEntryShape[]): { path: (string | number)[]; message: string } | null {
  const downtimes = script.filter((entry) => entry.kind === 'restart')
  for (const [index, entry] of script.entries()) {
    if (entry.kind !== 'pause' && entry.kind !== 'restart') continue
    const during = downtimes.find(
      (down) => down !== entry && entry.atMinutes >= down.atMinutes && entry.atMinutes < down.atMinutes + down.minutes
    )
    if (during) {
      return {
        path: ['script', index, 'at'],
        message: `the app is not running then (restart at minute ${during.atMinutes} for ${during.minutes} min)`
      }
    }
  }
  return null
}

/** What the JSON file holds. */
export type ScenarioInput = z.input<typeof scenarioSchema>
/** A validated scenario, ready for `simulate`. */
export type Scenario = z.output<typeof scenarioSchema>
export type ScriptAction = Scenario['script'][number]

/** Validates raw JSON; throws ScenarioError with one line such as `scenario.script[2].away: expected number, received string`. */
export function parseScenario(raw: unknown): Scenario {
  const result = scenarioSchema.safeParse(raw)
  if (result.success) return result.data
  throw new ScenarioError(describeScenarioIssues(result.error.issues))
}

export function describeScenarioIssues(issues: readonly z.core.$ZodIssue[]): string {
  const [first] = issues
  if (!first) return 'scenario: invalid'
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more problem${issues.length > 2 ? 's' : ''})` : ''
  return `${formatPath(first.path)}: ${describeIssue(first)}${more}`
}

function formatPath(path: readonly PropertyKey[]): string {
  let text = 'scenario'
  for (const key of path) text += typeof key === 'number' ? `[${key}]` : `.${String(key)}`
  return text
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') {
    const names = issue.keys.map((key) => `"${key}"`).join(', ')
    return issue.keys.length === 1 ? `unknown field ${names}` : `unknown fields ${names}`
  }
  // Zod's own wording may wrap; input text (a field name above) is kept as it is, for the CLI to escape.
  const message = issue.message.replace(/^Invalid input: /, '').replace(/\s*\n\s*/g, ' ')
  const missing = /^expected (\w+), received undefined$/.exec(message)
  if (missing) return `required (${missing[1] ?? 'a value'})`
  return message
}
