import { habitTips, unevenSidesExplainer } from '../../../../shared/content/posture'
import type { WeakerSide } from '../../../../shared/settings'

const sideNames = { left: 'left', right: 'right' } as const

/** What the weaker-side setting does to one-sided moves, in the user's own terms. */
export function weakerSideMeaning(side: WeakerSide): string {
  if (side === 'none') return 'One-sided moves do the same number of repetitions on each side.'
  const other = side === 'left' ? 'right' : 'left'
  return `One-sided moves start with your ${sideNames[side]} side; your ${other} side does 1–2 fewer reps.`
}

/** The compact card at the top of the library: the setting, what it means, where to change it. */
export function WeakerSideSummary({ side }: { side: WeakerSide | null }) {
  return (
    <section className="card weaker-side-summary" aria-labelledby="weaker-side-heading">
      <h2 id="weaker-side-heading">Your weaker side</h2>
      {side === null ? (
        <p className="muted">Loading your settings…</p>
      ) : (
        <p>
          <strong>{side === 'none' ? 'Not set.' : side === 'left' ? 'Left.' : 'Right.'}</strong> {weakerSideMeaning(side)}
        </p>
      )}
      <a href="#/preferences">Change it in Preferences</a>
    </section>
  )
}

/** The explainer and the everyday habits that even out the two sides. */
export function UnevenSidesGuide() {
  return (
    <section className="uneven-guide" aria-labelledby="uneven-guide-heading">
      <h2 id="uneven-guide-heading">{unevenSidesExplainer.title}</h2>
      {unevenSidesExplainer.paragraphs.map((paragraph) => (
        <p key={paragraph}>{paragraph}</p>
      ))}
      <h3>Everyday habits</h3>
      <ul className="habit-tips">
        {habitTips.map((tip) => (
          <li key={tip.id} className="habit-tip">
            <strong>{tip.title}</strong>
            <span>{tip.text}</span>
          </li>
        ))}
      </ul>
    </section>
  )
}
