import { describe, expect, it } from 'vitest'
import { DueItems, EngineStuckError, MAX_PASSES_PER_CATCH_UP } from '../../../src/core/engine/due-items'

describe('DueItems', () => {
  it('has no next item when nothing is due at a known moment', () => {
    const items = new DueItems()
    items.add('break', null)
    items.add('posture', null)
    expect(items.earliest()).toBeNull()
  })

  it('picks the earliest moment, whatever the order the candidates came in', () => {
    const items = new DueItems()
    items.add('posture', 3000)
    items.add('breakEnd', 5000)
    items.add('warning', 1000)
    expect(items.earliest()).toEqual({ kind: 'warning', atMs: 1000 })
  })

  it('at a tie hands the earlier kind first: a break ends before a cue, a warning before its break', () => {
    const tie = new DueItems()
    tie.add('posture', 1000)
    tie.add('break', 1000)
    tie.add('warning', 1000)
    tie.add('breakEnd', 1000)
    expect(tie.earliest()?.kind).toBe('breakEnd')
    const noEnd = new DueItems()
    noEnd.add('posture', 1000)
    noEnd.add('break', 1000)
    noEnd.add('slot', 1000)
    expect(noEnd.earliest()?.kind).toBe('slot')
  })

  it('takes moments within a microsecond as the same moment (float sums), but not more apart', () => {
    const close = new DueItems()
    close.add('posture', 1000)
    close.add('break', 1000 + 1e-4)
    expect(close.earliest()?.kind).toBe('break')
    const apart = new DueItems()
    apart.add('posture', 1000)
    apart.add('break', 1000.01)
    expect(apart.earliest()?.kind).toBe('posture')
  })
})

describe('EngineStuckError', () => {
  it('names the item and the pass cap', () => {
    const error = new EngineStuckError("'posture' at 5 ms")
    expect(error.name).toBe('EngineStuckError')
    expect(error.stuckOn).toBe("'posture' at 5 ms")
    expect(error.message).toContain(`still due after ${MAX_PASSES_PER_CATCH_UP} passes`)
  })
})
