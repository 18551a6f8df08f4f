import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Illustration } from '../../components/illustration'
import { RoutineMoveFooter } from './routine-move-footer'
import { phaseLabel, type RoutinePosition } from './routine-progress'
import { StretchSteps } from './stretch-steps'
import { useRoutineMove } from './use-routine-move'

/**
 * One moment of the break routine, calm enough to follow from a step back: the move, the one
 * thing to do now, and a large countdown. The steps and the drawing open on request.
 */
export function BreakMoveView({ position, headingId }: { position: RoutinePosition; headingId: string }) {
  const { t } = useTranslation()
  const [detailsOpen, setDetailsOpen] = useState(false)
  const detailsId = useId()
  const { phase } = position
  const move = useRoutineMove(position)
  const { stretch, name, side } = move

  return (
    <section className="break-stage" aria-labelledby={headingId} data-details={detailsOpen ? 'open' : 'closed'}>
      <h2 id={headingId} className="break-move-name">
        {name}
        {position.exerciseCount > 1 ? (
          <span className="break-move-count">
            {' '}
            {t('routine.moveOf', { number: position.exerciseNumber, count: position.exerciseCount })}
          </span>
        ) : null}
      </h2>
      <div className={`routine-phase routine-phase-${phase.kind}`} data-testid="routine-phase">
        <p className="break-instruction routine-phase-label">{phaseLabel(t, phase, name)}</p>
        <p className="break-countdown" data-testid="break-countdown">
          <span aria-hidden="true">{position.phaseRemainingSeconds}</span>
          <span className="visually-hidden">{t('routine.secondsLeftInStep', { count: position.phaseRemainingSeconds })}</span>
        </p>
      </div>
      {stretch ? (
        <button
          type="button"
          className="break-details-toggle"
          aria-expanded={detailsOpen}
          aria-controls={detailsId}
          onClick={() => {
            setDetailsOpen((open) => !open)
          }}
        >
          {detailsOpen ? t('routine.hideDetails') : t('routine.showDetails')}
        </button>
      ) : null}
      {stretch && detailsOpen ? (
        // Scrolls inside itself on a small window, so the page never does; focusable for keyboards.
        <div id={detailsId} className="break-details" tabIndex={0} role="region" aria-label={t('routine.howTo', { name })}>
          <figure className="break-figure">
            <Illustration drawing={stretch.illustration} side={phase.side === 'both' ? undefined : phase.side} />
          </figure>
          <div>
            {side ? (
              <p className="routine-phase-side" data-testid="routine-side">
                {side}
              </p>
            ) : null}
            <StretchSteps stretch={stretch} />
          </div>
        </div>
      ) : null}
      <RoutineMoveFooter move={move} phase={phase} nextClassName="break-next" />
    </section>
  )
}
