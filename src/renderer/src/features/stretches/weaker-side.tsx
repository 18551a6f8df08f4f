import { habitTips, unevenSidesExplainer } from '@shared/content/posture'
import { safetyContent } from '@shared/content/safety'
import type { MarkedSide, Settings } from '@shared/settings'

const sideNames = { left: 'left', right: 'right' } as const

/** What the weaker-side setting does to strengthening moves, in the user's own terms. */
export function weakerSideMeaning(side: MarkedSide): string {
  if (side === 'none') return 'One-sided strengthening moves do the same number of repetitions on each side.'
  const other = side === 'left' ? 'right' : 'left'
  return `One-sided strengthening moves start with your ${sideNames[side]} side; your ${other} side does 1–2 fewer.`
}

/** What the tighter-side setting does to stretches. */
export function tighterSideMeaning(side: MarkedSide): string {
  if (side === 'none') return 'One-sided stretches hold each side the same number of times.'
  return `One-sided stretches start with your ${sideNames[side]} side and give it one extra hold.`
}

function sideWord(side: MarkedSide): string {
  return side === 'none' ? 'Not set.' : side === 'left' ? 'Left.' : 'Right.'
}

/** The compact card at the top of the library: both side settings, what they mean, where to change them. */
export function SidesSummary({ body }: { body: Pick<Settings['body'], 'weakerSide' | 'tighterSide'> | null }) {
  return (
    <section className="card weaker-side-summary" aria-labelledby="weaker-side-heading">
      <h2 id="weaker-side-heading">Your sides</h2>
      {body === null ? (
        <p className="muted">Loading your settings…</p>
      ) : (
        <>
          <p>
            <strong>Weaker side: {sideWord(body.weakerSide)}</strong> {weakerSideMeaning(body.weakerSide)}
          </p>
          <p>
            <strong>Tighter side: {sideWord(body.tighterSide)}</strong> {tighterSideMeaning(body.tighterSide)}
          </p>
        </>
      )}
      <p className="muted">{safetyContent.warmUpAndBreathe.text}</p>
      <a href="#/preferences">Change them in Preferences</a>
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
