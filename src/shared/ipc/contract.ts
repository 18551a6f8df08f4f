import { z } from 'zod'
import { settingsPatchSchema, settingsSchema } from '../settings'
import type { EventChannel, InvokeChannel } from './channels'

export const appInfoSchema = z.object({
  name: z.string(),
  version: z.string(),
  platform: z.string(),
  /** 'electron' in the desktop app, 'web' in the browser harness. */
  shell: z.enum(['electron', 'web']),
  dataDir: z.string()
})
export type AppInfo = z.infer<typeof appInfoSchema>

export const settingsUpdateResultSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), settings: settingsSchema }),
  z.object({ ok: z.literal(false), message: z.string() })
])
export type SettingsUpdateResult = z.infer<typeof settingsUpdateResultSchema>

export const noticeSchema = z.object({ message: z.string().nullable() })

const noInput = z.undefined()

interface InvokeSpec {
  input: z.ZodType
  output: z.ZodType
}

/** Input and result schemas of every invoke channel; main validates both at runtime. */
export const invokeContract = {
  'app:info': { input: noInput, output: appInfoSchema },
  'settings:get': { input: noInput, output: settingsSchema },
  'settings:update': { input: settingsPatchSchema, output: settingsUpdateResultSchema },
  'settings:reset': { input: noInput, output: settingsSchema },
  'notice:get': { input: noInput, output: noticeSchema },
  'notice:dismiss': { input: noInput, output: z.null() }
} satisfies Record<InvokeChannel, InvokeSpec>

export const eventContract = {
  'settings:changed': settingsSchema
} satisfies Record<EventChannel, z.ZodType>

export type InvokeInput<C extends InvokeChannel> = z.infer<(typeof invokeContract)[C]['input']>
export type InvokeOutput<C extends InvokeChannel> = z.infer<(typeof invokeContract)[C]['output']>
export type EventPayload<E extends EventChannel> = z.infer<(typeof eventContract)[E]>
