import { describe, expect, it } from 'vitest'
import {
  areasInLibrary,
  filterStretches,
  matchesFilter,
  noFilter,
  resultCountText,
  toggleArea
} from '../../../../src/renderer/src/features/stretches/stretch-filter'
import { doseText, sidesText } from '../../../../src/renderer/src/features/stretches/stretch-labels'
import { englishContent, englishI18n } from '../../../helpers/english-content'
import { bodyAreaSchema } from '@shared/settings'
import type { Stretch } from '@shared/content/schema'

const { stretches } = englishContent

function byId(id: string): Stretch {
  const stretch = stretches.find((candidate) => candidate.id === id)
  if (!stretch) throw new Error(`no stretch ${id}`)
  return stretch
}

describe('stretch filter', () => {
  it('shows everything without a filter', () => {
    expect(filterStretches(stretches, noFilter)).toHaveLength(stretches.length)
  })

  it('keeps stretches that work any selected area', () => {
    const shown = filterStretches(stretches, { areas: ['neck', 'wrists'], place: 'all' })
    expect(shown.length).toBeGreaterThan(0)
    expect(shown.every((stretch) => stretch.areas.includes('neck') || stretch.areas.includes('wrists'))).toBe(true)
    const missed = stretches.filter((stretch) => !shown.includes(stretch))
    expect(missed.some((stretch) => stretch.areas.includes('neck') || stretch.areas.includes('wrists'))).toBe(false)
  })

  it('separates desk moves from floor moves', () => {
    const floor = filterStretches(stretches, { areas: [], place: 'floor' })
    const desk = filterStretches(stretches, { areas: [], place: 'desk' })
    expect(floor.map((stretch) => stretch.id)).toContain('bird-dog')
    expect(floor.every((stretch) => stretch.place === 'floor')).toBe(true)
    expect(desk.every((stretch) => stretch.place === 'desk')).toBe(true)
    expect(floor.length + desk.length).toBe(stretches.length)
  })

  it('combines area and place', () => {
    expect(matchesFilter(byId('bird-dog'), { areas: ['lower-back'], place: 'floor' })).toBe(true)
    expect(matchesFilter(byId('bird-dog'), { areas: ['lower-back'], place: 'desk' })).toBe(false)
    expect(matchesFilter(byId('chin-tuck'), { areas: ['lower-back'], place: 'desk' })).toBe(false)
  })

  it('toggles an area on and off', () => {
    expect(toggleArea([], 'neck')).toEqual(['neck'])
    expect(toggleArea(['neck', 'hips'], 'neck')).toEqual(['hips'])
  })

  it('offers only areas the library covers, head to toe', () => {
    const areas = areasInLibrary(stretches, bodyAreaSchema.options)
    expect(areas[0]).toBe('neck')
    expect(areas).toContain('eyes')
  })

  it('words the result count', () => {
    expect(resultCountText(englishI18n.t, 26, 26)).toBe('Showing all 26 stretches.')
    expect(resultCountText(englishI18n.t, 4, 26)).toBe('Showing 4 of 26 stretches.')
    expect(resultCountText(englishI18n.t, 0, 26)).toBe('No stretches match these filters.')
  })
})

describe('stretch labels', () => {
  it('describes holds and repetitions', () => {
    expect(doseText(englishI18n.t, byId('neck-side-bend'))).toBe('Hold 20 s × 2, 1 set')
    expect(doseText(englishI18n.t, byId('chin-tuck'))).toBe('10 reps, 1 set')
    expect(doseText(englishI18n.t, byId('eye-break-20-20-20'))).toBe('Hold 20 s, 1 set')
  })

  it('says how sides are worked, except for the eyes', () => {
    expect(sidesText(englishI18n.t, byId('neck-side-bend'))).toBe('One side at a time, then the other')
    expect(sidesText(englishI18n.t, byId('chin-tuck'))).toBe('Both sides together')
    expect(sidesText(englishI18n.t, byId('eye-break-20-20-20'))).toBeNull()
  })
})
