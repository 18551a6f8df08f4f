import { describe, expect, it } from 'vitest'
import { layoutDailyBreaks, niceAxis } from '../../../../src/renderer/src/features/stats/chart-layout'
import { day } from './stats-fixtures'

describe('niceAxis', () => {
  it.each([
    [0, 4, 1],
    [3, 3, 1],
    [5, 5, 1],
    [6, 6, 2],
    [9, 10, 2],
    [11, 15, 5],
    [23, 25, 5],
    [26, 30, 10],
    [120, 150, 50]
  ])('max %i → axis top %i in steps of %i', (value, max, step) => {
    expect(niceAxis(value)).toEqual({ max, step })
  })
})

describe('layoutDailyBreaks', () => {
  // Plot area of the default 640×260 chart: top 14, bottom 216, so 202 units tall.
  const plotHeight = 202
  const series = [
    day('2026-03-04', { breaksCompleted: 3, naturalBreaks: 1, breaksPostponed: 1, breaksSkipped: 1 }),
    day('2026-03-05'),
    day('2026-03-06', { breaksCompleted: 2 })
  ]
  const layout = layoutDailyBreaks(series)

  it('scales the count axis to the busiest day: postpones are not breaks (5 breaks → top 5)', () => {
    expect(layout.yMax).toBe(5)
    expect(layout.yTicks.map((tick) => tick.value)).toEqual([0, 1, 2, 3, 4, 5])
  })

  it('stacks completed, natural, skipped, missed from the bottom, one block per break', () => {
    const [first] = layout.bars
    expect(first?.segments.map((segment) => [segment.kind, segment.count, segment.units.length])).toEqual([
      ['completed', 3, 3],
      ['natural', 1, 1],
      ['skipped', 1, 1]
    ])
    const heights = first?.segments.map((segment) => segment.height) ?? []
    expect(heights[0]).toBeCloseTo((3 / 5) * plotHeight)
    expect(heights[1]).toBeCloseTo((1 / 5) * plotHeight)
    // Each segment sits on the one below it, and each block on the one below it.
    const completed = first?.segments[0]
    const natural = first?.segments[1]
    expect((natural?.y ?? 0) + (natural?.height ?? 0)).toBeCloseTo(completed?.y ?? -1)
    expect((completed?.y ?? 0) + (completed?.height ?? 0)).toBeCloseTo(layout.plot.bottom)
    const blocks = completed?.units ?? []
    expect((blocks[1]?.y ?? 0) + (blocks[1]?.height ?? 0)).toBeCloseTo(blocks[0]?.y ?? -1)
    // the postpone is a count above the bar
    expect(first?.postpones?.count).toBe(1)
    expect(first?.postpones?.y).toBeLessThan(first?.segments[2]?.y ?? 0)
    expect(layout.bars[2]?.postpones).toBeNull()
  })

  it('draws no segment for a day without breaks and leaves a gap in the adherence line', () => {
    expect(layout.bars[1]?.segments).toEqual([])
    expect(layout.bars[1]?.adherenceY).toBeNull()
    // Two separate runs: each starts with a move.
    expect(layout.adherencePath.match(/M/g)).toHaveLength(2)
    expect(layout.adherencePath).not.toContain('L')
  })

  it('places adherence on a 0–100 % scale (4 taken, 1 skipped → 80 %; postpones do not count)', () => {
    expect(series[0]?.adherencePercent).toBe(80)
    expect(layout.bars[0]?.adherenceY).toBeCloseTo(layout.plot.bottom - 0.8 * plotHeight)
    expect(layout.bars[2]?.adherenceY).toBeCloseTo(layout.plot.top)
  })
})
