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
  const { settings, error: settingsError } = useSettings()
  const info = useAppInfo()
  const timeZone = info?.timeZone ?? browserTimeZone
  const { state, error: stateError, refresh } = useLiveEngineState(info?.timeScale ?? 1)
  // One read of today's stats serves the totals and the comfort check-in.
  const { stats, error: statsError } = useStats(1, info?.timeScale ?? 1)

  return (
    <>
      <PageHeader title="Today">Your next break and posture cue, and how today is going.</PageHeader>
      <section className="card today-status" aria-labelledby="status-heading">
        <h2 id="status-heading">Right now</h2>
        {stateError ? (
          <p className="error" role="alert">
            Could not read the reminder status: {stateError}
          </p>
        ) : null}
        {state ? (
          <>
            <p className="status-big" data-phase={state.phase}>
              {headline(state, timeZone)}
            </p>
            {state.busy ? <p className="pill today-busy">Meeting or fullscreen app detected: breaks wait, cues are quiet</p> : null}
            {/* Only what the headline does not already say. */}
            <dl className="today-facts">
              {state.phase === 'break' ? null : (
                <div>
                  <dt>Next break</dt>
                  <dd>{nextBreakText(state, timeZone)}</dd>
                </div>
              )}
              <div>
                <dt>Next posture cue</dt>
                <dd>{nextPostureText(state)}</dd>
              </div>
              {state.readingUntilWallMs === null ? null : (
                <div>
                  <dt>Reading mode</dt>
                  <dd>{readingText(state, timeZone)}</dd>
                </div>
              )}
            </dl>
            <QuickActions state={state} onDone={refresh} />
          </>
        ) : stateError ? null : (
          <p className="muted">Loading…</p>
        )}
      </section>
      <TodayTotals today={stats?.today ?? null} error={statsError} />
      {stats ? <ComfortCheckIn today={stats.today} comfortAlert={stats.comfortAlert} /> : null}
      {settingsError ? <p className="error">Could not load settings: {settingsError}</p> : null}
      {settings ? (
        <section className="card" aria-labelledby="schedule-heading">
          <h2 id="schedule-heading">Your schedule</h2>
          <p>
            A posture cue every <strong>{settings.posture.intervalMinutes} minutes</strong> and a{' '}
            <strong>{settings.break.durationMinutes}-minute</strong> break every{' '}
            <strong>{settings.break.intervalMinutes} minutes</strong> of active time.{' '}
            <a href="#/preferences">Change it in Preferences</a>
          </p>
        </section>
      ) : null}
    </>
  )
}
