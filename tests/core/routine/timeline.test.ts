import { describe, expect, it } from 'vitest'
import { buildRoutine, routineTimeline } from '../../../src/core/routine'
import { stretches, timelinePhaseSchema, type Routine } from '../../../src/shared/content'

function routine(overrides: Partial<Parameters<typeof buildRoutine>[0]> = {}): Routine {
  return buildRoutine({ durationSeconds: 600, stretches, seed: 11, allowFloor: true, ...overrides })
}

describe('routineTimeline', () => {
  it('phases run back to back and add up to the routine and to each item', () => {
    for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
      for (const durationSeconds of [30, 60, 300, 600]) {
        const side = seed % 2 === 0 ? 'left' : 'none'
        const built = routine({ seed, durationSeconds, sidePreferences: { weaker: side, tighter: side } })
        const phases = routineTimeline(built, stretches)
        let expectedStart = 0
        for (const phase of phases) {
          expect(timelinePhaseSchema.safeParse(phase).success).toBe(true)
          expect(phase.startSeconds).toBe(expectedStart)
          expectedStart += phase.seconds
        }
        expect(expectedStart).toBe(built.totalSeconds)
        for (const item of built.items) {
          const itemSeconds = phases
            .filter((phase) => phase.exerciseId === item.exerciseId)
            .reduce((total, phase) => total + phase.seconds, 0)
          const copies = built.items.filter((other) => other.exerciseId === item.exerciseId).length
          expect(itemSeconds).toBe(item.estimatedSeconds * copies)
        }
      }
    }
  })

  it('starts each move with a get-ready phase', () => {
    const built = routine()
    const phases = routineTimeline(built, stretches)
    const prepares = phases.filter((phase) => phase.kind === 'prepare')
    expect(prepares.map((phase) => phase.exerciseId)).toEqual(built.items.map((item) => item.exerciseId))
  })

  it('stretches the tighter side first, once more, and announces the change of side', () => {
    const built = buildRoutine({
      durationSeconds: 120,
      stretches: stretches.filter((stretch) => stretch.id === 'neck-side-bend'),
      sidePreferences: { weaker: 'none', tighter: 'left' },
      seed: 5
    })
    const phases = routineTimeline(built, stretches)
    const holds = phases.filter((phase) => phase.kind === 'hold')
    const leftHolds = holds.filter((phase) => phase.side === 'left')
    const rightHolds = holds.filter((phase) => phase.side === 'right')
    expect(holds[0]?.side).toBe('left')
    expect(leftHolds.length - rightHolds.length).toBe(1)
    const switchPhase = phases.find((phase) => phase.kind === 'switch-side')
    expect(switchPhase?.side).toBe('right')
    expect(phases.indexOf(switchPhase ?? phases[0]!)).toBeGreaterThan(phases.indexOf(leftHolds[leftHolds.length - 1]!))
  })

  it('counts holds per side and puts a release between them', () => {
    const built = buildRoutine({
      durationSeconds: 600,
      stretches: stretches.filter((stretch) => stretch.id === 'bird-dog'),
      seed: 1,
      allowFloor: true
    })
    const phases = routineTimeline(built, stretches)
    const item = built.items[0]
    expect(item).toBeDefined()
    const firstSideHolds = phases.filter((phase) => phase.kind === 'hold' && phase.side === 'left' && phase.set === 1)
    expect(firstSideHolds.map((phase) => phase.rep)).toEqual(firstSideHolds.map((_, index) => index + 1))
    expect(firstSideHolds.every((phase) => phase.repCount === firstSideHolds.length)).toBe(true)
    const kinds = phases.map((phase) => phase.kind)
    expect(kinds.join(' ')).toMatch(/hold rest hold/)
  })

  it('refuses a routine that names an exercise it does not know', () => {
    const built = routine()
    expect(() => routineTimeline(built, [])).toThrow(/unknown exercise/)
  })
})
