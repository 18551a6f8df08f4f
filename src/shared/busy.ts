import { z } from 'zod'

/** Why the user should not be interrupted; the tray names it while a break waits. */
export const busyReasonSchema = z.enum(['call', 'fullscreen', 'doNotDisturb'])
export type BusyReason = z.infer<typeof busyReasonSchema>

/** What the app can watch: the busy signals, and where the idle time comes from. */
export const busySignalSchema = z.enum(['camera', 'microphone', 'fullscreen', 'doNotDisturb', 'idleTime'])
export type BusySignal = z.infer<typeof busySignalSchema>
/** The signals that make the user busy (the idle time only says whether the user is there). */
export type HoldingSignal = Exclude<BusySignal, 'idleTime'>

export const busyCapabilitySchema = z.object({
  signal: busySignalSchema,
  /** watching: asked while counting; off: turned itself off after failing; none: cannot be seen here */
  state: z.enum(['watching', 'off', 'none']),
  /** how it is watched, why it stopped, or why it cannot be seen (one sentence) */
  detail: z.string().max(400)
})
export type BusyCapability = z.infer<typeof busyCapabilitySchema>

export const busyCapabilitiesSchema = z.array(busyCapabilitySchema).max(busySignalSchema.options.length)
