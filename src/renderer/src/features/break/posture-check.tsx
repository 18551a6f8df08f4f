import { useEffect, useEffectEvent, useState } from 'react'
import type { PostureResponse } from '@shared/engine-state'
import { useTranslation } from 'react-i18next'
import { useContent } from '../../lib/use-content'
import { api } from '../../lib/api'
import { useIsWebHarness } from '../../lib/shell'
import { returnDelayMs, returnToMain } from './return-to-main'
import { errorMessage } from '@shared/error-message'

/** The posture cue's card (break.html#/posture): five quick points, then Done or Not now. */
export function PostureCheck() {
  const isWebHarness = useIsWebHarness()
  const { t } = useTranslation()
  const { eyeCue, postureCard } = useContent()
  const [answered, setAnswered] = useState<PostureResponse | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  const respond = async (response: PostureResponse): Promise<void> => {
    setBusy(true)
    setError(null)
    try {
      await api.posture.respond({ response })
      setAnswered(response)
    } catch (reason) {
      setError(t('postureCheck.saveFailed', { reason: errorMessage(reason) }))
    } finally {
      setBusy(false)
    }
  }

  const onEscape = useEffectEvent(() => {
    if (answered === null && !busy) void respond('ignore')
  })
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.key === 'Escape') onEscape()
    }
    window.addEventListener('keydown', onKeyDown)
    return () => {
      window.removeEventListener('keydown', onKeyDown)
    }
  }, [])

  useEffect(() => {
    if (answered === null || !isWebHarness) return
    // In Electron, main closes the card's window once it has the answer.
    const timer = setTimeout(returnToMain, returnDelayMs)
    return () => {
      clearTimeout(timer)
    }
  }, [answered, isWebHarness])

  return (
    <main className="posture-check">
      <h1>{postureCard.title}</h1>
      <ol className="posture-points">
        {postureCard.points.map((point) => (
          <li key={point.id}>
            <strong>{point.short}.</strong> {point.text}
          </li>
        ))}
      </ol>
      <section className="posture-eyes" aria-labelledby="posture-eyes-heading">
        <h2 id="posture-eyes-heading">{eyeCue.title}</h2>
        <p>{eyeCue.body}</p>
      </section>
      {error ? (
        <p className="error" role="alert">
          {error}
        </p>
      ) : null}
      <div role="status" className="posture-status">
        {answered === 'done' ? t('postureCheck.done') : null}
        {answered === 'ignore' ? t('postureCheck.notNow') : null}
      </div>
      {answered === null ? (
        <div className="row">
          <button type="button" className="primary" disabled={busy} onClick={() => void respond('done')}>
            {t('postureCheck.doneButton')}
          </button>
          <button type="button" disabled={busy} onClick={() => void respond('ignore')}>
            {t('postureCheck.notNowButton')}
          </button>
        </div>
      ) : null}
    </main>
  )
}
