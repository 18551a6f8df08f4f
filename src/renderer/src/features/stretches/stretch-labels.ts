import type { TFunction } from 'i18next'
import type { Stretch } from '@shared/content/schema'

/** "Hold 20 s × 2, 1 set" or "10 reps, 2 sets": the numbers from the content data, words and plurals from the catalog. */
export function doseText(t: TFunction, stretch: Stretch): string {
  const { dose } = stretch
  const sets = t('stretches.dose.sets', { count: dose.sets })
  if (dose.kind === 'hold') {
    return dose.reps === 1
      ? t('stretches.dose.hold', { seconds: dose.holdSeconds, sets })
      : t('stretches.dose.holdTimes', { seconds: dose.holdSeconds, reps: dose.reps, sets })
  }
  return t('stretches.dose.repsSets', { reps: t('stretches.dose.reps', { count: dose.reps }), sets })
}

/** Null where sides mean nothing (the eye break). */
export function sidesText(t: TFunction, stretch: Stretch): string | null {
  if (stretch.sides === 'each') return t('stretches.sidesEach')
  return stretch.areas.every((area) => area === 'eyes') ? null : t('stretches.sidesBoth')
}

export function placeText(t: TFunction, stretch: Stretch): string {
  if (stretch.place === 'floor') return t('stretches.place.floor')
  return stretch.position === 'standing' ? t('stretches.place.standing') : t('stretches.place.seated')
}
