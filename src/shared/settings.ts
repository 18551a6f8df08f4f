import { z } from 'zod'
import { languageSettingSchema } from './i18n/languages'
import { message, messageSchema, type Message, type MessageKey } from './message'
import { defaultPostureWatchSettings, postureWatchSettingsSchema } from './posture-watch'

/**
 * The one definition of Upright's settings: the engine, the simulator, the store, the
 * IPC contract and the preferences page all take their types from here (z.infer).
 * Bounds keep a hand-edited file or a bad IPC payload from producing a schedule that
 * makes no sense (a 0-minute interval would fire continuously).
 */

const clockTimePattern = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/

/**
 * A refinement's words for the person at the field: the English `message` stays for logs and
 * the CLI; `params.i18n` is the catalog message Preferences shows (validation-message.ts).
 */
function i18nParams(key: MessageKey, values?: Record<string, string | number>): { i18n: Message } {
  return { i18n: message(key, values) }
}

/** The catalog message a settings issue carries, if it is one of the rules above. */
export function settingsIssueMessage(issue: { code: string; params?: unknown }): Message | null {
  if (issue.params === undefined || typeof issue.params !== 'object' || issue.params === null || !('i18n' in issue.params)) return null
  const parsed = messageSchema.safeParse(issue.params.i18n)
  return parsed.success ? parsed.data : null
}

export const clockTimeSchema = z
  .string()
  // A refinement rather than .regex(): only refinements carry params (the catalog message).
  .refine((time) => clockTimePattern.test(time), { message: 'time must be HH:MM, 00:00 to 24:00', params: i18nParams('messages.settings.timeFormat') })

/** Minutes after midnight of an "HH:MM" string (24:00 → 1440). */
export function clockTimeToMinutes(time: string): number {
  const [hours = '0', minutes = '0'] = time.split(':')
  return Number(hours) * 60 + Number(minutes)
}

export const timeRangeSchema = z
  .object({ start: clockTimeSchema, end: clockTimeSchema })
  .strict()
  .refine((range) => clockTimeToMinutes(range.start) < clockTimeToMinutes(range.end), {
    message: 'a working-hours range must end after it starts',
    params: i18nParams('messages.settings.rangeEndsAfterStart')
  })

export const weekdayKeys = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const
export type WeekdayKey = (typeof weekdayKeys)[number]

const dayRangesSchema = z.array(timeRangeSchema).max(6)

/**
 * A change to a day's hours may not overlap its own ranges: the page must say so rather than
 * keep a schedule the person did not mean. Only changes are checked; a file that already holds
 * overlapping ranges still loads (the engine treats them as their union).
 */
const dayRangesChangeSchema = dayRangesSchema.superRefine((ranges, context) => {
  for (const { index, overlapsIndex } of rangeOverlaps(ranges)) {
    const other = ranges[overlapsIndex]
    context.addIssue({
      code: 'custom',
      path: [index],
      message: `this range overlaps ${other?.start ?? ''}–${other?.end ?? ''}; ranges of one day must not overlap`,
      params: i18nParams('messages.settings.rangeOverlaps', { start: other?.start ?? '', end: other?.end ?? '' })
    })
  }
})

/** Each range (by index) that starts before an earlier-starting range of the same day has ended. */
export function rangeOverlaps(ranges: readonly { start: string; end: string }[]): { index: number; overlapsIndex: number }[] {
  const byStart = ranges.map((range, index) => ({ range, index })).sort((a, b) => clockTimeToMinutes(a.range.start) - clockTimeToMinutes(b.range.start))
  const overlaps: { index: number; overlapsIndex: number }[] = []
  for (let position = 1; position < byStart.length; position += 1) {
    const previous = byStart[position - 1]
    const current = byStart[position]
    if (previous && current && clockTimeToMinutes(current.range.start) < clockTimeToMinutes(previous.range.end)) {
      overlaps.push({ index: current.index, overlapsIndex: previous.index })
    }
  }
  return overlaps
}

export const workingDaysSchema = z
  .object({
    mon: dayRangesSchema,
    tue: dayRangesSchema,
    wed: dayRangesSchema,
    thu: dayRangesSchema,
    fri: dayRangesSchema,
    sat: dayRangesSchema,
    sun: dayRangesSchema
  })
  .strict()

export const breakLevelSchema = z.enum(['gentle', 'normal', 'strict'])
export type BreakLevel = z.infer<typeof breakLevelSchema>

export const postureSettingsSchema = z
  .object({
    enabled: z.boolean(),
    intervalMinutes: z.number().min(1).max(240)
  })
  .strict()

/** `interval`: a break after `intervalMinutes` of active time; `clock`: at minutes past each hour (DESIGN §3). */
export const breakScheduleSchema = z.enum(['interval', 'clock'])
export type BreakSchedule = z.infer<typeof breakScheduleSchema>

/**
 * Minutes past each hour (local wall time) of clock-aligned breaks: each listed once, in
 * ascending order, so a file or a payload says one thing only.
 */
export const clockMinutesSchema = z
  .array(z.int().min(0).max(59))
  .max(60)
  .refine((minutes) => minutes.every((minute, index) => index === 0 || minute > (minutes[index - 1] ?? -1)), {
    message: 'list each minute past the hour once, in ascending order',
    params: i18nParams('messages.settings.clockMinutesOrder')
  })

export const breakSettingsSchema = z
  .object({
    enabled: z.boolean(),
    intervalMinutes: z.number().min(1).max(240),
    durationMinutes: z.number().min(0.25).max(60),
    warningSeconds: z.number().int().min(0).max(600),
    postponeMinutes: z.number().min(1).max(120),
    maxPostpones: z.number().int().min(0).max(10),
    level: breakLevelSchema,
    schedule: breakScheduleSchema,
    clockMinutes: clockMinutesSchema,
    /** a clock slot brings a break only after this much active time since the last break, start, return or resume */
    minActiveMinutes: z.number().min(0).max(120),
    /** after this many skips in a local day, skip is not offered; 0 = no limit */
    maxSkipsPerDay: z.int().min(0).max(50)
  })
  .strict()

/** A reminder when today's active time (local day) reaches `minutes`, then every `remindMinutes`. */
export const dailyLimitSettingsSchema = z
  .object({
    enabled: z.boolean(),
    minutes: z.int().min(1).max(1440),
    remindMinutes: z.int().min(5).max(240)
  })
  .strict()

export const idleSettingsSchema = z
  .object({
    /** below a minute an idle gap is not reliably noticed (settings format 2 raised older values) */
    thresholdSeconds: z.number().int().min(60).max(3600)
  })
  .strict()

export const workingHoursSettingsSchema = z
  .object({
    enabled: z.boolean(),
    days: workingDaysSchema
  })
  .strict()

/** What happens while a fullscreen app or a meeting/do-not-disturb is detected (not simulated). */
export const interruptionSettingsSchema = z
  .object({
    delayBreaksWhenBusy: z.boolean(),
    silenceCuesWhenBusy: z.boolean()
  })
  .strict()

export const themeSchema = z.enum(['system', 'light', 'dark'])
/** The break window's sound at a break's start and end. */
export const breakSoundSchema = z.enum(['off', 'soft', 'chime'])
export type BreakSound = z.infer<typeof breakSoundSchema>
export const sideSchema = z.enum(['none', 'left', 'right'])
/** A side the user has marked (weaker or tighter), or none. */
export type MarkedSide = z.infer<typeof sideSchema>
export type WeakerSide = MarkedSide

/**
 * Floor moves (kneeling or lying down) need the user's say-so: `ask` until they answer the
 * question in their first long break, then `yes` or `no`. Only `yes` lets floor moves in.
 */
export const floorExercisesSchema = z.enum(['ask', 'yes', 'no'])
export type FloorExercises = z.infer<typeof floorExercisesSchema>

export const bodyAreaSchema = z.enum([
  'neck',
  'shoulders',
  'upper-back',
  'lower-back',
  'chest',
  'wrists',
  'hips',
  'legs',
  'eyes'
])
export type BodyArea = z.infer<typeof bodyAreaSchema>

export const appSettingsSchema = z
  .object({
    launchAtLogin: z.boolean(),
    /** Electron accelerator string; empty means no global shortcut. */
    globalShortcut: z.string().max(60),
    /** The system sound of posture-cue and warning notifications. */
    sounds: z.boolean(),
    breakSound: breakSoundSchema,
    soundVolumePercent: z.int().min(0).max(100),
    theme: themeSchema,
    /** "system" follows the OS's preferred languages; a tag picks one of Upright's languages. */
    language: languageSettingSchema
  })
  .strict()

export const bodySettingsSchema = z
  .object({
    /** Strengthening moves start here; the other side does 1–2 fewer repetitions. */
    weakerSide: sideSchema,
    /** Stretches give this side one extra hold (seed 000: often the stronger, overworked side). */
    tighterSide: sideSchema,
    floorExercises: floorExercisesSchema,
    focusAreas: z.array(bodyAreaSchema).max(9)
  })
  .strict()

export const checklistSettingsSchema = z
  .object({
    recheckWeeks: z.number().int().min(1).max(52)
  })
  .strict()

/**
 * The settings' fields without the rules between them: for `.partial()`, `.shape` and the like
 * (zod refuses `.partial()` on a refined object).
 */
export const settingsFieldsSchema = z
  .object({
    posture: postureSettingsSchema,
    break: breakSettingsSchema,
    dailyLimit: dailyLimitSettingsSchema,
    idle: idleSettingsSchema,
    workingHours: workingHoursSettingsSchema,
    interruptions: interruptionSettingsSchema,
    app: appSettingsSchema,
    body: bodySettingsSchema,
    checklist: checklistSettingsSchema,
    postureWatch: postureWatchSettingsSchema
  })
  .strict()

/** Circular distance in minutes between two minutes past the hour (55 and 5 are 10 apart). */
function minutesApart(a: number, b: number): number {
  const gap = Math.abs(a - b) % 60
  return Math.min(gap, 60 - gap)
}

/**
 * Rules that span fields (DESIGN §3): a clock schedule needs a slot; two slots closer than a
 * break's length would overlap (the second would fall inside the first break); an enabled daily
 * limit below the break interval would remind before the first break. Each issue names the field
 * to change. Overlaps are checked around the hour too (55 and 5 are 10 minutes apart). A rule
 * holds only where its settings are in use: the interval schedule ignores the slots, and the
 * interval counts for nothing when breaks are off or come by the clock, so the daily limit (which
 * stands on its own: DESIGN §3) is not held to it then.
 */
function checkSettingsRules(settings: z.infer<typeof settingsFieldsSchema>, context: z.RefinementCtx): void {
  const { break: breakSettings, dailyLimit } = settings
  if (breakSettings.schedule === 'clock' && breakSettings.clockMinutes.length === 0) {
    context.addIssue({
      code: 'custom',
      path: ['break', 'clockMinutes'],
      message: 'a clock schedule needs at least one minute past the hour',
      params: i18nParams('messages.settings.clockNeedsMinute')
    })
  }
  const minutes = breakSettings.clockMinutes
  if (breakSettings.schedule === 'clock' && minutes.length > 1) {
    for (const [index, minute] of minutes.entries()) {
      const following = minutes[(index + 1) % minutes.length] ?? minute
      if (minutesApart(minute, following) < breakSettings.durationMinutes) {
        context.addIssue({
          code: 'custom',
          path: ['break', 'clockMinutes'],
          message: `breaks at :${pad2(minute)} and :${pad2(following)} would overlap: slots must be at least the break length (${String(breakSettings.durationMinutes)} min) apart`,
          params: i18nParams('messages.settings.slotsOverlap', { first: pad2(minute), second: pad2(following), minutes: breakSettings.durationMinutes })
        })
        break
      }
    }
  }
  const intervalInUse = breakSettings.enabled && breakSettings.schedule === 'interval'
  if (dailyLimit.enabled && intervalInUse && dailyLimit.minutes < breakSettings.intervalMinutes) {
    context.addIssue({
      code: 'custom',
      path: ['dailyLimit', 'minutes'],
      message: `the daily limit (${String(dailyLimit.minutes)} min) must not be below the break interval (${String(breakSettings.intervalMinutes)} min)`,
      params: i18nParams('messages.settings.dailyLimitBelowInterval', { limit: dailyLimit.minutes, interval: breakSettings.intervalMinutes })
    })
  }
}

function pad2(minute: number): string {
  return String(minute).padStart(2, '0')
}

export const settingsSchema = settingsFieldsSchema.superRefine(checkSettingsRules)

export type Settings = z.infer<typeof settingsSchema>
export type PostureSettings = Settings['posture']
export type BreakSettings = Settings['break']
export type DailyLimitSettings = Settings['dailyLimit']
export type WorkingHoursSettings = Settings['workingHours']
export type WorkingDays = Settings['workingHours']['days']
export type TimeRange = z.infer<typeof timeRangeSchema>

/** Engine-relevant subset: what the scheduler and the simulator read. */
export type EngineSettings = Pick<Settings, 'posture' | 'break' | 'dailyLimit' | 'idle' | 'workingHours'>

const officeDay = [{ start: '09:00', end: '17:00' }]

export const defaultSettings: Settings = {
  posture: { enabled: true, intervalMinutes: 20 },
  break: {
    enabled: true,
    intervalMinutes: 50,
    durationMinutes: 5,
    warningSeconds: 30,
    postponeMinutes: 5,
    maxPostpones: 2,
    level: 'normal',
    schedule: 'interval',
    clockMinutes: [50],
    minActiveMinutes: 10,
    maxSkipsPerDay: 0
  },
  dailyLimit: { enabled: false, minutes: 480, remindMinutes: 30 },
  idle: { thresholdSeconds: 120 },
  workingHours: {
    enabled: false,
    days: {
      mon: officeDay,
      tue: officeDay,
      wed: officeDay,
      thu: officeDay,
      fri: officeDay,
      sat: [],
      sun: []
    }
  },
  interruptions: { delayBreaksWhenBusy: true, silenceCuesWhenBusy: true },
  app: { launchAtLogin: false, globalShortcut: 'CommandOrControl+Alt+B', sounds: true, breakSound: 'soft', soundVolumePercent: 60, theme: 'system', language: 'system' },
  body: { weakerSide: 'none', tighterSide: 'none', floorExercises: 'ask', focusAreas: [] },
  checklist: { recheckWeeks: 4 },
  postureWatch: defaultPostureWatchSettings
}

/**
 * A partial update: any section, any subset of its fields. Unknown keys are errors, so a
 * typo in a scenario file or an IPC payload is reported rather than silently ignored.
 */
export const settingsPatchSchema = z
  .object({
    posture: postureSettingsSchema.partial().optional(),
    break: breakSettingsSchema.partial().optional(),
    dailyLimit: dailyLimitSettingsSchema.partial().optional(),
    idle: idleSettingsSchema.partial().optional(),
    workingHours: workingHoursSettingsSchema
      .extend({
        days: z
          .object({
            mon: dayRangesChangeSchema,
            tue: dayRangesChangeSchema,
            wed: dayRangesChangeSchema,
            thu: dayRangesChangeSchema,
            fri: dayRangesChangeSchema,
            sat: dayRangesChangeSchema,
            sun: dayRangesChangeSchema
          })
          .strict()
          .partial()
      })
      .partial()
      .optional(),
    interruptions: interruptionSettingsSchema.partial().optional(),
    app: appSettingsSchema.partial().optional(),
    body: bodySettingsSchema.partial().optional(),
    checklist: checklistSettingsSchema.partial().optional(),
    postureWatch: postureWatchSettingsSchema.partial().optional()
  })
  .strict()

export type SettingsPatch = z.infer<typeof settingsPatchSchema>

/** Applies a patch section by section; the result still has to pass settingsSchema. */
export function applySettingsPatch(base: Settings, patch: SettingsPatch): Settings {
  return {
    posture: { ...base.posture, ...patch.posture },
    break: { ...base.break, ...patch.break },
    dailyLimit: { ...base.dailyLimit, ...patch.dailyLimit },
    idle: { ...base.idle, ...patch.idle },
    workingHours: {
      enabled: patch.workingHours?.enabled ?? base.workingHours.enabled,
      days: { ...base.workingHours.days, ...patch.workingHours?.days }
    },
    interruptions: { ...base.interruptions, ...patch.interruptions },
    app: { ...base.app, ...patch.app },
    body: { ...base.body, ...patch.body },
    checklist: { ...base.checklist, ...patch.checklist },
    postureWatch: { ...base.postureWatch, ...patch.postureWatch }
  }
}

/**
 * Why settings were refused, as Preferences shows it: the first rule of this schema that was
 * broken, in its catalog words (a refusal is about one field); anything else (which the page
 * checks before sending) as zod's line, kept as a technical detail.
 */
export function settingsRefusal(error: z.ZodError): Message {
  for (const issue of error.issues) {
    const ruled = settingsIssueMessage(issue)
    if (ruled !== null) return ruled
  }
  return message('messages.settings.invalid', { detail: describeZodError(error) })
}

/** Formats a zod error as one line a person can act on: "break.intervalMinutes: Too big: …". */
export function describeZodError(error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      const path = issue.path.map(String).join('.')
      return path ? `${path}: ${issue.message}` : issue.message
    })
    .join('; ')
}
