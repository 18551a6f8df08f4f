import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'
import { useState } from 'react'
import type { WatchMode, WatchSensitivity } from '@shared/posture-watch'
import type { Settings } from '@shared/settings'
import { api } from '../../../lib/api'
import { usePostureWatchStatus } from '../../posture-watch/use-posture-watch-status'
import { watchFailureMessage, watchModeDescription } from '../../posture-watch/watch-messages'
import { type Choice, ChoiceSetting } from '../fields/choice-setting'
import { NumberSetting } from '../fields/number-setting'
import { ToggleSetting } from '../fields/toggle-setting'
import { errorMessage } from '@shared/error-message'

const sensitivities = (t: TFunction): readonly Choice<WatchSensitivity>[] =>
  (['low', 'medium', 'high'] as const).map((value) => ({ value, label: t(`prefs.sensitivity.${value}`) }))

const modes = (t: TFunction): readonly Choice<WatchMode>[] =>
  (['sampled', 'continuous'] as const).map((value) => ({ value, label: t(`prefs.watchMode.${value}`), description: watchModeDescription(t, value) }))

/** The posture watch's preferences (DESIGN §12): on/off, period, sensitivity, camera mode, recalibrate. */
export function PostureWatchSection({ settings }: { settings: Settings }) {
  const { t } = useTranslation()
  const [status] = usePostureWatchStatus()
  const [recalibrateError, setRecalibrateError] = useState<string | null>(null)
  const watch = settings.postureWatch
  return (
    <fieldset className="section">
      <legend>{t('prefs.legend.postureWatch')}</legend>
      {status?.failure ? <p role="alert">{watchFailureMessage(t, status.failure)}</p> : null}
      {watch.enabled && status?.restingBecause === 'disabled' ? <p className="hint">{t('watch.remindersOffPrefs')}</p> : null}
      <ToggleSetting
        label={t('prefs.field.postureWatch.enabled.label')}
        hint={t('prefs.field.postureWatch.enabled.hint')}
        checked={watch.enabled}
        toPatch={(enabled) => ({ postureWatch: { enabled } })}
      />
      <NumberSetting
        label={t('prefs.field.postureWatch.periodSeconds.label')}
        hint={t('prefs.field.postureWatch.periodSeconds.hint')}
        value={watch.periodSeconds}
        unit={t('prefs.field.postureWatch.periodSeconds.unit')}
        toPatch={(periodSeconds) => ({ postureWatch: { periodSeconds } })}
      />
      <ChoiceSetting
        legend={t('prefs.field.postureWatch.sensitivity.legend')}
        hint={t('prefs.field.postureWatch.sensitivity.hint')}
        value={watch.sensitivity}
        choices={sensitivities(t)}
        inline
        toPatch={(sensitivity) => ({ postureWatch: { sensitivity } })}
      />
      <ChoiceSetting legend={t('prefs.field.postureWatch.mode.legend')} value={watch.mode} choices={modes(t)} toPatch={(mode) => ({ postureWatch: { mode } })} />
      <div className="field">
        <button
          type="button"
          disabled={!watch.enabled || status?.phase !== 'watching'}
          onClick={() => {
            setRecalibrateError(null)
            api.postureWatch.recalibrate().catch((reason: unknown) => setRecalibrateError(errorMessage(reason)))
          }}
        >
          {t('prefs.recalibrate')}
        </button>
        {recalibrateError ? <p role="alert">{recalibrateError}</p> : null}
      </div>
    </fieldset>
  )
}
