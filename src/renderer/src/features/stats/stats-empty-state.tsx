export function StatsEmptyState({ days }: { days: number }) {
  return (
    <section className="card empty-state" aria-labelledby="empty-heading">
      <h2 id="empty-heading">Nothing recorded in the last {days} days yet</h2>
      <p>
        Once your first break comes due, this page fills in: active time, breaks completed, postponed and skipped, natural breaks
        when you step away on your own, posture cues, and your longest stretch without a break, with a chart for each day.
      </p>
      <p className="muted">Keep Upright running while you work; the first break comes after your break interval of active time.</p>
    </section>
  )
}
