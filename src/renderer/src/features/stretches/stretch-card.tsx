import { Trans, useTranslation } from 'react-i18next'
import type { Stretch } from '@shared/content/schema'
import { Illustration } from '../../components/illustration'
import { bodyAreaLabel } from '../../lib/body-area-labels'
import { doseText, placeText, sidesText } from './stretch-labels'

export interface StretchCardProps {
  stretch: Stretch
  onStart: (stretch: Stretch) => void
}

export function StretchCard({ stretch, onStart }: StretchCardProps) {
  const { t } = useTranslation()
  const headingId = `stretch-${stretch.id}`
  const sides = sidesText(t, stretch)
  return (
    <article className="stretch-card" aria-labelledby={headingId}>
      <div className="stretch-card-top">
        <figure className="stretch-figure">
          <Illustration drawing={stretch.illustration} />
        </figure>
        <div className="stretch-summary">
          <h3 id={headingId}>{stretch.name}</h3>
          <ul className="stretch-areas" aria-label={t('stretches.card.areas')}>
            {stretch.areas.map((area) => (
              <li key={area} className="pill">
                {bodyAreaLabel(t, area)}
              </li>
            ))}
          </ul>
          <p className="stretch-place">{placeText(t, stretch)}</p>
        </div>
      </div>
      <dl className="stretch-facts">
        <div>
          <dt>{t('stretches.card.dose')}</dt>
          <dd>{doseText(t, stretch)}</dd>
        </div>
        {sides ? (
          <div>
            <dt>{t('stretches.card.sides')}</dt>
            <dd>{sides}</dd>
          </div>
        ) : null}
      </dl>
      <ol className="stretch-steps">
        {stretch.steps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
      {stretch.oneSide ? <p className="stretch-side-hint">{stretch.oneSide.hint}</p> : null}
      <p className="stretch-caution">
        <strong>{t('stretches.card.caution')}</strong> {stretch.caution}
      </p>
      <div className="stretch-card-actions">
        <button
          type="button"
          className="primary"
          onClick={() => {
            onStart(stretch)
          }}
        >
          <Trans i18nKey="stretches.card.start" values={{ name: stretch.name }} components={{ hidden: <span className="visually-hidden" /> }} />
        </button>
      </div>
    </article>
  )
}
