import type { Stretch } from '@shared/content/schema'
import { Illustration } from '../../components/illustration'
import { bodyAreaLabels, doseText, placeText, sidesText } from './stretch-labels'

export interface StretchCardProps {
  stretch: Stretch
  onStart: (stretch: Stretch) => void
}

export function StretchCard({ stretch, onStart }: StretchCardProps) {
  const headingId = `stretch-${stretch.id}`
  const sides = sidesText(stretch)
  return (
    <article className="stretch-card" aria-labelledby={headingId}>
      <div className="stretch-card-top">
        <figure className="stretch-figure">
          <Illustration drawing={stretch.illustration} />
        </figure>
        <div className="stretch-summary">
          <h3 id={headingId}>{stretch.name}</h3>
          <ul className="stretch-areas" aria-label="Target areas">
            {stretch.areas.map((area) => (
              <li key={area} className="pill">
                {bodyAreaLabels[area]}
              </li>
            ))}
          </ul>
          <p className="stretch-place">{placeText(stretch)}</p>
        </div>
      </div>
      <dl className="stretch-facts">
        <div>
          <dt>Dose</dt>
          <dd>{doseText(stretch)}</dd>
        </div>
        {sides ? (
          <div>
            <dt>Sides</dt>
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
        <strong>Caution:</strong> {stretch.caution}
      </p>
      <div className="stretch-card-actions">
        <button
          type="button"
          className="primary"
          onClick={() => {
            onStart(stretch)
          }}
        >
          Start <span className="visually-hidden">{stretch.name}</span>
        </button>
      </div>
    </article>
  )
}
