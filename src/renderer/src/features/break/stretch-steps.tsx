import type { Stretch } from '../../../../shared/content/schema'

/** A move's steps, its side hint and its caution: under the routine, or on request in the break window. */
export function StretchSteps({ stretch }: { stretch: Stretch }) {
  return (
    <>
      <ol className="routine-steps" aria-label="Steps">
        {stretch.steps.map((step) => (
          <li key={step}>{step}</li>
        ))}
      </ol>
      {stretch.sideHint ? <p className="routine-side-hint">{stretch.sideHint}</p> : null}
      <p className="routine-caution">{stretch.caution}</p>
    </>
  )
}
