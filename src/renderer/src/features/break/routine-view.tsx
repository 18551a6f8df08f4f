import { Trans, useTranslation } from 'react-i18next'
import { Illustration } from '../../components/illustration'
import { RoutineMoveFooter } from './routine-move-footer'
import { formatClock, phaseLabel, type RoutinePosition } from './routine-progress'
import { StretchSteps } from './stretch-steps'
import { useRoutineMove } from './use-routine-move'

export interface RoutineViewProps {
  position: RoutinePosition
  headingId: string
}

/** A small caption over the phase label; prepare and rest labels already say it. */
const phaseKindCaption = {
  prepare: null,
  hold: 'routine.caption.hold',
  reps: 'routine.caption.reps',
  rest: null,
  'switch-side': 'routine.caption.switchSide'
} as const

/** One moment of a guided routine: the move, what to do now, and how long is left. */
export function RoutineView({ position, headingId }: RoutineViewProps) {
  const { t } = useTranslation()
  const { phase } = position
  const caption = phaseKindCaption[phase.kind]
  const timeLeft = t('routine.timeLeft', { time: formatClock(position.remainingSeconds) })
  const move = useRoutineMove(position)
  const { stretch, name, side } = move
  const percent = Math.round(position.fraction * 100)
  const firstStep = position.exerciseNumber === 1 && phase.kind === 'prepare'

  return (
    <div className="routine">
      <div className="routine-meta">
        {position.exerciseCount > 1 ? (
          <p className="routine-count">{t('routine.exerciseOf', { number: position.exerciseNumber, count: position.exerciseCount })}</p>
        ) : null}
        <p className="routine-remaining">
          <Trans
            i18nKey="routine.timeLeftStyled"
            values={{ time: formatClock(position.remainingSeconds) }}
            components={{ time: <span className="routine-remaining-time" /> }}
          />
        </p>
      </div>
      <div
        className="routine-bar"
        role="progressbar"
        aria-label={t('routine.progressLabel')}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={timeLeft}
      >
        <div className="routine-bar-fill" style={{ width: `${percent}%` }} />
      </div>

      <div className="routine-body">
        {stretch ? (
          <figure className="routine-figure">
            <Illustration drawing={stretch.illustration} side={phase.side === 'both' ? undefined : phase.side} />
          </figure>
        ) : null}
        <div className="routine-info">
          <div className={`routine-phase routine-phase-${phase.kind}`} data-testid="routine-phase">
            <div>
              {caption ? <p className="routine-phase-kind">{t(caption)}</p> : null}
              <p className="routine-phase-label">{phaseLabel(t, phase, name)}</p>
              {side ? (
                <p className="routine-phase-side" data-testid="routine-side">
                  {side}
                </p>
              ) : null}
            </div>
            <p className="routine-phase-countdown">
              <span className="routine-phase-seconds" aria-hidden="true">
                {position.phaseRemainingSeconds}
              </span>
              <span className="routine-phase-unit" aria-hidden="true">
                {t('routine.secondsUnit')}
              </span>
              <span className="visually-hidden">{t('routine.secondsLeftInStep', { count: position.phaseRemainingSeconds })}</span>
            </p>
          </div>
          <h2 id={headingId} className="routine-name">
            {name}
          </h2>
          {stretch ? <StretchSteps stretch={stretch} firstMove={firstStep} /> : null}
        </div>
      </div>

      <RoutineMoveFooter move={move} phase={phase} nextClassName="routine-next" />
    </div>
  )
}
