import type { BodyArea } from '@shared/settings'

/** How body areas are named everywhere in the UI (stretch filters, cards, preferences). */
export const bodyAreaLabels: Record<BodyArea, string> = {
  neck: 'Neck',
  shoulders: 'Shoulders',
  'upper-back': 'Upper back',
  'lower-back': 'Lower back',
  chest: 'Chest',
  wrists: 'Wrists',
  hips: 'Hips',
  legs: 'Legs',
  eyes: 'Eyes'
}
