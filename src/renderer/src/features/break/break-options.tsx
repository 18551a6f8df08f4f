import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { GuidedRoutine } from '@shared/routine'
import { useSettings } from '../../lib/use-settings'
import { api } from '../../lib/api'
import { errorMessage } from '@shared/error-message'

/** Floor moves are only ever offered in breaks this long (DESIGN §5); the question waits for one. */
export const floorQuestionMinBreakMinutes = 10


/**
 * Asked once, in the first break of 10 minutes or more, while the floor-exercise setting is
 * still "ask". The break's routine is already desk-only; the answer applies from the next long
 * break, and Preferences can change it any time.
 */
export function FloorQuestion() {
  const { t } = useTranslation()
  const { settings, update } = useSettings()
  const [answer, setAnswer] = useState<'yes' | 'no' | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  if (settings === null) return null
  const asking = settings.body.floorExercises === 'ask' && settings.break.durationMinutes >= floorQuestionMinBreakMinutes
  if (!asking && answer === null) return null

  const choose = async (value: 'yes' | 'no'): Promise<void> => {
    setBusy(true)
    setError(null)
    try {
      const result = await update({ body: { floorExercises: value } })
      if (result.ok) setAnswer(value)
      else setError(t('break.floor.saveFailed', { reason: result.message }))
    } catch (reason) {
      setError(t('break.floor.saveFailed', { reason: errorMessage(reason) }))
    } finally {
      setBusy(false)
    }
  }

  return (
    <section className="break-floor-question card" aria-labelledby="break-floor-heading">
      <h2 id="break-floor-heading">{t('break.floor.heading')}</h2>
      {answer === null ? (
        <>
          <p>{t('break.floor.text', { minutes: floorQuestionMinBreakMinutes })}</p>
          <div className="row">
            <button type="button" disabled={busy} onClick={() => void choose('yes')}>
              {t('break.floor.yes')}
            </button>
            <button type="button" disabled={busy} onClick={() => void choose('no')}>
              {t('break.floor.no')}
            </button>
          </div>
        </>
      ) : null}
      <p role="status">
        {answer === 'yes' ? t('break.floor.savedYes') : null}
        {answer === 'no' ? t('break.floor.savedNo') : null}
      </p>
      {error ? (
        <p className="error" role="alert">
          {error}
        </p>
      ) : null}
    </section>
  )
}

export interface WalkInsteadProps {
  onWalk: (walk: GuidedRoutine) => void
}

/** HSE and the walking-break studies favour getting up and walking: offered instead of the stretches. */
export function WalkInstead({ onWalk }: WalkInsteadProps) {
  const { t } = useTranslation()
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const walk = async (): Promise<void> => {
    setBusy(true)
    setError(null)
    try {
      onWalk(await api.routine.walkForBreak())
    } catch (reason) {
      setError(t('break.walkFailed', { reason: errorMessage(reason) }))
      setBusy(false)
    }
  }

  // A third choice beside "Guided moves" and "Stand up and look away", so the calm view keeps one row.
  return (
    <>
      <button type="button" disabled={busy} onClick={() => void walk()}>
        {t('break.walk')}
      </button>
      {error ? (
        <p className="error break-walk-error" role="alert">
          {error}
        </p>
      ) : null}
    </>
  )
}
