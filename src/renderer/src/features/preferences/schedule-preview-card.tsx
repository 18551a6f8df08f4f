import { Trans, useTranslation } from 'react-i18next'
import { applySettingsPatch, type Settings, type SettingsPatch } from '@shared/settings'
import { ScheduleRulesLine } from './schedule-rules-line'
import { ScheduleTimeline } from './schedule-timeline'
import { useSchedulePreview } from './use-schedule-preview'

export interface SchedulePreviewCardProps {
  settings: Settings
  /** Valid values typed but not saved yet; the preview answers "what if I keep these". */
  candidate: SettingsPatch
}

export function SchedulePreviewCard({ settings, candidate }: SchedulePreviewCardProps) {
  const { t } = useTranslation()
  const state = useSchedulePreview(settings, candidate)
  const unsaved = Object.keys(candidate).length > 0
  const effective = applySettingsPatch(settings, candidate)
  const preview = state.status === 'failed' ? null : state.preview

  return (
    <section className="card schedule-preview" aria-labelledby="schedule-preview-heading" aria-busy={state.status === 'loading'}>
      <h2 id="schedule-preview-heading">{t('prefs.preview.heading')}</h2>
      {state.status === 'failed' ? (
        <p className="muted">{t('prefs.preview.unavailable', { reason: state.message })}</p>
      ) : preview ? (
        <>
          <p className="preview-sentence" aria-live="polite">
            {preview.breaksToday + preview.postureCuesToday === 0 ? (
              t('prefs.preview.none')
            ) : (
              <Trans
                i18nKey="prefs.preview.some"
                values={{
                  breaks: t('prefs.preview.breaks', { count: preview.breaksToday }),
                  cues: t('prefs.preview.cues', { count: preview.postureCuesToday })
                }}
                components={{ strong: <strong /> }}
              />
            )}
            {unsaved ? <span className="hint">{t('prefs.preview.unsaved')}</span> : null}
          </p>
          <p className="hint">
            {preview.basis === 'working-hours'
              ? t('prefs.preview.basisHours')
              : t('prefs.preview.basisNext', { hours: Math.round(preview.horizonMinutes / 60) })}
          </p>
          <ScheduleRulesLine preview={preview} settings={effective} />
          <ScheduleTimeline preview={preview} breakMinutes={effective.break.durationMinutes} />
        </>
      ) : (
        <p className="muted">{t('prefs.preview.working')}</p>
      )}
    </section>
  )
}
