import { z } from 'zod'

/**
 * The tray menu as data: main turns it into an Electron Menu, the web harness renders it
 * as a page, and tests snapshot it — one model, so the three cannot disagree.
 */
export const trayActionSchema = z.enum([
  'open-today',
  'break-now',
  'posture-now',
  'pause-30',
  'pause-60',
  'pause-tomorrow',
  'pause-indefinite',
  'resume',
  'reading-30',
  'reading-60',
  'reading-off',
  'open-checklist',
  'open-stretches',
  'open-stats',
  'open-preferences',
  'posture-watch-off',
  'quit'
])
export type TrayAction = z.infer<typeof trayActionSchema>

export const trayActionItemSchema = z.object({
  type: z.literal('action'),
  id: trayActionSchema,
  label: z.string(),
  enabled: z.boolean()
})
export type TrayActionItem = z.infer<typeof trayActionItemSchema>

export const trayMenuItemSchema = z.discriminatedUnion('type', [
  trayActionItemSchema,
  z.object({ type: z.literal('status'), label: z.string() }),
  z.object({ type: z.literal('separator') }),
  z.object({ type: z.literal('submenu'), label: z.string(), enabled: z.boolean(), items: z.array(trayActionItemSchema) })
])
export type TrayMenuItem = z.infer<typeof trayMenuItemSchema>

export const trayIconStateSchema = z.enum(['normal', 'attention', 'paused'])
export type TrayIconState = z.infer<typeof trayIconStateSchema>

export const trayMenuModelSchema = z.object({
  /** One line for the tooltip (and the menu's first, disabled row). */
  status: z.string(),
  icon: trayIconStateSchema,
  items: z.array(trayMenuItemSchema),
  /** "Active today: 1 h 5 min", including the stretch running now; shown in the tooltip and the menu */
  activeToday: z.string().optional()
})
export type TrayMenuModel = z.infer<typeof trayMenuModelSchema>
