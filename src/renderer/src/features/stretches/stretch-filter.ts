import type { TFunction } from 'i18next'
import type { Place, StretchData } from '@shared/content/schema'
import type { BodyArea } from '@shared/settings'

export type PlaceFilter = Place | 'all'

export interface StretchFilter {
  /** Empty: every area. Otherwise a stretch matches when it works any of these areas. */
  areas: readonly BodyArea[]
  place: PlaceFilter
}

export const noFilter: StretchFilter = { areas: [], place: 'all' }

export function matchesFilter(stretch: StretchData, filter: StretchFilter): boolean {
  if (filter.place !== 'all' && stretch.place !== filter.place) return false
  return filter.areas.length === 0 || stretch.areas.some((area) => filter.areas.includes(area))
}

export function filterStretches<T extends StretchData>(stretches: readonly T[], filter: StretchFilter): T[] {
  return stretches.filter((stretch) => matchesFilter(stretch, filter))
}

/** The areas the library actually covers, in the settings' order (head to toe). */
export function areasInLibrary(stretches: readonly StretchData[], order: readonly BodyArea[]): BodyArea[] {
  const covered = new Set(stretches.flatMap((stretch) => stretch.areas))
  return order.filter((area) => covered.has(area))
}

export function toggleArea(areas: readonly BodyArea[], area: BodyArea): BodyArea[] {
  return areas.includes(area) ? areas.filter((selected) => selected !== area) : [...areas, area]
}

/** The live-region text after each filter change. */
export function resultCountText(t: TFunction, shown: number, total: number): string {
  if (shown === 0) return t('stretches.count.none')
  if (shown === total) return t('stretches.count.all', { count: total })
  return t('stretches.count.some', { shown, count: total })
}
