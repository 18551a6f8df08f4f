import { z } from 'zod'
import { shownLanguageSchema } from '../i18n/languages'
import { busyCapabilitiesSchema } from '../busy'
import {
  checklistAnswerSchema,
  checklistStateSchema,
  onboardingStateSchema
} from '../app-state'
import { breakResponseSchema, engineEventSchema, engineStateSchema, pauseRequestSchema, postureResponseSchema } from '../engine-state'
import { historyExportResultSchema } from '../history-export'
import { messageSchema } from '../message'
import {
  detectedFrameSchema,
  maxCalibrationSamples,
  maxFramesPerSample,
  postureWatchCueSchema,
  postureWatchStatusSchema,
  watchFailureSchema
} from '../posture-watch'
import { guidedRoutineSchema } from '../routine'
import { schedulePreviewSchema } from '../schedule-preview'
import { settingsPatchSchema, settingsSchema } from '../settings'
import { settingKeySchema, settingLeafKeys } from '../setting-keys'
import { statsQuerySchema, statsResultSchema } from '../stats'
import { trayActionSchema, trayMenuModelSchema } from '../tray-menu'
import type { EventChannel, InvokeChannel } from './channels'

export const appInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  platform: z.string(),
  /** 'electron' in the desktop app, 'web' in the browser harness. */
  shell: z.enum(['electron', 'web']),
  dataDir: z.string(),
  timeZone: z.string(),
  /** How many engine seconds pass per real second: 1 in the app, more in a sped-up harness demo. */
  timeScale: z.number().positive()
})
export type AppInfo = z.infer<typeof appInfoSchema>

export const settingsUpdateResultSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), settings: settingsSchema }),
  /** `message`: English, for logs; `refusal`: what Preferences shows, in its language. */
  z.object({ ok: z.literal(false), message: z.string().max(20_000), refusal: messageSchema })
])
export type SettingsUpdateResult = z.infer<typeof settingsUpdateResultSchema>

/** The storage notices a page shows (files set aside, failing writes), as messages each window words. */
export const noticeSchema = z.object({ messages: z.array(messageSchema).max(20) })

/**
 * What a channel that writes to the data folder answers: the value, or `ok: false` with a
 * message for the user when the write failed (full disk, read-only folder). Never a 500.
 */
export const writeResultSchema = <T extends z.ZodType>(value: T) =>
  z.discriminatedUnion('ok', [z.object({ ok: z.literal(true), value }), z.object({ ok: z.literal(false), message: messageSchema })])

const noInput = z.undefined()
const done = z.null()

interface InvokeSpec {
  input: z.ZodType
  output: z.ZodType
}

/** Both namespaces of a language, as the JSON files hold them (their keys are checked by tests/shared/i18n/catalogs.test.ts). */
const catalogWordsSchema = z.record(z.string(), z.unknown())
const languageCatalogSchema = z.object({ ui: catalogWordsSchema, content: catalogWordsSchema }).strict()

/** Input and result schemas of every invoke channel; main validates both at runtime. */
export const invokeContract = {
  'app:info': { input: noInput, output: appInfoSchema },
  /** The language and locale every window shows (app.language resolved against the system's). */
  'language:get': { input: noInput, output: shownLanguageSchema },
  /**
   * A language's catalogs for a window to show (windows bundle only English): main already holds
   * every language's for the tray and notifications, so the renderer does not ship them again.
   */
  'language:catalog': { input: z.object({ language: shownLanguageSchema.shape.language }).strict(), output: languageCatalogSchema },
  'settings:get': { input: noInput, output: settingsSchema },
  'settings:update': { input: settingsPatchSchema, output: settingsUpdateResultSchema },
  'settings:reset': { input: noInput, output: settingsUpdateResultSchema },
  /** The settings the organisation's policy locks (managed defaults): shown, not editable. */
  'settings:locked': { input: noInput, output: z.array(settingKeySchema).max(settingLeafKeys.length) },
  'notice:get': { input: noInput, output: noticeSchema },
  'notice:dismiss': { input: noInput, output: done },

  'engine:state': { input: noInput, output: engineStateSchema },
  'break:start': { input: noInput, output: done },
  /** Postpone or skip the showing break; refused (as an error) when the level does not offer it. */
  'break:respond': { input: z.object({ response: breakResponseSchema.exclude(['complete']) }).strict(), output: done },
  /** The break window reached its end (or the user said "done" in the last seconds). */
  'break:finish': { input: noInput, output: done },
  /** "Postpone" on the break warning: the announced break is postponed before it shows; refused when not offered. */
  'break:postponeFromWarning': { input: noInput, output: done },
  'posture:now': { input: noInput, output: done },
  'posture:respond': { input: z.object({ response: postureResponseSchema }).strict(), output: done },
  'pause:start': { input: pauseRequestSchema, output: done },
  'pause:resume': { input: noInput, output: done },
  /** "I'm reading": idle time counts as active for the next N minutes (null turns it off). */
  'reading:set': { input: z.object({ minutes: z.union([z.literal(30), z.literal(60), z.null()]) }).strict(), output: done },
  'tray:menu': { input: noInput, output: trayMenuModelSchema },
  'tray:action': { input: z.object({ action: trayActionSchema }).strict(), output: done },
  'schedule:preview': { input: settingsPatchSchema, output: schedulePreviewSchema },

  'routine:forBreak': { input: noInput, output: guidedRoutineSchema },
  'routine:forStretch': { input: z.object({ id: z.string().regex(/^[a-z0-9-]{1,60}$/) }).strict(), output: guidedRoutineSchema },
  /** The break's "walk away from the desk" option: a walk fitted to the current break. */
  'routine:walkForBreak': { input: noInput, output: guidedRoutineSchema },

  'checklist:get': { input: noInput, output: checklistStateSchema },
  'checklist:answer': { input: checklistAnswerSchema, output: writeResultSchema(checklistStateSchema) },
  /** Records a finished pass (a history check-in) and restarts the re-check interval. */
  'checklist:complete': { input: noInput, output: writeResultSchema(checklistStateSchema) },
  /** Whether the periodic workstation re-check is due (the harness shows its reminder in the page). */
  'checklist:recheckDue': { input: noInput, output: z.boolean() },
  'onboarding:get': { input: noInput, output: onboardingStateSchema },
  'onboarding:update': { input: onboardingStateSchema.partial().strict(), output: writeResultSchema(onboardingStateSchema) },

  'stats:get': { input: statsQuerySchema, output: statsResultSchema },
  'history:export': { input: noInput, output: historyExportResultSchema },
  'comfort:record': { input: z.object({ score: z.int().min(0).max(10) }).strict(), output: writeResultSchema(done) },
  /** What this system can detect (calls, fullscreen, Do Not Disturb, idle time), for Preferences. */
  'busy:capabilities': { input: noInput, output: busyCapabilitiesSchema },

  /** The posture watch (DESIGN §12): the camera page sends detector numbers, never frames. */
  'postureWatch:status': { input: noInput, output: postureWatchStatusSchema },
  'postureWatch:consent': { input: noInput, output: postureWatchStatusSchema },
  'postureWatch:recalibrate': { input: noInput, output: postureWatchStatusSchema },
  'postureWatch:calibrate': { input: z.object({ frames: z.array(detectedFrameSchema).max(maxCalibrationSamples) }).strict(), output: postureWatchStatusSchema },
  /** Whether the page should take a sample now: watching, counting active time, not busy. */
  'postureWatch:due': { input: noInput, output: z.boolean() },
  'postureWatch:report': { input: z.object({ frames: z.array(detectedFrameSchema).max(maxFramesPerSample) }).strict(), output: postureWatchStatusSchema },
  'postureWatch:fail': { input: z.object({ failure: watchFailureSchema }).strict(), output: postureWatchStatusSchema }
} satisfies Record<InvokeChannel, InvokeSpec>

export const eventContract = {
  'settings:changed': settingsSchema,
  'engine:state': engineStateSchema,
  /** Something was added to history; pages showing stats refetch. */
  'history:changed': z.object({ kind: z.string() }),
  'checklist:changed': checklistStateSchema,
  /** The web harness's stand-in for "open this window": its pages navigate there. */
  'shell:navigate': z.object({ page: z.enum(['index', 'break']), route: z.string() }),
  /** The notice changed (a write started failing): pages showing notices refetch. */
  'notice:changed': noticeSchema,
  /** The web harness's stand-in for system notifications: cues, warnings and gentle breaks shown in the page. */
  'engine:event': engineEventSchema,
  'postureWatch:status': postureWatchStatusSchema,
  /** The web harness's stand-in for the watch's system notification: a cue shown in the page. */
  'postureWatch:cue': postureWatchCueSchema,
  /** The shown language changed (the setting, or the system's language): windows switch live. */
  'language:changed': shownLanguageSchema
} satisfies Record<EventChannel, z.ZodType>

export type InvokeInput<C extends InvokeChannel> = z.infer<(typeof invokeContract)[C]['input']>
export type InvokeOutput<C extends InvokeChannel> = z.infer<(typeof invokeContract)[C]['output']>
export type EventPayload<E extends EventChannel> = z.infer<(typeof eventContract)[E]>
