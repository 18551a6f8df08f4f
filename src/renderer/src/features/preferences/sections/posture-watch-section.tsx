import { useState } from 'react'
import type { WatchMode, WatchSensitivity } from '@shared/posture-watch'
import type { Settings } from '@shared/settings'
import { api } from '../../../lib/api'
import { usePostureWatchStatus } from '../../posture-watch/use-posture-watch-status'
import { watchFailureMessages, watchModeDescriptions } from '../../posture-watch/watch-messages'
import { type Choice, ChoiceSetting } from '../fields/choice-setting'
import { NumberSetting } from '../fields/number-setting'
import { ToggleSetting } from '../fields/toggle-setting'
import { errorMessage } from '@shared/error-message'

const sensitivities: readonly Choice<WatchSensitivity>[] = [
  { value: 'low', label: 'Low' },
  { value: 'medium', label: 'Medium' },
  { value: 'high', label: 'High' }
]

const modes: readonly Choice<WatchMode>[] = [
  { value: 'sampled', label: 'Open the camera for each check', description: watchModeDescriptions.sampled },
  { value: 'continuous', label: 'Keep the camera open', description: watchModeDescriptions.continuous }
]

/** The posture watch's preferences (DESIGN §12): on/off, period, sensitivity, camera mode, recalibrate. */
export function PostureWatchSection({ settings }: { settings: Settings }) {
  const [status] = usePostureWatchStatus()
  const [recalibrateError, setRecalibrateError] = useState<string | null>(null)
  const watch = settings.postureWatch
  return (
    <fieldset className="section">
      <legend>Posture watch (camera)</legend>
      {status?.failure ? <p role="alert">{watchFailureMessages[status.failure]}</p> : null}
      <ToggleSetting
        label="Watch how I sit with the camera"
        hint="Off by default. Before the camera opens for the first time, Upright explains what it does and asks. Frames stay in memory on this computer; only the calibration (a few numbers) is kept."
        checked={watch.enabled}
        toPatch={(enabled) => ({ postureWatch: { enabled } })}
      />
      <NumberSetting
        label="Check every"
        hint="10 to 120 seconds, counted while you are at the computer and not in a meeting or fullscreen app."
        value={watch.periodSeconds}
        unit="s"
        toPatch={(periodSeconds) => ({ postureWatch: { periodSeconds } })}
      />
      <ChoiceSetting
        legend="Sensitivity"
        hint="How far from your calibrated posture counts as slouching. Several checks in a row must agree before a cue."
        value={watch.sensitivity}
        choices={sensitivities}
        inline
        toPatch={(sensitivity) => ({ postureWatch: { sensitivity } })}
      />
      <ChoiceSetting legend="Camera" value={watch.mode} choices={modes} toPatch={(mode) => ({ postureWatch: { mode } })} />
      <div className="field">
        <button
          type="button"
          disabled={!watch.enabled || status?.phase !== 'watching'}
          onClick={() => {
            setRecalibrateError(null)
            api.postureWatch.recalibrate().catch((reason: unknown) => setRecalibrateError(errorMessage(reason)))
          }}
        >
          Recalibrate
        </button>
        {recalibrateError ? <p role="alert">{recalibrateError}</p> : null}
      </div>
    </fieldset>
  )
}
