import type { DayStats } from '@shared/stats'
import { useTranslation } from 'react-i18next'
import { breakKinds, countOf } from './chart-layout'
import { formatPercent, longDateLabel } from './format'

export interface DailyBreaksTableProps {
  series: readonly DayStats[]
  caption: string
  /** Visually hidden while the chart shows; screen readers read it either way. */
  hidden: boolean
  id: string
}

/** The chart's numbers as a table, newest day first (what people look for first). */
export function DailyBreaksTable({ series, caption, hidden, id }: DailyBreaksTableProps) {
  const { t } = useTranslation()
  const days = [...series].reverse()
  return (
    <div id={id} className={hidden ? 'visually-hidden' : 'table-scroll'}>
      <table className="stats-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('stats.table.day')}</th>
            {breakKinds.map((kind) => (
              <th key={kind} scope="col">
                {t(`stats.kind.${kind}`)}
              </th>
            ))}
            <th scope="col">{t('stats.table.postponed')}</th>
            <th scope="col">{t('stats.table.share')}</th>
          </tr>
        </thead>
        <tbody>
          {days.map((day) => (
            <tr key={day.dayKey}>
              <th scope="row">{longDateLabel(t, day.dayKey)}</th>
              {breakKinds.map((kind) => (
                <td key={kind}>{countOf(day, kind)}</td>
              ))}
              <td>{day.breaksPostponed}</td>
              <td>{day.adherencePercent === null ? t('stats.table.noBreaks') : formatPercent(t, day.adherencePercent)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
