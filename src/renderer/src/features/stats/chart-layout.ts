import type { DayStats } from '@shared/stats'

/**
 * A break's final outcome, stacked from the bottom in this order; the names match the --chart-*
 * colour variables. Each break that fell due (or was taken naturally) is one segment; postpones
 * are not breaks of their own and show as a count on the bar.
 */
export const breakKinds = ['completed', 'natural', 'skipped', 'missed'] as const
export type BreakKind = (typeof breakKinds)[number]


export function countOf(day: DayStats, kind: BreakKind): number {
  switch (kind) {
    case 'completed':
      return day.breaksCompleted
    case 'natural':
      return day.naturalBreaks
    case 'skipped':
      return day.breaksSkipped
    case 'missed':
      return day.breaksMissed
  }
}

export interface ChartSize {
  width: number
  height: number
}

export interface BarSegment {
  kind: BreakKind
  count: number
  y: number
  height: number
  /** one per break, bottom first: each break that fell due is its own block */
  units: { y: number; height: number }[]
}

export interface DayBar {
  day: DayStats
  /** Centre of the day's band. */
  centreX: number
  x: number
  width: number
  total: number
  segments: BarSegment[]
  /** the day's postpones, drawn as a count above the bar; null when there were none */
  postpones: { count: number; y: number } | null
  /** Where the adherence point sits, or null on a day without breaks. */
  adherenceY: number | null
}

export interface ChartLayout {
  size: ChartSize
  plot: { left: number; right: number; top: number; bottom: number }
  yMax: number
  yTicks: { value: number; y: number }[]
  percentTicks: { value: number; y: number }[]
  bars: DayBar[]
  /** One SVG path; runs of days with breaks are joined, a day without breaks leaves a gap. */
  adherencePath: string
}

export const defaultChartSize: ChartSize = { width: 640, height: 260 }
const margin = { left: 36, right: 46, top: 14, bottom: 44 }
const barShareOfBand = 0.62

/** A round top for the count axis with at most five steps of 1, 2, 5, 10, 20, 50… */
export function niceAxis(maxValue: number): { max: number; step: number } {
  if (maxValue <= 0) return { max: 4, step: 1 }
  for (let magnitude = 1; ; magnitude *= 10) {
    for (const base of [1, 2, 5]) {
      const step = base * magnitude
      const steps = Math.ceil(maxValue / step)
      if (steps <= 5) return { max: Math.max(steps, 1) * step, step }
    }
  }
}

/** Geometry of the daily breaks chart; pure, so tests can check heights without a browser. */
export function layoutDailyBreaks(series: readonly DayStats[], size: ChartSize = defaultChartSize): ChartLayout {
  const plot = {
    left: margin.left,
    right: size.width - margin.right,
    top: margin.top,
    bottom: size.height - margin.bottom
  }
  const plotHeight = plot.bottom - plot.top
  const totals = series.map((day) => breakKinds.reduce((sum, kind) => sum + countOf(day, kind), 0))
  const axis = niceAxis(Math.max(0, ...totals))
  const band = series.length > 0 ? (plot.right - plot.left) / series.length : 0
  const barWidth = band * barShareOfBand
  const yOf = (count: number): number => plot.bottom - (count / axis.max) * plotHeight
  const percentY = (percent: number): number => plot.bottom - (percent / 100) * plotHeight

  const bars = series.map((day, index): DayBar => {
    const centreX = plot.left + band * (index + 0.5)
    let stacked = 0
    const segments: BarSegment[] = []
    for (const kind of breakKinds) {
      const count = countOf(day, kind)
      if (count === 0) continue
      const height = (count / axis.max) * plotHeight
      const units = Array.from({ length: count }, (_, unit) => ({ y: yOf(stacked + unit + 1), height: height / count }))
      segments.push({ kind, count, y: yOf(stacked + count), height, units })
      stacked += count
    }
    return {
      day,
      centreX,
      x: centreX - barWidth / 2,
      width: barWidth,
      total: totals[index] ?? 0,
      segments,
      postpones: day.breaksPostponed > 0 ? { count: day.breaksPostponed, y: yOf(stacked) - 4 } : null,
      adherenceY: day.adherencePercent === null ? null : percentY(day.adherencePercent)
    }
  })

  let adherencePath = ''
  let inRun = false
  for (const bar of bars) {
    if (bar.adherenceY === null) {
      inRun = false
      continue
    }
    adherencePath += `${adherencePath ? ' ' : ''}${inRun ? 'L' : 'M'} ${round(bar.centreX)} ${round(bar.adherenceY)}`
    inRun = true
  }

  const yTicks: ChartLayout['yTicks'] = []
  for (let value = 0; value <= axis.max; value += axis.step) yTicks.push({ value, y: yOf(value) })

  return {
    size,
    plot,
    yMax: axis.max,
    yTicks,
    percentTicks: [0, 50, 100].map((value) => ({ value, y: percentY(value) })),
    bars,
    adherencePath
  }
}

function round(value: number): number {
  return Math.round(value * 100) / 100
}

/** Room one date label ("Feb 24") needs. */
const labelPx = 46

/**
 * Which days get an x-axis label: every day of a week; in a month every fifth day counted back
 * from today, or every tenth when the chart is too narrow for that.
 */
export function labelEvery(dayCount: number, bandPx: number): number {
  if (dayCount <= 10) return 1
  return bandPx * 5 >= labelPx ? 5 : 10
}
