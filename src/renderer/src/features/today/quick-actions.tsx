import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { EngineState } from '@shared/engine-state'
import { api } from '../../lib/api'
import { useIsWebHarness } from '../../lib/shell'
import { errorMessage } from '@shared/error-message'

interface QuickActionsProps {
  state: EngineState
  /** Re-read the state after a command (the push may come later, or not at all on failure). */
  onDone: () => Promise<void>
}

type Feedback = { kind: 'ok'; text: string; postureLink?: boolean } | { kind: 'error'; text: string }

/** The failure messages, each with a {{reason}}. */
type FailureKey =
  | 'quick.postponeFailed'
  | 'quick.skipFailed'
  | 'quick.startFailed'
  | 'quick.postureFailed'
  | 'quick.resumeFailed'
  | 'quick.pauseFailed'

/** The tray's main commands, on the page. */
export function QuickActions({ state, onDone }: QuickActionsProps) {
  const isWebHarness = useIsWebHarness()
  const { t } = useTranslation()
  const [pending, setPending] = useState(false)
  const [feedback, setFeedback] = useState<Feedback | null>(null)
  const onBreak = state.phase === 'break'
  const paused = state.paused

  const run = async (command: () => Promise<unknown>, done: Feedback, failure: FailureKey): Promise<void> => {
    setPending(true)
    setFeedback(null)
    try {
      await command()
      setFeedback(done)
    } catch (reason) {
      setFeedback({ kind: 'error', text: t(failure, { reason: errorMessage(reason) }) })
    } finally {
      setPending(false)
      await onDone()
    }
  }

  if (onBreak) {
    // A gentle break has no window of its own: this is where it can be opened or ended.
    return (
      <>
        <div className="row today-actions" role="group" aria-label={t('quick.breakActions')}>
          {isWebHarness ? (
            <a className="button primary" href="./break.html">
              {t('quick.openBreak')}
            </a>
          ) : null}
          {state.canPostpone ? (
            <button
              type="button"
              disabled={pending}
              onClick={() => void run(() => api.break.respond({ response: 'postpone' }), { kind: 'ok', text: t('quick.postponed') }, 'quick.postponeFailed')}
            >
              {t('break.postponeLeft', { count: state.postponesLeft })}
            </button>
          ) : null}
          {state.canSkip ? (
            <button
              type="button"
              disabled={pending}
              onClick={() => void run(() => api.break.respond({ response: 'skip' }), { kind: 'ok', text: t('quick.skipped') }, 'quick.skipFailed')}
            >
              {t('break.skip')}
            </button>
          ) : null}
        </div>
        <Feedback feedback={feedback} />
      </>
    )
  }

  return (
    <>
      <div className="row today-actions" role="group" aria-label={t('quick.actions')}>
        <button
          type="button"
          className="primary"
          disabled={pending}
          onClick={() => void run(() => api.break.start(), { kind: 'ok', text: t('quick.started') }, 'quick.startFailed')}
        >
          {t('quick.breakNow')}
        </button>
        <button
          type="button"
          disabled={pending || paused}
          onClick={() =>
            void run(
              () => api.posture.now(),
              { kind: 'ok', text: isWebHarness ? t('quick.postureSent') : t('quick.postureSentNotification'), postureLink: isWebHarness },
              'quick.postureFailed'
            )
          }
        >
          {t('quick.postureNow')}
        </button>
        {paused ? (
          <button type="button" disabled={pending} onClick={() => void run(() => api.pause.resume(), { kind: 'ok', text: t('quick.resumed') }, 'quick.resumeFailed')}>
            {t('quick.resume')}
          </button>
        ) : (
          <>
            <button
              type="button"
              disabled={pending}
              onClick={() => void run(() => api.pause.start({ minutes: 30 }), { kind: 'ok', text: t('quick.paused30') }, 'quick.pauseFailed')}
            >
              {t('quick.pause30')}
            </button>
            <button
              type="button"
              disabled={pending}
              onClick={() => void run(() => api.pause.start({ minutes: 60 }), { kind: 'ok', text: t('quick.paused60') }, 'quick.pauseFailed')}
            >
              {t('quick.pause60')}
            </button>
          </>
        )}
      </div>
      <Feedback feedback={feedback} />
    </>
  )
}

function Feedback({ feedback }: { feedback: Feedback | null }) {
  const { t } = useTranslation()
  return (
    <>
      <p role="status" className="today-feedback">
        {feedback?.kind === 'ok' ? feedback.text : null}
        {feedback?.kind === 'ok' && feedback.postureLink ? (
          <>
            {' '}
            <a href="./break.html#/posture">{t('quick.openPostureCard')}</a>
          </>
        ) : null}
      </p>
      {feedback?.kind === 'error' ? (
        <p role="alert" className="error">
          {feedback.text}
        </p>
      ) : null}
    </>
  )
}
