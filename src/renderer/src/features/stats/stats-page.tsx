import { useTranslation } from 'react-i18next'
import { useState } from 'react'
import type { PeriodStats } from '@shared/stats'
import { PageHeader } from '../../components/page-header'
import { useAppInfo } from '../../lib/use-app-info'
import { useSettings } from '../../lib/use-settings'
import { ComfortCheckIn } from '../comfort/comfort-check-in'
import { BreaksOverTime } from './breaks-over-time'
import { ExportHistory } from './export-history'
import { type PeriodDays, PeriodChoice } from './period-choice'
import { StatsEmptyState } from './stats-empty-state'
import { TodayAtAGlance } from './today-at-a-glance'
import { useStats } from './use-stats'
import './stats.css'

/**
 * Comfort check-ins alone do not make the break charts worth showing, nor does the first minute
 * of a live running stretch (it would read "0 min").
 */
function hasActivity(period: PeriodStats): boolean {
  return (
    period.breaksCompleted + period.breaksSkipped + period.breaksPostponed + period.breaksMissed + period.naturalBreaks > 0 ||
    period.postureDone + period.postureIgnored + period.postureUnanswered + period.postureSilent > 0 ||
    period.activeMinutes >= 1 ||
    period.dailyLimitDays > 0
  )
}

export default function StatsPage() {
  const { t } = useTranslation()
  const [days, setDays] = useState<PeriodDays>(7)
  const info = useAppInfo()
  const { stats, loading, error, reload } = useStats(days, info?.timeScale ?? 1)
  // Until settings arrive the limit counts as off: recorded reminders are still told.
  const dailyLimitEnabled = useSettings().settings?.dailyLimit.enabled ?? false

  return (
    <>
      <PageHeader title={t('stats.title')}>{t('stats.intro')}</PageHeader>
      <div className="stats-toolbar">
        <PeriodChoice value={days} onChange={setDays} />
        <span className="muted stats-loading" role="status">
          {loading && stats ? t('stats.updating') : ''}
        </span>
      </div>
      {error ? (
        <div className="card" role="alert">
          <p>{t('stats.loadFailed', { reason: error })}</p>
          <button type="button" onClick={reload}>
            {t('stats.tryAgain')}
          </button>
        </div>
      ) : null}
      {stats ? (
        <div className="stats-body" aria-busy={loading}>
          {hasActivity(stats.totals) ? <TodayAtAGlance today={stats.today} streakDays={stats.streakDays} /> : <StatsEmptyState days={stats.days} />}
          {/* One place in the tree for both branches, so a score being picked survives the first recorded activity. */}
          <ComfortCheckIn today={stats.today} comfortAlert={stats.comfortAlert} />
          {hasActivity(stats.totals) ? <BreaksOverTime stats={stats} dailyLimitEnabled={dailyLimitEnabled} /> : null}
          <ExportHistory />
        </div>
      ) : !error ? (
        <p className="muted">{t('stats.loading')}</p>
      ) : null}
    </>
  )
}
