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
        physiotherapist, especially if it lasts more than a week or two or wakes you at night.
      </p>
      <p>
        <a href="#/safety">When to get help, and when to get it quickly</a>
      </p>
    </div>
  )
}
