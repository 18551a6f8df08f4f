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

export const scriptActionKinds = ['away', 'lock', 'suspend', 'clockJump', 'pause'] as const
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
    pause: positiveMinutes.optional()
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

const responsesSchema = z
  .object({
    break: z.array(breakResponseSchema).optional(),
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
  })
  .transform((scenario) => ({
    startWallMs: scenario.start,
    timeZone: scenario.timezone ?? 'UTC',
    minutes: scenario.minutes,
    settings: scenario.settings,
    script: scenario.script ?? [],
    responses: { break: scenario.responses?.break ?? [], posture: scenario.responses?.posture ?? [] }
  }))

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
  return `${formatPath(first.path)}: ${describeIssue(first)}${more}`.replace(/\s*\n\s*/g, ' ')
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
  const message = issue.message.replace(/^Invalid input: /, '')
  const missing = /^expected (\w+), received undefined$/.exec(message)
  if (missing) return `required (${missing[1] ?? 'a value'})`
  return message
}
