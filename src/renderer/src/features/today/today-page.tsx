import { PageHeader } from '../../components/page-header'
import { useSettings } from '../../lib/use-settings'

export function TodayPage() {
  const { settings, error } = useSettings()
  return (
    <>
      <PageHeader title="Today">Your next break and posture cue, and how today is going.</PageHeader>
      {error ? <p className="error">Could not load settings: {error}</p> : null}
      {settings ? (
        <section className="card" aria-labelledby="schedule-heading">
          <h2 id="schedule-heading">Your schedule</h2>
          <p>
            A posture cue every <strong>{settings.posture.intervalMinutes} minutes</strong> and a{' '}
            <strong>{settings.break.durationMinutes}-minute</strong> break every{' '}
            <strong>{settings.break.intervalMinutes} minutes</strong> of active time.
          </p>
        </section>
      ) : null}
    </>
  )
}
