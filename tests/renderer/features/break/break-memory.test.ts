import { describe, expect, it } from 'vitest'
import { recallBreak, recalledRoutineSeconds, rememberBreak, type BreakMemory } from '../../../../src/renderer/src/features/break/break-memory'

const memory: BreakMemory = { breakStartedAtWallMs: 1_000, mode: 'stretch', walk: false, routineSeconds: 42, running: true, savedAtMs: 50_000 }

/** A storage holding one raw value under whatever key the module uses. */
function storeWith(raw: string): Storage {
  const store = new MemoryStorage()
  rememberBreak(memory, store)
  const key = store.key(0) ?? ''
  store.setItem(key, raw)
  return store
}

class MemoryStorage implements Storage {
  private readonly values = new Map<string, string>()
  get length(): number {
    return this.values.size
  }
  clear(): void {
    this.values.clear()
  }
  getItem(key: string): string | null {
    return this.values.get(key) ?? null
  }
  key(index: number): string | null {
    return [...this.values.keys()][index] ?? null
  }
  removeItem(key: string): void {
    this.values.delete(key)
  }
  setItem(key: string, value: string): void {
    this.values.set(key, value)
  }
}

describe('break memory', () => {
  it('recalls what was saved for the same break, and nothing for another break', () => {
    const store = new MemoryStorage()
    rememberBreak(memory, store)
    expect(recallBreak(1_000, 1, store)).toEqual(memory)
    // The engine's figure for the same start wobbles by a few ms from reading to reading.
    expect(recallBreak(1_007, 1, store)).toEqual({ ...memory, breakStartedAtWallMs: 1_007 })
    expect(recallBreak(3_500, 1, store)).toBeNull()
    // Sped up 60×, a real ms of wobble is 60 engine ms: the same two real seconds hold.
    expect(recallBreak(100_000, 60, store)).not.toBeNull()
    expect(recallBreak(130_000, 60, store)).toBeNull()
    expect(recallBreak(1_000, 1, new MemoryStorage())).toBeNull()
  })

  it('ignores anything it did not write: bad JSON, wrong types, values out of bounds', () => {
    const bad = [
      'not json',
      'null',
      '[]',
      JSON.stringify({ ...memory, mode: 'dance' }),
      JSON.stringify({ ...memory, walk: 'yes' }),
      JSON.stringify({ ...memory, running: 1 }),
      JSON.stringify({ ...memory, routineSeconds: -1 }),
      JSON.stringify({ ...memory, routineSeconds: 1e9 }),
      JSON.stringify({ ...memory, routineSeconds: '42' }),
      JSON.stringify({ ...memory, savedAtMs: null }),
      JSON.stringify({ ...memory, breakStartedAtWallMs: '1000' })
    ]
    for (const raw of bad) expect(recallBreak(1_000, 1, storeWith(raw)), raw).toBeNull()
    // Only the known fields come back, so extra ones cannot ride along.
    expect(recallBreak(1_000, 1, storeWith(JSON.stringify({ ...memory, extra: 'x' })))).toEqual(memory)
  })

  it('never throws when the storage refuses or is missing', () => {
    const refusing = new MemoryStorage()
    refusing.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError')
    }
    refusing.getItem = () => {
      throw new DOMException('denied', 'SecurityError')
    }
    expect(() => {
      rememberBreak(memory, refusing)
    }).not.toThrow()
    expect(recallBreak(1_000, 1, refusing)).toBeNull()
    expect(recallBreak(1_000, 1, null)).toBeNull()
  })

  it('runs a running routine on by the time since it was saved, at the time scale', () => {
    expect(recalledRoutineSeconds(memory, 53_000, 1)).toBe(45)
    expect(recalledRoutineSeconds(memory, 53_000, 10)).toBe(72)
    // Stood still (the user was looking away): where it was.
    expect(recalledRoutineSeconds({ ...memory, running: false }, 90_000, 1)).toBe(42)
    // A clock set back since adds nothing; a nonsense scale counts as real time.
    expect(recalledRoutineSeconds(memory, 10_000, 1)).toBe(42)
    expect(recalledRoutineSeconds(memory, 53_000, Number.NaN)).toBe(45)
  })
})
