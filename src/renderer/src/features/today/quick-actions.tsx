import { useState } from 'react'
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

/** The tray's main commands, on the page. */
export function QuickActions({ state, onDone }: QuickActionsProps) {
  const isWebHarness = useIsWebHarness()
  const [pending, setPending] = useState(false)
  const [feedback, setFeedback] = useState<Feedback | null>(null)
  const onBreak = state.phase === 'break'
  const paused = state.paused

  const run = async (command: () => Promise<unknown>, done: Feedback, failure: string): Promise<void> => {
    setPending(true)
    setFeedback(null)
    try {
      await command()
      setFeedback(done)
    } catch (reason) {
      setFeedback({ kind: 'error', text: `${failure}: ${errorMessage(reason)}` })
    } finally {
      setPending(false)
      await onDone()
    }
  }

  if (onBreak) {
    // A gentle break has no window of its own: this is where it can be opened or ended.
    return (
      <>
        <div className="row today-actions" role="group" aria-label="Break actions">
          {isWebHarness ? (
            <a className="button primary" href="./break.html">
              Open the break
            </a>
          ) : null}
          {state.canPostpone ? (
            <button
              type="button"
              disabled={pending}
              onClick={() => void run(() => api.break.respond({ response: 'postpone' }), { kind: 'ok', text: 'Break postponed.' }, 'Could not postpone the break')}
            >
              Postpone ({state.postponesLeft} left)
            </button>
          ) : null}
          {state.canSkip ? (
            <button
              type="button"
              disabled={pending}
              onClick={() => void run(() => api.break.respond({ response: 'skip' }), { kind: 'ok', text: 'Break skipped.' }, 'Could not skip the break')}
            >
              Skip
            </button>
          ) : null}
        </div>
        <Feedback feedback={feedback} />
      </>
    )
  }

  return (
    <>
      <div className="row today-actions" role="group" aria-label="Quick actions">
        <button
          type="button"
          className="primary"
          disabled={pending}
          onClick={() => void run(() => api.break.start(), { kind: 'ok', text: 'Break started.' }, 'Could not start a break')}
        >
          Take a break now
        </button>
        <button
          type="button"
          disabled={pending || paused}
          onClick={() =>
            void run(
              () => api.posture.now(),
              { kind: 'ok', text: isWebHarness ? 'Posture check sent.' : 'Posture check sent — look for the notification.', postureLink: isWebHarness },
              'Could not send a posture check'
            )
          }
        >
          Posture check now
        </button>
        {paused ? (
          <button type="button" disabled={pending} onClick={() => void run(() => api.pause.resume(), { kind: 'ok', text: 'Resumed.' }, 'Could not resume')}>
            Resume
          </button>
        ) : (
          <>
            <button
              type="button"
              disabled={pending}
              onClick={() => void run(() => api.pause.start({ minutes: 30 }), { kind: 'ok', text: 'Paused for 30 minutes.' }, 'Could not pause')}
            >
              Pause 30 min
            </button>
            <button
              type="button"
              disabled={pending}
              onClick={() => void run(() => api.pause.start({ minutes: 60 }), { kind: 'ok', text: 'Paused for 1 hour.' }, 'Could not pause')}
            >
              Pause 1 h
            </button>
          </>
        )}
      </div>
      <Feedback feedback={feedback} />
    </>
  )
}

function Feedback({ feedback }: { feedback: Feedback | null }) {
  return (
    <>
      <p role="status" className="today-feedback">
        {feedback?.kind === 'ok' ? feedback.text : null}
        {feedback?.kind === 'ok' && feedback.postureLink ? (
          <>
            {' '}
            <a href="./break.html#/posture">Open the posture card</a>
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
