import { applySettingsPatch, type Settings, type SettingsPatch } from '@shared/settings'
import { ScheduleRulesLine } from './schedule-rules-line'
import { ScheduleTimeline } from './schedule-timeline'
import { useSchedulePreview } from './use-schedule-preview'

function count(value: number, one: string, many: string): string {
  return `${value} ${value === 1 ? one : many}`
}

export interface SchedulePreviewCardProps {
  settings: Settings
  /** Valid values typed but not saved yet; the preview answers "what if I keep these". */
  candidate: SettingsPatch
}

export function SchedulePreviewCard({ settings, candidate }: SchedulePreviewCardProps) {
  const state = useSchedulePreview(settings, candidate)
  const unsaved = Object.keys(candidate).length > 0
  const effective = applySettingsPatch(settings, candidate)
  const preview = state.status === 'failed' ? null : state.preview

  return (
    <section className="card schedule-preview" aria-labelledby="schedule-preview-heading" aria-busy={state.status === 'loading'}>
      <h2 id="schedule-preview-heading">Your day with these settings</h2>
      {state.status === 'failed' ? (
        <p className="muted">The preview is not available right now ({state.message}). Your settings still save.</p>
      ) : preview ? (
        <>
          <p className="preview-sentence" aria-live="polite">
            {preview.breaksToday + preview.postureCuesToday === 0 ? (
              <>With these settings, you will get no more breaks or posture cues today.</>
            ) : (
              <>
                With these settings, today you will get about <strong>{count(preview.breaksToday, 'break', 'breaks')}</strong> and{' '}
                <strong>{count(preview.postureCuesToday, 'posture cue', 'posture cues')}</strong>.
              </>
            )}
            {unsaved ? <span className="hint"> Includes changes not saved yet.</span> : null}
          </p>
          <p className="hint">
            {preview.basis === 'working-hours'
              ? 'Counted from now to the end of today’s working hours.'
              : 'Working hours are off, so “today” means the next 8 hours at the computer.'}
          </p>
          <ScheduleRulesLine preview={preview} settings={effective} />
          <ScheduleTimeline preview={preview} breakMinutes={effective.break.durationMinutes} />
        </>
      ) : (
        <p className="muted">Working out your day…</p>
      )}
    </section>
  )
}
