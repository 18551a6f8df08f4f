import type { MarkedSide, Settings, WeekdayKey } from '../../shared/settings'

/*
 * Version 0 was the prototype's flat file, with no envelope and no `version` key:
 *
 *   { "postureEnabled": true, "postureInterval": 15,            // minutes
 *     "breaksEnabled": true, "breakInterval": 45,               // minutes
 *     "breakDuration": 300,                                     // seconds
 *     "postponeLimit": 3, "strictMode": false,                  // strict → level "strict"
 *     "idleThreshold": 180,                                     // seconds
 *     "workHours": { "enabled": true, "start": "08:30", "end": "16:30",
 *                    "days": [1, 2, 3, 4, 5] },                 // 0 = Sunday, as Date#getDay
 *     "launchAtLogin": false, "sounds": true, "darkMode": null } // null = follow the system
 *
 * Keys it did not write take version-1 defaults. A value of the wrong type is carried over
 * as it is, so the final schema check rejects the file (and it is moved aside) rather than
 * this migration quietly replacing the user's value with a default.
 */

/** Version 1's body section: one "weaker or stiffer side" answer, floor moves never asked. */
export interface BodySettingsV1 {
  weakerSide: MarkedSide
  focusAreas: Settings['body']['focusAreas']
}

/** The shape of a version-1 document's settings. */
export type SettingsV1 = Omit<Settings, 'body' | 'app' | 'postureWatch' | 'break' | 'dailyLimit'> & {
  break: Omit<Settings['break'], 'schedule' | 'clockMinutes' | 'minActiveMinutes' | 'maxSkipsPerDay'>
  body: BodySettingsV1
  app: Omit<Settings['app'], 'breakSound' | 'soundVolumePercent' | 'language'>
}

/**
 * The version-1 defaults, frozen here on purpose: this migration must keep producing a
 * version-1 document after the defaults or the schema move on (migrate-v1-to-v2 takes it
 * from there).
 */
const version1Defaults: SettingsV1 = {
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
      mon: [{ start: '09:00', end: '17:00' }],
      tue: [{ start: '09:00', end: '17:00' }],
      wed: [{ start: '09:00', end: '17:00' }],
      thu: [{ start: '09:00', end: '17:00' }],
      fri: [{ start: '09:00', end: '17:00' }],
      sat: [],
      sun: []
    }
  },
  interruptions: { delayBreaksWhenBusy: true, silenceCuesWhenBusy: true },
  app: { launchAtLogin: false, globalShortcut: 'CommandOrControl+Alt+B', sounds: true, theme: 'system' },
  body: { weakerSide: 'none', focusAreas: [] },
  checklist: { recheckWeeks: 4 }
}

/** Date#getDay order, which is what version 0 stored. */
const weekdaysFromSunday: readonly WeekdayKey[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat']

type UnknownRecord = Record<string, unknown>

function isRecord(value: unknown): value is UnknownRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function valueOr(value: unknown, fallback: unknown): unknown {
  return value === undefined ? fallback : value
}

function secondsToMinutes(value: unknown): unknown {
  return typeof value === 'number' ? value / 60 : value
}

function strictModeToLevel(value: unknown): unknown {
  if (value === undefined) return version1Defaults.break.level
  if (typeof value === 'boolean') return value ? 'strict' : 'normal'
  return value
}

function darkModeToTheme(value: unknown): unknown {
  if (value === undefined || value === null) return 'system'
  if (typeof value === 'boolean') return value ? 'dark' : 'light'
  return value
}

function workDaysToRanges(days: unknown, start: unknown, end: unknown): unknown {
  if (!Array.isArray(days)) return days
  const range = { start, end }
  const ranges: Record<WeekdayKey, unknown[]> = { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] }
  for (const day of days) {
    const key = typeof day === 'number' ? weekdaysFromSunday[day] : undefined
    // An out-of-range day makes the whole value invalid rather than silently dropping it.
    if (key === undefined) return days
    ranges[key] = [range]
  }
  return ranges
}

function migrateWorkHours(workHours: unknown): unknown {
  const defaults = version1Defaults.workingHours
  if (workHours === undefined) return defaults
  if (!isRecord(workHours)) return workHours
  const hasRangeFields = workHours.start !== undefined || workHours.end !== undefined || workHours.days !== undefined
  return {
    enabled: valueOr(workHours.enabled, defaults.enabled),
    days: hasRangeFields
      ? workDaysToRanges(
          valueOr(workHours.days, [1, 2, 3, 4, 5]),
          valueOr(workHours.start, '09:00'),
          valueOr(workHours.end, '17:00')
        )
      : defaults.days
  }
}

export function migrateV0ToV1(input: unknown): unknown {
  // Not an object at all: hand it on unchanged for the schema check to reject.
  if (!isRecord(input)) return input
  const defaults = version1Defaults
  return {
    ...defaults,
    posture: {
      enabled: valueOr(input.postureEnabled, defaults.posture.enabled),
      intervalMinutes: valueOr(input.postureInterval, defaults.posture.intervalMinutes)
    },
    break: {
      ...defaults.break,
      enabled: valueOr(input.breaksEnabled, defaults.break.enabled),
      intervalMinutes: valueOr(input.breakInterval, defaults.break.intervalMinutes),
      durationMinutes:
        input.breakDuration === undefined ? defaults.break.durationMinutes : secondsToMinutes(input.breakDuration),
      maxPostpones: valueOr(input.postponeLimit, defaults.break.maxPostpones),
      level: strictModeToLevel(input.strictMode)
    },
    idle: { thresholdSeconds: valueOr(input.idleThreshold, defaults.idle.thresholdSeconds) },
    workingHours: migrateWorkHours(input.workHours),
    app: {
      ...defaults.app,
      launchAtLogin: valueOr(input.launchAtLogin, defaults.app.launchAtLogin),
      sounds: valueOr(input.sounds, defaults.app.sounds),
      theme: darkModeToTheme(input.darkMode)
    }
  }
}
