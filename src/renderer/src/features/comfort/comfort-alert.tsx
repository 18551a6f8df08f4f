import { safetyTierHref } from '@shared/routes'

/**
 * Shown when discomfort has stayed high on several recent check-in days. Calm and general on
 * purpose: Upright cannot know why, so it points to someone who can, and to the safety page.
 */
export function ComfortAlert() {
  return (
    <div className="comfort-alert" role="note" aria-labelledby="comfort-alert-heading">
      <h3 id="comfort-alert-heading">Your discomfort has been high for several days</h3>
      <p>
        Breaks and stretches help many people, but discomfort that stays high is worth having looked at. Consider seeing a doctor or
        physical therapist, especially if it lasts more than 1–2 weeks.
      </p>
      <p>Pain that wakes you at night, or numbness or tingling running down an arm or a leg, should be checked the same day.</p>
      <ul className="comfort-alert-links">
        <li>
          <a href={safetyTierHref('professional')}>When to see a doctor or physical therapist</a>
        </li>
        <li>
          <a href={safetyTierHref('urgent')}>Signs that need help the same day or sooner</a>
        </li>
      </ul>
    </div>
  )
}
