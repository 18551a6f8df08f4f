import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { eyeCue } from '@shared/content/posture'
import { minutesText } from '@shared/countdown'
import { safetyTierHref } from '@shared/routes'
import { api } from '../../lib/api'
import { useApiResource } from '../../lib/use-api-resource'
import { useSettings } from '../../lib/use-settings'
import { currentRhythm, type Rhythm, rhythms } from './rhythms'
import './safety.css'
import { saved, savedSettings } from '../../lib/saved'
import { errorMessage } from '@shared/error-message'

/**
 * The first-run welcome: what Upright will do and when the first break comes, a choice of
 * rhythm, one line on safety with a link to the Safety page, then on to the checklist. A
 * banner rather than a modal, so it never locks the app (or a break) behind it.
 */
export function FirstRunNotice() {
  const { t } = useTranslation()
  const [dismissed, setDismissed] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const { settings } = useSettings()
  const [chosenId, setChosenId] = useState<Rhythm['id'] | null>(null)
  const groupName = useId()

  const onboarding = useApiResource(() => api.onboarding.get())
  const engineState = useApiResource(() => api.engine.state())
  const nextBreakInSeconds = engineState.value?.nextBreakInSeconds ?? null
  const show = !dismissed && onboarding.value !== null && onboarding.value.safetyAcknowledgedAtMs === null

  if (!show || settings === null) return null

  const current = currentRhythm(settings)
  const chosen = rhythms.find((rhythm) => rhythm.id === chosenId) ?? current ?? rhythms[0]
  if (chosen === undefined) return null
  // The engine's own count when the chosen rhythm is the one running; otherwise a whole interval.
  const firstBreakSeconds = chosen === current && nextBreakInSeconds !== null ? nextBreakInSeconds : chosen.patch.break.intervalMinutes * 60

  const start = async (): Promise<void> => {
    setBusy(true)
    setError(null)
    try {
      if (chosen !== current) {
        savedSettings(await api.settings.update(chosen.patch))
      }
      saved(await api.onboarding.update({ safetyAcknowledgedAtMs: Date.now() }))
      setDismissed(true)
      window.location.hash = '#/checklist'
    } catch (reason) {
      setError(t('firstRun.saveFailed', { reason: errorMessage(reason) }))
    } finally {
      setBusy(false)
    }
  }

  return (
    <section className="first-run-notice" aria-labelledby="first-run-notice-heading">
      <h2 id="first-run-notice-heading">{t('firstRun.heading')}</h2>
      <p>
        {t('firstRun.counts')}{' '}
        {chosen.patch.posture?.enabled === false
          ? null
          : `${t('firstRun.postureCue', { seconds: eyeCue.lookSeconds, meters: eyeCue.lookMeters })} `}
        {t('firstRun.breakMoves')}
      </p>
      <p className="first-run-next">{t('firstRun.firstBreak', { duration: minutesText(t, firstBreakSeconds) })}</p>
      <fieldset className="first-run-rhythm">
        <legend>{t('firstRun.rhythm')}</legend>
        {rhythms.map((rhythm) => (
          <label key={rhythm.id} className="first-run-choice">
            <input
              type="radio"
              name={groupName}
              checked={rhythm === chosen}
              onChange={() => {
                setChosenId(rhythm.id)
              }}
            />
            <span>
              <strong>
                {t(`firstRun.rhythms.${rhythm.id}.label`, {
                  postureMinutes: rhythm.patch.posture?.intervalMinutes ?? 0,
                  breakMinutes: rhythm.patch.break.durationMinutes,
                  intervalMinutes: rhythm.patch.break.intervalMinutes
                })}
              </strong>
              <span className="hint">{t(`firstRun.rhythms.${rhythm.id}.detail`, { intervalMinutes: rhythm.patch.break.intervalMinutes })}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <p className="first-run-safety">
        {t('firstRun.safety')} <a href={safetyTierHref('emergency')}>{t('firstRun.safetyLink')}</a>
      </p>
      {error ? (
        <p className="error" role="alert">
          {error}
        </p>
      ) : null}
      <button type="button" className="primary" disabled={busy} onClick={() => void start()}>
        {t('firstRun.start')}
      </button>
    </section>
  )
}
