import { describe, expect, it } from 'vitest'
import { createPrng, exerciseSeconds, orderSides } from '../../../src/core/routine'
import { stretches, type StretchData } from '../../../src/shared/content'

function stretchOf(id: string): StretchData {
  const stretch = stretches.find((candidate) => candidate.id === id)
  if (stretch === undefined) throw new Error(`unknown stretch ${id}`)
  return stretch
}

describe('exerciseSeconds', () => {
  it('counts getting ready, holds, releases and the side change', () => {
    // 5 s ready + (20 + 3 + 20) left + 4 s switch + (20 + 3 + 20) right
    expect(exerciseSeconds(stretchOf('neck-side-bend'))).toBe(95)
    expect(exerciseSeconds(stretchOf('neck-side-bend'), { reps: 1, holdSeconds: 15 })).toBe(39)
  })

  it('takes about 3 s per repetition without a tempo, and the tempo when there is one', () => {
    expect(exerciseSeconds(stretchOf('chin-tuck'))).toBe(5 + 10 * 3)
    expect(exerciseSeconds(stretchOf('calf-raises'))).toBe(5 + 5 * (3 + 5))
  })

  it('gives the tighter side one extra hold in a one-sided stretch', () => {
    // 5 s ready + three right holds with two releases + 4 s switch + two left holds with one release
    expect(exerciseSeconds(stretchOf('neck-side-bend'), { sidePreferences: { weaker: 'none', tighter: 'right' } })).toBe(5 + 66 + 4 + 43)
  })

  it('adds a rest between sets and floor moves take longer to get into', () => {
    // 10 s ready; per set: 6 holds of 5 s and 5 releases a side, plus a 4 s switch
    const perSet = 2 * (6 * 5 + 5 * 3) + 4
    expect(exerciseSeconds(stretchOf('bird-dog'), { sets: 2 })).toBe(10 + perSet * 2 + 10)
  })

  it('is positive and finite for every move', () => {
    for (const stretch of stretches) {
      const seconds = exerciseSeconds(stretch)
      expect(Number.isFinite(seconds)).toBe(true)
      expect(seconds).toBeGreaterThan(0)
    }
  })
})

describe('orderSides', () => {
  const balance = stretchOf('single-leg-balance')
  const legRaise = stretchOf('lateral-leg-raise')
  const neck = stretchOf('neck-side-bend')
  const weakerRight = { weaker: 'right', tighter: 'none' } as const
  const weakerLeft = { weaker: 'left', tighter: 'none' } as const

  it('leaves two-sided moves alone', () => {
    expect(orderSides(stretchOf('chin-tuck'), 10, { weaker: 'left', tighter: 'left' })).toEqual([{ side: 'both', reps: 10 }])
  })

  it('strengthening: puts the weaker side first and takes 1 hold, or 1–2 reps, off the stronger side, never below 1', () => {
    expect(orderSides(balance, 3, weakerRight)).toEqual([
      { side: 'right', reps: 3 },
      { side: 'left', reps: 2 }
    ])
    expect(orderSides(legRaise, 5, weakerLeft)).toEqual([
      { side: 'left', reps: 5 },
      { side: 'right', reps: 4 }
    ])
    expect(orderSides(legRaise, 8, weakerLeft)).toEqual([
      { side: 'left', reps: 8 },
      { side: 'right', reps: 6 }
    ])
    expect(orderSides(balance, 1, weakerLeft)).toEqual([
      { side: 'left', reps: 1 },
      { side: 'right', reps: 1 }
    ])
  })

  it('strengthening ignores the tighter side, and stretches ignore the weaker side', () => {
    expect(orderSides(legRaise, 5, { weaker: 'none', tighter: 'right' })).toEqual([
      { side: 'left', reps: 5 },
      { side: 'right', reps: 5 }
    ])
    expect(orderSides(neck, 2, weakerRight)).toEqual([
      { side: 'left', reps: 2 },
      { side: 'right', reps: 2 }
    ])
  })

  it('stretches: the tighter side goes first with one extra hold, up to the most the sources allow', () => {
    expect(orderSides(neck, 2, { weaker: 'left', tighter: 'right' })).toEqual([
      { side: 'right', reps: 3 },
      { side: 'left', reps: 2 }
    ])
    const most = neck.dose.repsRange?.max ?? neck.dose.reps
    expect(orderSides(neck, most, { weaker: 'none', tighter: 'left' })).toEqual([
      { side: 'left', reps: most },
      { side: 'right', reps: most }
    ])
  })
})

describe('createPrng', () => {
  it('repeats for a seed and stays in [0, 1)', () => {
    const first = createPrng(123)
    const second = createPrng(123)
    const values = Array.from({ length: 1000 }, () => first())
    expect(values).toEqual(Array.from({ length: 1000 }, () => second()))
    expect(values.every((value) => value >= 0 && value < 1)).toBe(true)
    expect(createPrng(124)()).not.toBe(createPrng(123)())
  })
})
