import { useEffect, useRef, useState } from 'react'
import type { Stretch } from '@shared/content/schema'
import type { GuidedRoutine } from '@shared/routine'
import { useTranslation } from 'react-i18next'
import { api } from '../../lib/api'
import { useApiResource } from '../../lib/use-api-resource'
import { useContent } from '../../lib/use-content'
import { RoutinePlayer } from '../break/routine-player'

type Load = { status: 'loading' } | { status: 'failed'; message: string } | { status: 'ready'; guided: GuidedRoutine }

export interface StretchRoutineDialogProps {
  stretch: Stretch
  timeScale: number
  onClose: () => void
}

/**
 * A stretch's "Start": the same player as the break window, in a modal dialog (Esc closes it,
 * focus stays inside and returns to the Start button afterwards).
 */
export function StretchRoutineDialog({ stretch, timeScale, onClose }: StretchRoutineDialogProps) {
  const { t } = useTranslation()
  const { safety } = useContent()
  const dialogRef = useRef<HTMLDialogElement>(null)
  const routine = useApiResource(() => api.routine.forStretch({ id: stretch.id }), { deps: [stretch.id] })
  const load: Load =
    routine.value !== null
      ? { status: 'ready', guided: routine.value }
      : routine.error !== null
        ? { status: 'failed', message: routine.error }
        : { status: 'loading' }
  const [paused, setPaused] = useState(false)
  const [finished, setFinished] = useState(false)
  const [run, setRun] = useState(1)

  useEffect(() => {
    const dialog = dialogRef.current
    if (dialog === null || dialog.open) return
    // jsdom has no showModal; the open attribute is the fallback there.
    if (typeof dialog.showModal === 'function') dialog.showModal()
    else dialog.setAttribute('open', '')
  }, [])

  const close = (): void => {
    const dialog = dialogRef.current
    if (dialog !== null && typeof dialog.close === 'function' && dialog.open) dialog.close()
    else onClose()
  }

  return (
    <dialog ref={dialogRef} className="stretch-dialog" aria-labelledby="practice-exercise" onClose={onClose}>
      <div className="stretch-dialog-bar">
        <p className="muted">{t('stretches.dialog.kicker')}</p>
        <button type="button" onClick={close}>
          {t('stretches.dialog.close')}
        </button>
      </div>
      {load.status === 'loading' ? (
        <h2 id="practice-exercise" className="routine-name">
          {stretch.name}
        </h2>
      ) : null}
      {load.status === 'failed' ? (
        <>
          <h2 id="practice-exercise">{stretch.name}</h2>
          <p className="error" role="alert">
            {t('stretches.dialog.failed', { reason: load.message })}
          </p>
        </>
      ) : null}
      {load.status === 'ready' ? (
        <RoutinePlayer
          key={run}
          guided={load.guided}
          timeScale={timeScale}
          paused={paused || finished}
          headingId="practice-exercise"
          onFinished={() => {
            setFinished(true)
          }}
          controls={() =>
            finished ? (
              <button
                type="button"
                onClick={() => {
                  setFinished(false)
                  setPaused(false)
                  setRun((count) => count + 1)
                }}
              >
                {t('stretches.dialog.again')}
              </button>
            ) : (
              <button
                type="button"
                onClick={() => {
                  setPaused((value) => !value)
                }}
              >
                {paused ? t('stretches.dialog.resume') : t('stretches.dialog.pause')}
              </button>
            )
          }
        />
      ) : null}
      <p role="status" className="stretch-dialog-status">
        {finished ? t('stretches.dialog.finished') : paused ? t('stretches.dialog.paused') : ''}
      </p>
      <p className="stretch-dialog-safety">{safety.stopIfItHurts}</p>
    </dialog>
  )
}
