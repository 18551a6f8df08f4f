import { eyeCue } from '@shared/content/posture'
import { formatClock } from './routine-progress'

/**
 * Standing up and looking far away: the end of every break, and the whole break for anyone
 * who chooses it. One instruction and the time left in the break, large.
 */
export function LookAway({ remainingSeconds, afterRoutine }: { remainingSeconds: number; afterRoutine: boolean }) {
  return (
    <section className="break-stage" aria-labelledby="look-away-heading">
      <p className="break-move-name">{afterRoutine ? 'Moves done. To finish:' : 'Your break'}</p>
      <h2 id="look-away-heading" className="break-instruction">
        Stand up and look away
      </h2>
      <p className="break-countdown" data-testid="break-countdown">
        <span aria-hidden="true">{formatClock(remainingSeconds)}</span>
        <span className="visually-hidden">{`${formatClock(remainingSeconds)} left in this break`}</span>
      </p>
      <p className="break-subline">
        Walk a few steps, let your shoulders drop, and rest your eyes on something about {eyeCue.lookMeters} m ({eyeCue.lookFeet} ft) away.
      </p>
    </section>
  )
}
