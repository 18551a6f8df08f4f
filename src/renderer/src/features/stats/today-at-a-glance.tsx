import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'
import type { DayStats } from '@shared/stats'
import { formatMinutes } from './format'

/** The streak's bar (src/core/stats streakMinAdherence, 0.8), as the tile says it. */
const streakPercent = 80

interface Tile {
  label: string
  value: string
  detail?: string
}

function tiles(t: TFunction, today: DayStats, streakDays: number): Tile[] {
  const posture = { dismissed: today.postureIgnored, unanswered: today.postureUnanswered, silent: today.postureSilent }
  return [
    {
      label: t('stats.glance.active'),
      value: formatMinutes(t, today.activeMinutes),
      detail: t('stats.glance.activeDetail')
    },
    {
      label: t('stats.glance.completed'),
      value: t('stats.glance.completedValue', { completed: today.breaksCompleted, due: today.breaksDue }),
      detail:
        [
          today.breaksMissed > 0 ? t('stats.glance.missedDetail', { count: today.breaksMissed }) : '',
          today.breaksPostponed > 0 ? t('stats.glance.postponesDetail', { count: today.breaksPostponed }) : ''
        ]
          .filter(Boolean)
          .join(' ') || t('stats.glance.completedDetail')
    },
    { label: t('stats.glance.natural'), value: String(today.naturalBreaks), detail: t('stats.glance.naturalDetail') },
    {
      label: t('stats.glance.posture'),
      value: t('stats.glance.postureValue', { count: today.postureDone }),
      detail: today.postureSilent > 0 ? t('stats.glance.postureDetailSilent', posture) : t('stats.glance.postureDetail', posture)
    },
    {
      label: t('stats.glance.longest'),
      value: formatMinutes(t, today.longestStretchMinutes),
      detail: t('stats.glance.longestDetail')
    },
    {
      label: t('stats.glance.streak'),
      value: t('stats.glance.streakValue', { count: streakDays }),
      detail: t('stats.glance.streakDetail', { percent: streakPercent })
    }
  ]
}

export function TodayAtAGlance({ today, streakDays }: { today: DayStats; streakDays: number }) {
  const { t } = useTranslation()
  return (
    <section className="glance" aria-labelledby="glance-heading">
      <h2 id="glance-heading">{t('stats.glance.heading')}</h2>
      <dl className="glance-tiles">
        {tiles(t, today, streakDays).map((tile) => (
          <div key={tile.label} className="glance-tile">
            <dt>{tile.label}</dt>
            <dd className="glance-value">{tile.value}</dd>
            {tile.detail ? <dd className="glance-detail">{tile.detail}</dd> : null}
          </div>
        ))}
      </dl>
    </section>
  )
}
