import { type Message, type MessageKey, message } from './message'

/**
 * Each setting by the name Preferences gives it (its field's label or legend), as a message, so
 * a sentence about a setting made outside the page ("set by your organisation") names it in the
 * words the person sees there, in their language. tests/shared/setting-labels.test.ts checks
 * that every key of settingLeafKeys has a name here.
 */

const labelKeys: ReadonlyMap<string, MessageKey> = new Map(Object.entries({
  'posture.enabled': 'prefs.field.posture.enabled.label',
  'posture.intervalMinutes': 'prefs.field.posture.intervalMinutes.label',
  'break.enabled': 'prefs.field.break.enabled.label',
  'break.intervalMinutes': 'prefs.field.break.intervalMinutes.label',
  'break.durationMinutes': 'prefs.field.break.durationMinutes.label',
  'break.warningSeconds': 'prefs.field.break.warningSeconds.label',
  'break.postponeMinutes': 'prefs.field.break.postponeMinutes.label',
  'break.maxPostpones': 'prefs.field.break.maxPostpones.label',
  'break.level': 'prefs.field.break.level.legend',
  'break.schedule': 'prefs.schedule.when',
  'break.clockMinutes': 'prefs.field.break.clockMinutes.label',
  'break.minActiveMinutes': 'prefs.field.break.minActiveMinutes.label',
  'break.maxSkipsPerDay': 'prefs.field.break.maxSkipsPerDay.label',
  'dailyLimit.enabled': 'prefs.field.dailyLimit.enabled.label',
  'dailyLimit.minutes': 'prefs.field.dailyLimit.minutes.label',
  'dailyLimit.remindMinutes': 'prefs.field.dailyLimit.remindMinutes.label',
  'idle.thresholdSeconds': 'prefs.field.idle.thresholdSeconds.label',
  'workingHours.enabled': 'prefs.field.workingHours.enabled.label',
  'interruptions.delayBreaksWhenBusy': 'prefs.field.interruptions.delayBreaksWhenBusy.label',
  'interruptions.silenceCuesWhenBusy': 'prefs.field.interruptions.silenceCuesWhenBusy.label',
  'app.launchAtLogin': 'prefs.app.launchAtLogin',
  'app.globalShortcut': 'prefs.app.shortcut',
  'app.sounds': 'prefs.app.sounds',
  'app.breakSound': 'prefs.app.breakSound',
  'app.soundVolumePercent': 'prefs.app.volume',
  'app.theme': 'prefs.app.theme',
  'app.language': 'prefs.language.legend',
  'body.weakerSide': 'prefs.body.weaker',
  'body.tighterSide': 'prefs.body.tighter',
  'body.floorExercises': 'prefs.body.floor',
  'body.focusAreas': 'prefs.body.areas',
  'checklist.recheckWeeks': 'prefs.checklist.recheck',
  'postureWatch.enabled': 'prefs.field.postureWatch.enabled.label'
} satisfies Record<string, MessageKey>))

/** Labels that only make sense under their section's heading ("Check every", "Camera"). */
const labelsInSection: ReadonlyMap<string, { section: MessageKey; label: MessageKey }> = new Map(Object.entries({
  'postureWatch.periodSeconds': { section: 'prefs.legend.postureWatch', label: 'prefs.field.postureWatch.periodSeconds.label' },
  'postureWatch.sensitivity': { section: 'prefs.legend.postureWatch', label: 'prefs.field.postureWatch.sensitivity.legend' },
  'postureWatch.mode': { section: 'prefs.legend.postureWatch', label: 'prefs.field.postureWatch.mode.legend' }
} satisfies Record<string, { section: MessageKey; label: MessageKey }>))

const dayKeys: ReadonlyMap<string, MessageKey> = new Map(Object.entries({
  mon: 'prefs.days.mon',
  tue: 'prefs.days.tue',
  wed: 'prefs.days.wed',
  thu: 'prefs.days.thu',
  fri: 'prefs.days.fri',
  sat: 'prefs.days.sat',
  sun: 'prefs.days.sun'
} satisfies Record<string, MessageKey>))

/** The name of a setting (a dotted key such as "break.level"), or null for a key Preferences does not show. */
export function settingLabel(key: string): Message | null {
  const label = labelKeys.get(key)
  if (label !== undefined) return message(label)
  const inSection = labelsInSection.get(key)
  if (inSection !== undefined) return message('messages.settings.inSection', { section: message(inSection.section), setting: message(inSection.label) })
  const day = /^workingHours\.days\.([a-z]{3})$/.exec(key)?.[1]
  const dayKey = day === undefined ? undefined : dayKeys.get(day)
  return dayKey === undefined ? null : message('messages.settings.workingDay', { day: message(dayKey) })
}

/**
 * A sentence about some settings, naming each by its name. `one` has a {{setting}} (its catalog
 * puts the quotation marks); `several` a {{settings, list}}, each name in the language's own
 * quotation marks (messages.settings.quoted), joined as the language lists things.
 */
export function sentenceAboutSettings(keys: readonly string[], one: MessageKey, several: MessageKey): Message {
  const names = keys.map((key) => settingLabel(key) ?? key)
  const [first = ''] = names
  return names.length > 1
    ? message(several, { settings: names.map((setting) => message('messages.settings.quoted', { setting })) })
    : message(one, { setting: first })
}
