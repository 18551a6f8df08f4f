import type { Settings, SettingsPatch } from '@shared/settings'

/** A starting rhythm the welcome offers and the settings it sets; its words are firstRun.rhythms.<id>. */
export interface Rhythm {
  id: 'cues-20-breaks-50' | 'breaks-25'
  patch: SettingsPatch & { break: { intervalMinutes: number; durationMinutes: number } }
}

/*
 * The defaults follow the evidence (DESIGN §5): ~30-s micro-pauses every ~20 min (McLean 2001,
 * and 20-20-20 for the eyes) and 5–10 min per 50–60 min of screen work (HSE). The 25/5 block
 * is the rhythm many people already work in; its breaks carry the posture check, so no cues.
 */
export const rhythms: readonly Rhythm[] = [
  {
    id: 'cues-20-breaks-50',
    patch: { posture: { enabled: true, intervalMinutes: 20 }, break: { enabled: true, intervalMinutes: 50, durationMinutes: 5 } }
  },
  {
    id: 'breaks-25',
    patch: { posture: { enabled: false }, break: { enabled: true, intervalMinutes: 25, durationMinutes: 5 } }
  }
]

/** The rhythm the settings already follow, or null when they are the user's own. */
export function currentRhythm(settings: Settings): Rhythm | null {
  return (
    rhythms.find(
      ({ patch }) =>
        settings.break.enabled &&
        settings.break.intervalMinutes === patch.break.intervalMinutes &&
        settings.break.durationMinutes === patch.break.durationMinutes &&
        settings.posture.enabled === (patch.posture?.enabled ?? true) &&
        (!settings.posture.enabled || settings.posture.intervalMinutes === patch.posture?.intervalMinutes)
    ) ?? null
  )
}
