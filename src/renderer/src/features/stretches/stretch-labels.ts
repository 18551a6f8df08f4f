import type { Stretch } from '@shared/content/schema'
export { bodyAreaLabels } from '../../lib/body-area-labels'

function count(value: number, one: string, many: string): string {
  return `${value} ${value === 1 ? one : many}`
}

/** "Hold 20 s × 2, 1 set" or "10 reps, 2 sets". */
export function doseText(stretch: Stretch): string {
  const { dose } = stretch
  const sets = count(dose.sets, 'set', 'sets')
  if (dose.kind === 'hold') {
    return dose.reps === 1 ? `Hold ${dose.holdSeconds} s, ${sets}` : `Hold ${dose.holdSeconds} s × ${dose.reps}, ${sets}`
  }
  return `${count(dose.reps, 'rep', 'reps')}, ${sets}`
}

/** Null where sides mean nothing (the eye break). */
export function sidesText(stretch: Stretch): string | null {
  if (stretch.sides === 'each') return 'One side at a time, then the other'
  return stretch.areas.every((area) => area === 'eyes') ? null : 'Both sides together'
}

export function placeText(stretch: Stretch): string {
  if (stretch.place === 'floor') return 'On the floor'
  return stretch.position === 'standing' ? 'At the desk, standing' : 'At the desk, seated'
}
