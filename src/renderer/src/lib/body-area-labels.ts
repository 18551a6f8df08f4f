import type { TFunction } from 'i18next'
import type { BodyArea } from '@shared/settings'

/** Body areas head to toe, the order of the filters and preferences (the settings schema's order, without zod in the page). */
export const bodyAreaOrder: readonly BodyArea[] = ['neck', 'shoulders', 'upper-back', 'lower-back', 'chest', 'wrists', 'hips', 'legs', 'eyes']

/** How a body area is named everywhere in the UI (stretch filters, cards, preferences). */
export function bodyAreaLabel(t: TFunction, area: BodyArea): string {
  return t(`areas.${area}`)
}
