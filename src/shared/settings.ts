import { z } from 'zod'
import { defaultPostureWatchSettings, postureWatchSettingsSchema } from './posture-watch'

/**
 * The one definition of Upright's settings: the engine, the simulator, the store, the
 * IPC contract and the preferences page all take their types from here (z.infer).
 * Bounds keep a hand-edited file or a bad IPC payload from producing a schedule that
 * makes no sense (a 0-minute interval would fire continuously).
 */

const clockTimePattern = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/

export const clockTimeSchema = z
  .string()
  .regex(clockTimePattern, { message: 'time must be HH:MM, 00:00 to 24:00' })

/** Minutes after midnight of an "HH:MM" string (24:00 → 1440). */
export function clockTimeToMinutes(time: string): number {
  const [hours = '0', minutes = '0'] = time.split(':')
  return Number(hours) * 60 + Number(minutes)
}

export const timeRangeSchema = z
  .object({ start: clockTimeSchema, end: clockTimeSchema })
  .strict()
  .refine((range) => clockTimeToMinutes(range.start) < clockTimeToMinutes(range.end), {
    message: 'a working-hours range must end after it starts'
  })

export const weekdayKeys = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const
export type WeekdayKey = (typeof weekdayKeys)[number]

const dayRangesSchema = z.array(timeRangeSchema).max(6)

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

export const breakSettingsSchema = z
  .object({
    enabled: z.boolean(),
    intervalMinutes: z.number().min(1).max(240),
    durationMinutes: z.number().min(0.25).max(60),
    warningSeconds: z.number().int().min(0).max(600),
    postponeMinutes: z.number().min(1).max(120),
    maxPostpones: z.number().int().min(0).max(10),
    level: breakLevelSchema
  })
  .strict()

export const idleSettingsSchema = z
  .object({
    thresholdSeconds: z.number().int().min(10).max(3600)
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
export const sideSchema = z.enum(['none', 'left', 'right'])
export type WeakerSide = z.infer<typeof sideSchema>

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
    sounds: z.boolean(),
    theme: themeSchema
  })
  .strict()

export const bodySettingsSchema = z
  .object({
    weakerSide: sideSchema,
    focusAreas: z.array(bodyAreaSchema).max(9)
  })
  .strict()

export const checklistSettingsSchema = z
  .object({
    recheckWeeks: z.number().int().min(1).max(52)
  })
  .strict()

export const settingsSchema = z
  .object({
    posture: postureSettingsSchema,
    break: breakSettingsSchema,
    idle: idleSettingsSchema,
    workingHours: workingHoursSettingsSchema,
    interruptions: interruptionSettingsSchema,
    app: appSettingsSchema,
    body: bodySettingsSchema,
    checklist: checklistSettingsSchema,
    postureWatch: postureWatchSettingsSchema
  })
  .strict()

export type Settings = z.infer<typeof settingsSchema>
export type PostureSettings = Settings['posture']
export type BreakSettings = Settings['break']
export type WorkingHoursSettings = Settings['workingHours']
export type WorkingDays = Settings['workingHours']['days']
export type TimeRange = z.infer<typeof timeRangeSchema>

/** Engine-relevant subset: what the scheduler and the simulator read. */
export type EngineSettings = Pick<Settings, 'posture' | 'break' | 'idle' | 'workingHours'>

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
    level: 'normal'
  },
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
  app: { launchAtLogin: false, globalShortcut: 'CommandOrControl+Alt+B', sounds: true, theme: 'system' },
  body: { weakerSide: 'none', focusAreas: [] },
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
    idle: idleSettingsSchema.partial().optional(),
    workingHours: workingHoursSettingsSchema
      .extend({ days: workingDaysSchema.partial() })
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

/** Formats a zod error as one line a person can act on: "break.intervalMinutes: Too big: …". */
export function describeZodError(error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      const path = issue.path.map(String).join('.')
      return path ? `${path}: ${issue.message}` : issue.message
    })
    .join('; ')
}
