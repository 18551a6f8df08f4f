import { Trans, useTranslation } from 'react-i18next'
import { PageHeader } from '../../components/page-header'
import { ComfortCheckIn } from '../comfort/comfort-check-in'
import { useStats } from '../stats/use-stats'
import { useSettings } from '../../lib/use-settings'
import { QuickActions } from './quick-actions'
import { headline, nextBreakText, nextPostureText, readingText } from './status-text'
import { TodayTotals } from './today-totals'
import { useAppInfo } from '../../lib/use-app-info'
import { useLiveEngineState } from './use-live-engine-state'
import './today.css'

const browserTimeZone = Intl.DateTimeFormat().resolvedOptions().timeZone

export function TodayPage() {
  const { t } = useTranslation()
  const { settings, error: settingsError } = useSettings()
  const info = useAppInfo()
  const timeZone = info?.timeZone ?? browserTimeZone
  const { state, error: stateError, refresh } = useLiveEngineState(info?.timeScale ?? 1)
  // One read of today's stats serves the totals and the comfort check-in.
  const { stats, error: statsError } = useStats(1, info?.timeScale ?? 1)

  return (
    <>
      <PageHeader title={t('today.title')}>{t('today.intro')}</PageHeader>
      <section className="card today-status" aria-labelledby="status-heading">
        <h2 id="status-heading">{t('today.rightNow')}</h2>
        {stateError ? (
          <p className="error" role="alert">
            {t('today.stateFailed', { reason: stateError })}
          </p>
        ) : null}
        {state ? (
          <>
            <p className="status-big" data-phase={state.phase}>
              {headline(t, state, timeZone)}
            </p>
            {state.busy ? <p className="pill today-busy">{t('today.busy')}</p> : null}
            {/* Only what the headline does not already say. */}
            <dl className="today-facts">
              {state.phase === 'break' ? null : (
                <div>
                  <dt>{t('today.nextBreak')}</dt>
                  <dd>{nextBreakText(t, state, timeZone)}</dd>
                </div>
              )}
              <div>
                <dt>{t('today.nextPosture')}</dt>
                <dd>{nextPostureText(t, state)}</dd>
              </div>
              {state.readingUntilWallMs === null ? null : (
                <div>
                  <dt>{t('today.reading')}</dt>
                  <dd>{readingText(t, state, timeZone)}</dd>
                </div>
              )}
            </dl>
            <QuickActions state={state} onDone={refresh} />
          </>
        ) : stateError ? null : (
          <p className="muted">{t('today.loading')}</p>
        )}
      </section>
      <TodayTotals today={stats?.today ?? null} error={statsError} />
      {stats ? <ComfortCheckIn today={stats.today} comfortAlert={stats.comfortAlert} /> : null}
      {settingsError ? <p className="error">{t('today.settingsFailed', { reason: settingsError })}</p> : null}
      {settings ? (
        <section className="card" aria-labelledby="schedule-heading">
          <h2 id="schedule-heading">{t('today.schedule.heading')}</h2>
          <p>
            <Trans
              i18nKey="today.schedule.text"
              values={{
                postureMinutes: settings.posture.intervalMinutes,
                breakMinutes: settings.break.durationMinutes,
                intervalMinutes: settings.break.intervalMinutes
              }}
              components={{ strong: <strong />, go: <a href="#/preferences" /> }}
            />
          </p>
        </section>
      ) : null}
    </>
  )
}
