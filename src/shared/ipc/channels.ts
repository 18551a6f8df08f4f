/**
 * The one list of IPC channel names. The preload imports only this file (a sandboxed
 * preload should stay tiny), and contract.ts must give every name a schema — a name
 * without one, or a schema without a name, is a compile error there.
 * Names are `domain:verb`; the page sees them as `window.upright.domain.verb()`.
 */
export const invokeChannels = [
  'app:info',
  'language:get',
  'language:catalog',
  'settings:get',
  'settings:update',
  'settings:reset',
  'settings:locked',
  'notice:get',
  'notice:dismiss',
  'engine:state',
  'break:start',
  'break:respond',
  'break:finish',
  'break:postponeFromWarning',
  'posture:now',
  'posture:respond',
  'pause:start',
  'pause:resume',
  'reading:set',
  'tray:menu',
  'tray:action',
  'schedule:preview',
  'routine:forBreak',
  'routine:forStretch',
  'routine:walkForBreak',
  'checklist:get',
  'checklist:answer',
  'checklist:complete',
  'checklist:recheckDue',
  'onboarding:get',
  'onboarding:update',
  'stats:get',
  'history:export',
  'comfort:record',
  'busy:capabilities',
  'postureWatch:status',
  'postureWatch:consent',
  'postureWatch:recalibrate',
  'postureWatch:calibrate',
  'postureWatch:due',
  'postureWatch:report',
  'postureWatch:fail'
] as const

/** Main → renderer pushes, subscribed with `window.upright.on(name, listener)`. */
export const eventChannels = [
  'settings:changed',
  'engine:state',
  'history:changed',
  'checklist:changed',
  'shell:navigate',
  'notice:changed',
  'engine:event',
  'postureWatch:status',
  'postureWatch:cue',
  'language:changed'
] as const

export type InvokeChannel = (typeof invokeChannels)[number]
export type EventChannel = (typeof eventChannels)[number]

export function isInvokeChannel(value: unknown): value is InvokeChannel {
  return typeof value === 'string' && (invokeChannels as readonly string[]).includes(value)
}

export function isEventChannel(value: unknown): value is EventChannel {
  return typeof value === 'string' && (eventChannels as readonly string[]).includes(value)
}
