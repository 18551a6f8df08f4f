import { useId, useState } from 'react'
import type { StatsResult } from '@shared/stats'
import { ChartLegend, DailyBreaksChart } from './daily-breaks-chart'
import { DailyBreaksTable } from './daily-breaks-table'
import { formatMinutes, formatPercent, plural } from './format'

function summary(stats: StatsResult): string {
  const { totals } = stats
  const parts = [
    `${totals.breaksCompleted} of ${plural(totals.breaksDue, 'break', 'breaks')} completed`,
    plural(totals.naturalBreaks, 'natural break', 'natural breaks'),
    `${totals.breaksPostponed} postponed`,
    `${totals.breaksSkipped} skipped`,
    ...(totals.breaksMissed > 0 ? [`${totals.breaksMissed} missed`] : [])
  ]
  const adherence = totals.adherencePercent === null ? '' : ` ${formatPercent(totals.adherencePercent)} of breaks taken.`
  return `${parts.join(', ')}.${adherence} Active time ${formatMinutes(totals.activeMinutes)}.`
}

export function BreaksOverTime({ stats }: { stats: StatsResult }) {
  const id = useId()
  const [asTable, setAsTable] = useState(false)
  const captionId = `${id}-caption`
  const tableId = `${id}-table`
  const caption = `Breaks per day over the last ${stats.days} days`

  return (
    <section className="card breaks-over-time" aria-labelledby={`${id}-heading`}>
      <div className="section-heading">
        <h2 id={`${id}-heading`}>Last {stats.days} days</h2>
        <button
          type="button"
          className="small"
          aria-controls={tableId}
          aria-pressed={asTable}
          onClick={() => {
            setAsTable((value) => !value)
          }}
        >
          Show as table
        </button>
      </div>
      <p className="period-summary">{summary(stats)}</p>
      <figure className="chart-figure" hidden={asTable}>
        <figcaption id={captionId}>
          {caption}: one block per break, coloured by how it ended (completed, natural, skipped or missed), the
          number of postpones above each bar, and a line for the share of breaks taken. The same numbers are in the table.
        </figcaption>
        <DailyBreaksChart series={stats.series} describedBy={captionId} />
        <ChartLegend />
      </figure>
      <DailyBreaksTable id={tableId} series={stats.series} caption={caption} hidden={!asTable} />
    </section>
  )
}
