import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'
import type { DayStats } from '@shared/stats'
import { formatMinutes, listText } from '../stats/format'

function breaksDetail(t: TFunction, today: DayStats): string {
  const parts = [
    today.naturalBreaks > 0 ? t('totals.natural', { count: today.naturalBreaks }) : '',
    today.breaksMissed > 0 ? t('totals.missed', { count: today.breaksMissed }) : '',
    today.breaksSkipped > 0 ? t('totals.skipped', { count: today.breaksSkipped }) : ''
  ].filter(Boolean)
  return parts.length > 0 ? listText(t, parts) : t('totals.completedOrNatural')
}

/** Only confirmed cues count as done; the rest are named for what they were. */
function postureDetail(t: TFunction, today: DayStats): string {
  const parts = [
    today.postureIgnored > 0 ? t('totals.notNow', { count: today.postureIgnored }) : '',
    today.postureUnanswered > 0 ? t('totals.unanswered', { count: today.postureUnanswered }) : ''
  ].filter(Boolean)
  return parts.length > 0 ? listText(t, parts) : t('totals.confirmedDone')
}

export function TodayTotals({ today, error }: { today: DayStats | null; error: string | null }) {
  const { t } = useTranslation()
  const breaksTaken = today ? today.breaksCompleted + today.naturalBreaks : 0
  return (
    <section className="card" aria-labelledby="totals-heading">
      <h2 id="totals-heading">{t('totals.heading')}</h2>
      {error ? <p className="muted">{t('totals.unavailable')}</p> : null}
      {today ? (
        <dl className="today-totals">
          <div>
            <dt>{t('totals.breaksTaken')}</dt>
            <dd className="today-total">{breaksTaken}</dd>
            <dd className="muted">{breaksDetail(t, today)}</dd>
          </div>
          <div>
            <dt>{t('totals.postureChecks')}</dt>
            <dd className="today-total">{today.postureDone}</dd>
            <dd className="muted">{postureDetail(t, today)}</dd>
          </div>
          <div>
            <dt>{t('totals.activeTime')}</dt>
            <dd className="today-total">{formatMinutes(t, today.activeMinutes)}</dd>
            <dd className="muted">{t('totals.atComputer')}</dd>
          </div>
          <div>
            <dt>{t('totals.longestStretch')}</dt>
            <dd className="today-total">{formatMinutes(t, today.longestStretchMinutes)}</dd>
            <dd className="muted">{t('totals.beforeBreak')}</dd>
          </div>
        </dl>
      ) : null}
      <p className="today-more">
        <a href="#/stats">{t('totals.seeWeek')}</a>
      </p>
    </section>
  )
}
