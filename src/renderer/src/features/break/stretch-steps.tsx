import { useTranslation } from 'react-i18next'
import type { Stretch } from '@shared/content/schema'
import { useContent } from '../../lib/use-content'

/** A move's steps, what a side means for it, its caution and, before the first move, the warm-up note. */
export function StretchSteps({ stretch, firstMove = false }: { stretch: Stretch; firstMove?: boolean }) {
  const { t } = useTranslation()
  const { safety } = useContent()
  return (
    <>
      <ol className="routine-steps" aria-label={t('routine.stepsLabel')}>
        {stretch.steps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
      {stretch.oneSide ? <p className="routine-side-hint">{stretch.oneSide.hint}</p> : null}
      <p className="routine-caution">{stretch.caution}</p>
      {firstMove ? <p className="routine-warm-up">{safety.warmUpAndBreathe.text}</p> : null}
    </>
  )
}
