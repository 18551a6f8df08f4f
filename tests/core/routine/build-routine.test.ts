import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { buildRoutine, singleExerciseRoutine, type BuildRoutineInput } from '../../../src/core/routine'
import { routineSchema, stretches, type Routine, type Stretch } from '../../../src/shared/content'

const byId = new Map(stretches.map((stretch) => [stretch.id, stretch]))

function stretchOf(id: string): Stretch {
  const stretch = byId.get(id)
  if (stretch === undefined) throw new Error(`unknown stretch ${id}`)
  return stretch
}

function build(overrides: Partial<BuildRoutineInput> = {}): Routine {
  return buildRoutine({ durationSeconds: 300, stretches, seed: 1, ...overrides })
}

const seeds = Array.from({ length: 40 }, (_, index) => index * 7919 + 3)

describe('buildRoutine: length', () => {
  it.each([60, 120, 300, 600])('fits a %i-second break within ±10 %% for many seeds and settings', (durationSeconds) => {
    for (const seed of seeds) {
      for (const allowFloor of [false, true]) {
        for (const weakerSide of ['none', 'left', 'right'] as const) {
          const routine = build({ durationSeconds, seed, allowFloor, weakerSide, focusAreas: seed % 2 === 0 ? ['neck'] : [] })
          expect(Math.abs(routine.totalSeconds - durationSeconds), `seed ${seed}`).toBeLessThanOrEqual(durationSeconds * 0.1)
        }
      }
    }
  })

  it('fits any break from 1 to 60 minutes (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 60, max: 3600 }),
        fc.integer(),
        fc.constantFrom('none' as const, 'left' as const, 'right' as const),
        fc.boolean(),
        (durationSeconds, seed, weakerSide, allowFloor) => {
          const routine = build({ durationSeconds, seed, weakerSide, allowFloor })
          expect(routineSchema.safeParse(routine).success).toBe(true)
          expect(Math.abs(routine.totalSeconds - durationSeconds)).toBeLessThanOrEqual(durationSeconds * 0.1)
        }
      ),
      { numRuns: 200 }
    )
  })

  it('closes a gap that needs two doses to move at once (found by the property test)', () => {
    const routine = build({ durationSeconds: 61, seed: 1965873063, weakerSide: 'left' })
    expect(Math.abs(routine.totalSeconds - 61)).toBeLessThanOrEqual(6.1)
  })

  it('adds up: the total is the sum of the items', () => {
    const routine = build({ durationSeconds: 600, allowFloor: true })
    expect(routine.totalSeconds).toBe(routine.items.reduce((total, item) => total + item.estimatedSeconds, 0))
  })

  it('gives a 30-second micro break one short desk move or the eye break', () => {
    for (const seed of seeds) {
      const routine = build({ durationSeconds: 30, seed, allowFloor: true })
      expect(routine.items).toHaveLength(1)
      const [item] = routine.items
      expect(stretchOf(item?.exerciseId ?? '').place).toBe('desk')
      expect(routine.totalSeconds).toBeLessThanOrEqual(33)
      expect(routine.totalSeconds).toBeGreaterThanOrEqual(22.5)
    }
    const picked = new Set(seeds.map((seed) => build({ durationSeconds: 30, seed }).items[0]?.exerciseId))
    expect(picked.size).toBeGreaterThan(3)
  })

  it('rejects a break without a positive length', () => {
    expect(() => build({ durationSeconds: 0 })).toThrow(RangeError)
    expect(() => build({ durationSeconds: Number.NaN })).toThrow(RangeError)
  })
})

describe('buildRoutine: variety', () => {
  it('is deterministic for a seed and varies across seeds', () => {
    expect(build({ seed: 42 })).toEqual(build({ seed: 42 }))
    const routines = new Set(seeds.map((seed) => build({ seed }).items.map((item) => item.exerciseId).join(',')))
    expect(routines.size).toBeGreaterThan(seeds.length * 0.8)
  })

  it('accepts any number as a seed and records the one it used', () => {
    const routine = build({ seed: 2 ** 40 + 5 })
    expect(routineSchema.safeParse(routine).success).toBe(true)
    expect(build({ seed: routine.seed })).toEqual(routine)
  })

  it('avoids moves from recent breaks when others can fill the break', () => {
    const deskIds = stretches.filter((stretch) => stretch.place === 'desk').map((stretch) => stretch.id)
    const recentIds = deskIds.filter((_, index) => index % 2 === 0)
    for (const seed of seeds) {
      const routine = build({ durationSeconds: 120, seed, recentIds })
      for (const item of routine.items) expect(recentIds).not.toContain(item.exerciseId)
    }
  })

  it('still builds a full routine when every move was used recently', () => {
    const recentIds = stretches.map((stretch) => stretch.id)
    const routine = build({ durationSeconds: 120, recentIds })
    expect(Math.abs(routine.totalSeconds - 120)).toBeLessThanOrEqual(12)
  })

  it('leans toward the focus areas', () => {
    const wristShare = (focusAreas: BuildRoutineInput['focusAreas']): number => {
      let withWrists = 0
      for (let seed = 0; seed < 300; seed += 1) {
        const routine = build({ durationSeconds: 120, seed, focusAreas })
        if (routine.items.some((item) => stretchOf(item.exerciseId).areas.includes('wrists'))) withWrists += 1
      }
      return withWrists / 300
    }
    const without = wristShare([])
    const withFocus = wristShare(['wrists'])
    expect(withFocus).toBeGreaterThan(without * 1.8)
    expect(withFocus).toBeGreaterThan(0.4)
  })
})

describe('buildRoutine: floor moves', () => {
  const isFloor = (routine: Routine): boolean[] => routine.items.map((item) => stretchOf(item.exerciseId).place === 'floor')

  it('never uses the floor unless allowed', () => {
    for (const seed of seeds) {
      for (const durationSeconds of [60, 300, 600, 1200]) {
        expect(isFloor(build({ durationSeconds, seed, allowFloor: false }))).not.toContain(true)
      }
    }
  })

  it('keeps the floor out of short breaks even when allowed', () => {
    for (const seed of seeds) expect(isFloor(build({ durationSeconds: 240, seed, allowFloor: true }))).not.toContain(true)
  })

  it('uses the floor in long breaks when allowed, and puts those moves last', () => {
    let routinesWithFloor = 0
    for (const seed of seeds) {
      const flags = isFloor(build({ durationSeconds: 600, seed, allowFloor: true }))
      if (flags.includes(true)) routinesWithFloor += 1
      const firstFloor = flags.indexOf(true)
      if (firstFloor >= 0) expect(flags.slice(firstFloor)).not.toContain(false)
    }
    expect(routinesWithFloor).toBeGreaterThan(seeds.length / 2)
  })
})

describe('buildRoutine: weaker side', () => {
  it.each(['left', 'right'] as const)('starts one-sided moves with the %s side and gives the other side fewer reps', (weakerSide) => {
    const stronger = weakerSide === 'left' ? 'right' : 'left'
    let checked = 0
    for (const seed of seeds) {
      for (const item of build({ durationSeconds: 600, seed, weakerSide }).items) {
        const stretch = stretchOf(item.exerciseId)
        if (stretch.sides === 'both') {
          expect(item.sides).toEqual([{ side: 'both', reps: item.sides[0]?.reps }])
          continue
        }
        const [first, second] = item.sides
        expect(first?.side).toBe(weakerSide)
        expect(second?.side).toBe(stronger)
        const weakerReps = first?.reps ?? 0
        const strongerReps = second?.reps ?? 0
        expect(strongerReps).toBeGreaterThanOrEqual(1)
        if (weakerReps === 1) {
          expect(strongerReps).toBe(1)
        } else if (item.kind === 'hold') {
          expect(weakerReps - strongerReps).toBe(1)
        } else {
          expect(weakerReps - strongerReps).toBeGreaterThanOrEqual(1)
          expect(weakerReps - strongerReps).toBeLessThanOrEqual(2)
        }
        checked += 1
      }
    }
    expect(checked).toBeGreaterThan(50)
  })

  it('does both sides alike, left first, when no side is weaker', () => {
    for (const item of build({ durationSeconds: 600, weakerSide: 'none' }).items) {
      if (item.sides.length === 2) {
        expect(item.sides.map((side) => side.side)).toEqual(['left', 'right'])
        expect(item.sides[0]?.reps).toBe(item.sides[1]?.reps)
      }
    }
  })
})

describe('buildRoutine: doses', () => {
  it('never goes beyond what the sources allow', () => {
    for (const seed of seeds) {
      for (const item of build({ durationSeconds: 1200, seed, allowFloor: true }).items) {
        const { dose } = stretchOf(item.exerciseId)
        const maxReps = dose.repsRange?.max ?? dose.reps
        const maxSets = dose.setsRange?.max ?? dose.sets
        for (const side of item.sides) expect(side.reps).toBeLessThanOrEqual(maxReps)
        expect(item.sets).toBeLessThanOrEqual(maxSets)
        if (dose.kind === 'hold') {
          expect(item.holdSeconds).toBeLessThanOrEqual(dose.holdSecondsRange?.max ?? dose.holdSeconds)
          expect(item.holdSeconds).toBeGreaterThanOrEqual(dose.holdSecondsRange?.min ?? dose.holdSeconds)
        }
      }
    }
  })
})

describe('singleExerciseRoutine', () => {
  it('plays one move at its listed dose, weaker side first with fewer reps on the stronger side', () => {
    const oneSided = stretches.find((stretch) => stretch.sides === 'each' && stretch.dose.reps >= 2)
    if (!oneSided) throw new Error('the library has a one-sided move with several reps')
    const routine = singleExerciseRoutine(oneSided, 'right')
    expect(routine.items).toHaveLength(1)
    const [item] = routine.items
    expect(item?.exerciseId).toBe(oneSided.id)
    expect(item?.sides.map((side) => side.side)).toEqual(['right', 'left'])
    expect(item?.sides[0]?.reps).toBe(oneSided.dose.reps)
    expect(item?.sides[1]?.reps).toBeLessThan(oneSided.dose.reps)
    expect(routine.totalSeconds).toBe(item?.estimatedSeconds)
  })
})

describe('buildRoutine: a cap on moves', () => {
  it('keeps to maxMoves and never runs over the break', () => {
    for (const seed of seeds) {
      for (const durationSeconds of [240, 300, 540]) {
        const maxMoves = Math.round(durationSeconds / 100)
        const routine = build({ durationSeconds, seed, maxMoves })
        expect(routine.items.length, `seed ${seed}`).toBeLessThanOrEqual(maxMoves)
        expect(routine.items.length).toBeGreaterThanOrEqual(1)
        expect(routine.totalSeconds).toBeLessThanOrEqual(durationSeconds * 1.1)
      }
    }
  })

  it('without a cap a 5-minute break still takes more than three moves (the cap is what limits it)', () => {
    expect(seeds.some((seed) => build({ durationSeconds: 300, seed }).items.length > 3)).toBe(true)
  })
})
