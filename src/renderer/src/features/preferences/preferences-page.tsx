import { PageHeader } from '../../components/page-header'
import { useSettings } from '../../lib/use-settings'
import { NumberSetting } from './number-setting'

export default function PreferencesPage() {
  const { settings, error, update } = useSettings()
  if (error) return <p className="error">Could not load settings: {error}</p>
  if (!settings) return <p className="muted">Loading…</p>

  const commit = async (patch: Parameters<typeof update>[0]): Promise<string | null> => {
    const result = await update(patch)
    return result.ok ? null : result.message
  }

  return (
    <>
      <PageHeader title="Preferences">Changes apply at once and are kept on this computer.</PageHeader>
      <fieldset>
        <legend>Posture cues</legend>
        <NumberSetting
          label="Minutes between posture cues"
          hint="Counted in active time. Short cues every 20 minutes or so help most."
          value={settings.posture.intervalMinutes}
          toPatch={(intervalMinutes) => ({ posture: { intervalMinutes } })}
          onCommit={commit}
        />
      </fieldset>
      <fieldset>
        <legend>Breaks</legend>
        <NumberSetting
          label="Minutes between breaks"
          hint="Guidance suggests 5–10 minutes away from the screen after 50–60 minutes."
          value={settings.break.intervalMinutes}
          toPatch={(intervalMinutes) => ({ break: { intervalMinutes } })}
          onCommit={commit}
        />
        <NumberSetting
          label="Break length in minutes"
          value={settings.break.durationMinutes}
          step={0.5}
          toPatch={(durationMinutes) => ({ break: { durationMinutes } })}
          onCommit={commit}
        />
      </fieldset>
    </>
  )
}
