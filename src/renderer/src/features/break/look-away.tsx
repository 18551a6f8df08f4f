import { useTranslation } from 'react-i18next'
import { eyeCue } from '@shared/content/posture'
import { formatClock } from './routine-progress'

/**
 * Standing up and looking far away: the end of every break, and the whole break for anyone
 * who chooses it. One instruction and the time left in the break, large.
 */
export function LookAway({ remainingSeconds, afterRoutine }: { remainingSeconds: number; afterRoutine: boolean }) {
  const { t } = useTranslation()
  return (
    <section className="break-stage" aria-labelledby="look-away-heading">
      <p className="break-move-name">{afterRoutine ? t('break.lookAway.movesDone') : t('break.lookAway.yourBreak')}</p>
      <h2 id="look-away-heading" className="break-instruction">
        {t('break.lookAway.heading')}
      </h2>
      <p className="break-countdown" data-testid="break-countdown">
        <span aria-hidden="true">{formatClock(remainingSeconds)}</span>
        <span className="visually-hidden">{t('break.lookAway.timeLeft', { time: formatClock(remainingSeconds) })}</span>
      </p>
      <p className="break-subline">
        {t('break.lookAway.subline', { meters: eyeCue.lookMeters, feet: eyeCue.lookFeet })}
      </p>
    </section>
  )
}
