import type { DayStats } from '@shared/stats'
import { formatMinutes } from '../stats/format'

function breaksDetail(today: DayStats): string {
  const parts = [
    today.naturalBreaks > 0 ? `${today.naturalBreaks} natural` : '',
    today.breaksMissed > 0 ? `${today.breaksMissed} missed` : '',
    today.breaksSkipped > 0 ? `${today.breaksSkipped} skipped` : ''
  ].filter(Boolean)
  return parts.length > 0 ? parts.join(', ') : 'Completed or natural'
}

/** Only confirmed cues count as done; the rest are named for what they were. */
function postureDetail(today: DayStats): string {
  const parts = [
    today.postureIgnored > 0 ? `${today.postureIgnored} not now` : '',
    today.postureUnanswered > 0 ? `${today.postureUnanswered} unanswered` : ''
  ].filter(Boolean)
  return parts.length > 0 ? parts.join(', ') : 'Confirmed with Done'
}

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
            <dd className="muted">{breaksDetail(today)}</dd>
          </div>
          <div>
            <dt>Posture checks</dt>
            <dd className="today-total">{today.postureDone}</dd>
            <dd className="muted">{postureDetail(today)}</dd>
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
