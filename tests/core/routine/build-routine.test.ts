import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { buildRoutine, fittedSingleRoutine, singleExerciseRoutine, type BuildRoutineInput, type SidePreferences } from '../../../src/core/routine'
import { routineSchema, stretches, type Routine, type StretchData } from '../../../src/shared/content'

const byId = new Map(stretches.map((stretch) => [stretch.id, stretch]))

function stretchOf(id: string): StretchData {
  const stretch = byId.get(id)
  if (stretch === undefined) throw new Error(`unknown stretch ${id}`)
  return stretch
}

function build(overrides: Partial<BuildRoutineInput> = {}): Routine {
  return buildRoutine({ durationSeconds: 300, stretches, seed: 1, ...overrides })
}

/** Neither, opposite sides (the common case, seed 000), and the same side. */
const sidePairs: readonly SidePreferences[] = [
  { weaker: 'none', tighter: 'none' },
  { weaker: 'left', tighter: 'right' },
  { weaker: 'right', tighter: 'left' },
  { weaker: 'left', tighter: 'left' }
]

const seeds = Array.from({ length: 40 }, (_, index) => index * 7919 + 3)

describe('buildRoutine: length', () => {
  it.each([60, 120, 300, 600])('fits a %i-second break to within a tenth of its length, for many seeds and settings', (durationSeconds) => {
    for (const seed of seeds) {
      for (const allowFloor of [false, true]) {
        for (const sidePreferences of sidePairs) {
          const routine = build({ durationSeconds, seed, allowFloor, sidePreferences, focusAreas: seed % 2 === 0 ? ['neck'] : [] })
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
        fc.constantFrom(...sidePairs),
        fc.boolean(),
        (durationSeconds, seed, sidePreferences, allowFloor) => {
          const routine = build({ durationSeconds, seed, sidePreferences, allowFloor })
          expect(routineSchema.safeParse(routine).success).toBe(true)
          expect(Math.abs(routine.totalSeconds - durationSeconds)).toBeLessThanOrEqual(durationSeconds * 0.1)
        }
      ),
      { numRuns: 200 }
    )
  })

  it('closes a gap that needs two doses to move at once (found by the property test)', () => {
    const routine = build({ durationSeconds: 61, seed: 1965873063, sidePreferences: { weaker: 'left', tighter: 'left' } })
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
    // Chest has two moves in the library, so without a focus it turns up in few routines.
    const chestShare = (focusAreas: BuildRoutineInput['focusAreas']): number => {
      let withChest = 0
      for (let seed = 0; seed < 300; seed += 1) {
        const routine = build({ durationSeconds: 120, seed, focusAreas })
        if (routine.items.some((item) => stretchOf(item.exerciseId).areas.includes('chest'))) withChest += 1
      }
      return withChest / 300
    }
    const without = chestShare([])
    const withFocus = chestShare(['chest'])
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

  it('keeps the floor out of breaks under 10 minutes even when allowed', () => {
    for (const seed of seeds) {
      for (const durationSeconds of [240, 599]) expect(isFloor(build({ durationSeconds, seed, allowFloor: true }))).not.toContain(true)
    }
  })

  it('never mixes the walking break into a routine', () => {
    for (const seed of seeds) {
      for (const item of build({ durationSeconds: 900, seed, allowFloor: true }).items) {
        expect(stretchOf(item.exerciseId).standalone).toBeUndefined()
      }
    }
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

describe('buildRoutine: weaker side (strengthening moves)', () => {
  it.each(['left', 'right'] as const)('starts one-sided strengthening moves with the %s side and gives the other side fewer', (weakerSide) => {
    const stronger = weakerSide === 'left' ? 'right' : 'left'
    let checked = 0
    for (const seed of seeds) {
      for (const item of build({ durationSeconds: 600, seed, allowFloor: true, sidePreferences: { weaker: weakerSide, tighter: 'none' } }).items) {
        const stretch = stretchOf(item.exerciseId)
        if (stretch.sides === 'both') {
          expect(item.sides).toEqual([{ side: 'both', reps: item.sides[0]?.reps }])
          continue
        }
        if (stretch.oneSide?.role !== 'strength') {
          // A weaker side alone leaves stretches even.
          expect(item.sides[0]?.reps).toBe(item.sides[1]?.reps)
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
    expect(checked).toBeGreaterThan(20)
  })

  it('does both sides alike, left first, when no side is marked', () => {
    for (const item of build({ durationSeconds: 600 }).items) {
      if (item.sides.length === 2) {
        expect(item.sides.map((side) => side.side)).toEqual(['left', 'right'])
        expect(item.sides[0]?.reps).toBe(item.sides[1]?.reps)
      }
    }
  })
})

describe('buildRoutine: tighter side (stretches)', () => {
  it.each(['left', 'right'] as const)('gives one-sided stretches one extra hold on the %s side, first', (tighterSide) => {
    const other = tighterSide === 'left' ? 'right' : 'left'
    let extra = 0
    for (const seed of seeds) {
      for (const item of build({ durationSeconds: 600, seed, sidePreferences: { weaker: other, tighter: tighterSide } }).items) {
        const stretch = stretchOf(item.exerciseId)
        if (stretch.sides === 'both' || stretch.oneSide?.role !== 'stretch') continue
        const [first, second] = item.sides
        expect(first?.side).toBe(tighterSide)
        expect(second?.side).toBe(other)
        const difference = (first?.reps ?? 0) - (second?.reps ?? 0)
        // One more, or the same when the sources allow no more holds.
        expect([0, 1]).toContain(difference)
        if (difference === 0) expect(first?.reps).toBe(stretch.dose.repsRange?.max ?? stretch.dose.reps)
        else extra += 1
      }
    }
    expect(extra).toBeGreaterThan(20)
  })

  it('puts the extra neck hold on the side being stretched (the fix for the old mixed convention)', () => {
    const neck = stretchOf('neck-side-bend')
    const [item] = singleExerciseRoutine(neck, { weaker: 'none', tighter: 'right' }).items
    expect(item?.sides).toEqual([
      { side: 'right', reps: neck.dose.reps + 1 },
      { side: 'left', reps: neck.dose.reps }
    ])
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
    const oneSided = stretches.find((stretch) => stretch.oneSide?.role === 'strength' && stretch.dose.reps >= 2)
    if (!oneSided) throw new Error('the library has a one-sided strengthening move with several reps')
    const routine = singleExerciseRoutine(oneSided, { weaker: 'right', tighter: 'left' })
    expect(routine.items).toHaveLength(1)
    const [item] = routine.items
    expect(item?.exerciseId).toBe(oneSided.id)
    expect(item?.sides.map((side) => side.side)).toEqual(['right', 'left'])
    expect(item?.sides[0]?.reps).toBe(oneSided.dose.reps)
    expect(item?.sides[1]?.reps).toBeLessThan(oneSided.dose.reps)
    expect(routine.totalSeconds).toBe(item?.estimatedSeconds)
  })
})

describe('fittedSingleRoutine (the walking break)', () => {
  const walk = stretchOf('walk-away-from-desk')

  it.each([
    [300, 295],
    [600, 300],
    [120, 115],
    [30, 60]
  ])('fits a %i-second break (with 5 s to get ready) with a walk of %i s, within the 1–5 minutes the sources give', (durationSeconds, holdSeconds) => {
    const routine = fittedSingleRoutine(walk, durationSeconds)
    expect(routine.items).toHaveLength(1)
    expect(routine.items[0]?.holdSeconds).toBe(holdSeconds)
    expect(routineSchema.safeParse(routine).success).toBe(true)
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
