import { useId, useState } from 'react'
import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'
import type { PeriodStats, StatsResult } from '@shared/stats'
import { ChartLegend, DailyBreaksChart } from './daily-breaks-chart'
import { DailyBreaksTable } from './daily-breaks-table'
import { formatMinutes, formatPercent, listText } from './format'

/**
 * Days a daily-limit reminder was recorded in the period. Said when there were any, or when the
 * limit is on (then "not reached" is news too); with the limit off and none recorded, nothing.
 */
function dailyLimitSentence(t: TFunction, totals: PeriodStats, dailyLimitEnabled: boolean): string[] {
  if (totals.dailyLimitDays > 0) return [t('stats.summary.dailyLimit', { count: totals.dailyLimitDays })]
  return dailyLimitEnabled ? [t('stats.summary.dailyLimitNotReached')] : []
}

function summary(t: TFunction, stats: StatsResult, dailyLimitEnabled: boolean): string {
  const { totals } = stats
  const parts = [
    t('stats.summary.completedOf', { completed: totals.breaksCompleted, count: totals.breaksDue }),
    t('stats.summary.natural', { count: totals.naturalBreaks }),
    t('stats.summary.postponed', { count: totals.breaksPostponed }),
    t('stats.summary.skipped', { count: totals.breaksSkipped }),
    ...(totals.breaksMissed > 0 ? [t('stats.summary.missed', { count: totals.breaksMissed })] : [])
  ]
  return [
    t('stats.summary.sentence', { parts: listText(t, parts) }),
    ...(totals.adherencePercent === null ? [] : [t('stats.summary.adherence', { percent: formatPercent(t, totals.adherencePercent) })]),
    t('stats.summary.active', { duration: formatMinutes(t, totals.activeMinutes) }),
    ...dailyLimitSentence(t, totals, dailyLimitEnabled)
  ].join(' ')
}

export function BreaksOverTime({ stats, dailyLimitEnabled }: { stats: StatsResult; dailyLimitEnabled: boolean }) {
  const { t } = useTranslation()
  const id = useId()
  const [asTable, setAsTable] = useState(false)
  const captionId = `${id}-caption`
  const tableId = `${id}-table`
  const caption = t('stats.caption', { count: stats.days })

  return (
    <section className="card breaks-over-time" aria-labelledby={`${id}-heading`}>
      <div className="section-heading">
        <h2 id={`${id}-heading`}>{t('stats.lastDays', { count: stats.days })}</h2>
        <button
          type="button"
          className="small"
          aria-controls={tableId}
          aria-pressed={asTable}
          onClick={() => {
            setAsTable((value) => !value)
          }}
        >
          {t('stats.showTable')}
        </button>
      </div>
      <p className="period-summary">{summary(t, stats, dailyLimitEnabled)}</p>
      <figure className="chart-figure" hidden={asTable}>
        <figcaption id={captionId}>{t('stats.figcaption', { caption })}</figcaption>
        <DailyBreaksChart series={stats.series} describedBy={captionId} />
        <ChartLegend />
      </figure>
      <DailyBreaksTable id={tableId} series={stats.series} caption={caption} hidden={!asTable} />
    </section>
  )
}
