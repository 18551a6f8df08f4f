import { sideLabel } from '@shared/content/side-label'
import { findStretch } from '@shared/content/stretches'
import { Illustration } from '../../components/illustration'
import { formatClock, phaseAnnouncement, type RoutinePosition } from './routine-progress'
import { StretchSteps } from './stretch-steps'

export interface RoutineViewProps {
  position: RoutinePosition
  headingId: string
}

/** A small caption over the phase label; prepare and rest labels already say it. */
const phaseKindCaption = {
  prepare: null,
  hold: 'Hold',
  reps: 'Move',
  rest: null,
  'switch-side': 'Switch sides'
} as const

/** One moment of a guided routine: the move, what to do now, and how long is left. */
export function RoutineView({ position, headingId }: RoutineViewProps) {
  const { phase } = position
  const stretch = findStretch(phase.exerciseId)
  const next = position.nextExerciseId === null ? undefined : findStretch(position.nextExerciseId)
  const name = stretch?.name ?? phase.exerciseId
  const percent = Math.round(position.fraction * 100)
  const side = stretch ? sideLabel(stretch, phase.side) : null
  const firstStep = position.exerciseNumber === 1 && phase.kind === 'prepare'

  return (
    <div className="routine">
      <div className="routine-meta">
        {position.exerciseCount > 1 ? (
          <p className="routine-count">
            Exercise {position.exerciseNumber} of {position.exerciseCount}
          </p>
        ) : null}
        <p className="routine-remaining">
          <span className="routine-remaining-time">{formatClock(position.remainingSeconds)}</span> left
        </p>
      </div>
      <div
        className="routine-bar"
        role="progressbar"
        aria-label="Routine progress"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={`${formatClock(position.remainingSeconds)} left`}
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
              {phaseKindCaption[phase.kind] ? <p className="routine-phase-kind">{phaseKindCaption[phase.kind]}</p> : null}
              <p className="routine-phase-label">{phase.label}</p>
              {side ? (
                <p className="routine-phase-side" data-testid="routine-side">
                  {side}
                </p>
              ) : null}
            </div>
            <p className="routine-phase-countdown">
              <span className="routine-phase-seconds">{position.phaseRemainingSeconds}</span>
              <span className="routine-phase-unit" aria-hidden="true">
                s
              </span>
              <span className="visually-hidden"> seconds left in this step</span>
            </p>
          </div>
          <h2 id={headingId} className="routine-name">
            {name}
          </h2>
          {stretch ? <StretchSteps stretch={stretch} firstMove={firstStep} /> : null}
        </div>
      </div>

      {next ? <p className="routine-next">Up next: {next.name}</p> : null}
      {/* Polite and keyed to the phase, so it speaks at each change and never every second. */}
      <p className="visually-hidden" aria-live="polite" aria-atomic="true">
        {phaseAnnouncement(phase, name)}
      </p>
    </div>
  )
}
