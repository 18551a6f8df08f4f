import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'
import type { DayStats } from '@shared/stats'
import { useElementWidth } from '../../components/use-element-width'
import { breakKinds, defaultChartSize, labelEvery, layoutDailyBreaks } from './chart-layout'
import { formatPercent, shortDateLabel, weekdayLabel } from './format'

export interface DailyBreaksChartProps {
  series: readonly DayStats[]
  /** The id of the text that describes the chart (the figure caption). */
  describedBy: string
}

/** Below this many pixels per day a second label line (the date) would run into its neighbour. */
const twoLineBandPx = 52

function dayAxisLabel(t: TFunction, day: DayStats, isToday: boolean, dayCount: number, roomy: boolean): [string, string] {
  if (dayCount > 10) return [isToday ? t('stats.today') : shortDateLabel(t, day.dayKey), '']
  const first = isToday ? t('stats.today') : weekdayLabel(t, day.dayKey)
  return [first, roomy ? shortDateLabel(t, day.dayKey) : '']
}

/**
 * Breaks per day: one block per break that fell due (or was taken naturally), coloured by how it
 * ended (completed, natural, skipped, missed), the day's postpones as a count above its bar, and
 * the share of breaks taken as a line on a 0–100 % scale at the right. Plain SVG: no chart library in the
 * bundle. Screen readers get the table that goes with it; the drawing is one labelled image.
 */
export function DailyBreaksChart({ series, describedBy }: DailyBreaksChartProps) {
  const { t } = useTranslation()
  const [measure, width] = useElementWidth<HTMLDivElement>(defaultChartSize.width)
  // Drawn at its real width (1 unit = 1 px), so the labels keep their size on a narrow window.
  const layout = layoutDailyBreaks(series, { width: Math.max(width, 280), height: defaultChartSize.height })
  const { plot, size } = layout
  const bandPx = (plot.right - plot.left) / Math.max(series.length, 1)
  const every = labelEvery(series.length, bandPx)
  const last = series.length - 1
  const roomy = bandPx >= twoLineBandPx
  // Points shrink with the bars so a month of them does not turn into a beaded string.
  const pointRadius = Math.min(3.5, (layout.bars[0]?.width ?? 10) / 3)

  return (
    <div className="chart-frame" ref={measure}>
      <svg
        className="breaks-chart"
        viewBox={`0 0 ${size.width} ${size.height}`}
        role="img"
        aria-labelledby={describedBy}
        data-y-max={layout.yMax}
      >
        <g className="chart-grid">
          {layout.yTicks.map((tick) => (
            <g key={tick.value}>
              <line x1={plot.left} x2={plot.right} y1={tick.y} y2={tick.y} />
              <text className="chart-axis-label" x={plot.left - 8} y={tick.y} textAnchor="end" dominantBaseline="middle">
                {tick.value}
              </text>
            </g>
          ))}
          {layout.percentTicks.map((tick) => (
            <text
              key={tick.value}
              className="chart-axis-label chart-percent-label"
              x={plot.right + 8}
              y={tick.y}
              dominantBaseline="middle"
            >
              {t('common.percent', { value: tick.value })}
            </text>
          ))}
        </g>
        {layout.bars.map((bar, index) => {
          const [line1, line2] = dayAxisLabel(t, bar.day, index === last, series.length, roomy)
          const labelled = (last - index) % every === 0
          return (
            <g key={bar.day.dayKey} className="chart-day" data-day={bar.day.dayKey} data-total={bar.total}>
              {bar.segments.map((segment) => (
                <g key={segment.kind} className={`bar-group bar-${segment.kind}`} data-kind={segment.kind} data-count={segment.count}>
                  <title>
                    {t('stats.barTitle', { day: `${line1} ${line2}`.trim(), what: t(`stats.kindCount.${segment.kind}`, { count: segment.count }) })}
                  </title>
                  {segment.units.map((unit, unitIndex) => (
                    <rect key={unitIndex} className="bar" x={bar.x} y={unit.y} width={bar.width} height={unit.height} />
                  ))}
                </g>
              ))}
              {bar.postpones ? (
                <text
                  className="chart-axis-label chart-postpones"
                  data-postpones={bar.postpones.count}
                  x={bar.centreX}
                  y={bar.postpones.y}
                  textAnchor="middle"
                >
                  {bar.postpones.count}
                  <title>{t('stats.barTitle', { day: `${line1} ${line2}`.trim(), what: t('stats.postpones', { count: bar.postpones.count }) })}</title>
                </text>
              ) : null}
              {labelled ? (
                <text className="chart-axis-label chart-day-label" x={bar.centreX} y={plot.bottom + 16} textAnchor="middle">
                  <tspan x={bar.centreX}>{line1}</tspan>
                  {line2 ? (
                    <tspan x={bar.centreX} dy="1.2em">
                      {line2}
                    </tspan>
                  ) : null}
                </text>
              ) : null}
            </g>
          )
        })}
        <line className="chart-baseline" x1={plot.left} x2={plot.right} y1={plot.bottom} y2={plot.bottom} />
        {layout.adherencePath ? <path className="adherence-line" d={layout.adherencePath} /> : null}
        {layout.bars.map((bar) =>
          bar.adherenceY === null ? null : (
            <circle key={bar.day.dayKey} className="adherence-point" cx={bar.centreX} cy={bar.adherenceY} r={pointRadius}>
              <title>{t('stats.adherenceTitle', { percent: formatPercent(t, bar.day.adherencePercent) })}</title>
            </circle>
          )
        )}
      </svg>
    </div>
  )
}

export function ChartLegend() {
  const { t } = useTranslation()
  return (
    <ul className="chart-legend" aria-hidden="true">
      {breakKinds.map((kind) => (
        <li key={kind}>
          <span className={`swatch swatch-${kind}`} /> {t(`stats.kind.${kind}`)}
        </li>
      ))}
      <li>
        <span className="chart-legend-number">2</span> {t('stats.legendPostpones')}
      </li>
      <li>
        <span className="swatch swatch-adherence" /> {t('stats.legendAdherence')}
      </li>
    </ul>
  )
}
