import type { DayStats } from '../../../../shared/stats'
import { formatMinutes } from '../stats/format'

export function TodayTotals({ today, error }: { today: DayStats | null; error: string | null }) {
  const breaksTaken = today ? today.breaksCompleted + today.naturalBreaks : 0
  return (
    <section className="card" aria-labelledby="totals-heading">
      <h2 id="totals-heading">Today so far</h2>
      {error ? <p className="muted">Today&apos;s numbers are not available right now.</p> : null}
      {today ? (
        <dl className="today-totals">
          <div>
            <dt>Breaks taken</dt>
            <dd className="today-total">{breaksTaken}</dd>
            <dd className="muted">{today.naturalBreaks > 0 ? `${today.naturalBreaks} natural` : 'Completed or natural'}</dd>
          </div>
          <div>
            <dt>Posture checks</dt>
            <dd className="today-total">{today.postureDone}</dd>
            <dd className="muted">{today.postureIgnored > 0 ? `${today.postureIgnored} not now` : 'Answered with Done'}</dd>
          </div>
          <div>
            <dt>Active time</dt>
            <dd className="today-total">{formatMinutes(today.activeMinutes)}</dd>
            <dd className="muted">At the computer</dd>
          </div>
          <div>
            <dt>Longest stretch</dt>
            <dd className="today-total">{formatMinutes(today.longestStretchMinutes)}</dd>
            <dd className="muted">Before a break you took</dd>
          </div>
        </dl>
      ) : null}
      <p className="today-more">
        <a href="#/stats">See your week in Statistics</a>
      </p>
    </section>
  )
}
