import { Trans, useTranslation } from 'react-i18next'
import { useId, useState } from 'react'
import type { DayStats } from '@shared/stats'
import { api } from '../../lib/api'
import { ComfortAlert } from './comfort-alert'
import './comfort.css'
import { saved } from '../../lib/saved'
import { errorMessage } from '@shared/error-message'

const scores = Array.from({ length: 11 }, (_, score) => score)

function formatScore(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1)
}

export interface ComfortCheckInProps {
  /** Today's stats: whether (and how) the user already checked in. */
  today: Pick<DayStats, 'comfortAverage' | 'comfortCheckIns'>
  comfortAlert: boolean
}

/**
 * The daily "how do your back and neck feel" check-in, 0 (no discomfort) to 10. One answer a
 * day; picking a number and pressing Save records it, so arrowing through the numbers does not.
 */
export function ComfortCheckIn({ today, comfortAlert }: ComfortCheckInProps) {
  const { t } = useTranslation()
  const id = useId()
  const [choice, setChoice] = useState<number | null>(null)
  const [saving, setSaving] = useState(false)
  const [error, setError] = useState<string | null>(null)
  // Shown until the refetched stats (after history:changed) include it.
  const [recorded, setRecorded] = useState<number | null>(null)

  const checkedIn = today.comfortCheckIns > 0 && today.comfortAverage !== null
  const shownScore = checkedIn ? today.comfortAverage : recorded

  const save = async (score: number): Promise<void> => {
    setSaving(true)
    setError(null)
    try {
      saved(await api.comfort.record({ score }))
      setRecorded(score)
    } catch (reason) {
      setError(t('comfort.saveFailed', { reason: errorMessage(reason) }))
    } finally {
      setSaving(false)
    }
  }

  return (
    <section className="card comfort-check-in" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('comfort.heading')}</h2>
      {shownScore !== null ? (
        <p className="comfort-result" role="status">
          <Trans
            i18nKey={checkedIn && today.comfortCheckIns > 1 ? 'comfort.resultAverage' : 'comfort.result'}
            values={{ score: formatScore(shownScore), count: today.comfortCheckIns }}
            components={{ strong: <strong /> }}
          />
        </p>
      ) : (
        <form
          onSubmit={(event) => {
            event.preventDefault()
            if (choice !== null) void save(choice)
          }}
        >
          <fieldset className="comfort-scale" aria-describedby={`${id}-scale-hint`}>
            <legend>{t('comfort.question')}</legend>
            <p id={`${id}-scale-hint`} className="hint">
              {t('comfort.hint')}
            </p>
            <div className="comfort-scale-body">
            <div className="comfort-options">
              {scores.map((score) => (
                <label key={score} className={choice === score ? 'comfort-option input-tile selected' : 'comfort-option input-tile'}>
                  <input
                    type="radio"
                    name={`${id}-score`}
                    value={score}
                    checked={choice === score}
                    onChange={() => {
                      setChoice(score)
                    }}
                  />
                  <span>{score}</span>
                  {score === 0 ? <span className="visually-hidden">{t('comfort.noDiscomfortSuffix')}</span> : null}
                  {score === 10 ? <span className="visually-hidden">{t('comfort.worstSuffix')}</span> : null}
                </label>
              ))}
            </div>
            <div className="comfort-ends" aria-hidden="true">
              <span>{t('comfort.noDiscomfort')}</span>
              <span>{t('comfort.worst')}</span>
            </div>
            </div>
          </fieldset>
          <button type="submit" className="primary" disabled={choice === null || saving}>
            {saving ? t('comfort.saving') : t('comfort.save')}
          </button>
          <p className="error" role={error ? 'alert' : undefined}>
            {error}
          </p>
        </form>
      )}
      {comfortAlert ? <ComfortAlert /> : null}
    </section>
  )
}
