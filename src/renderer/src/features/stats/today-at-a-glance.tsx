import type { DayStats } from '@shared/stats'
import { formatMinutes, plural } from './format'

interface Tile {
  label: string
  value: string
  detail?: string
}

function tiles(today: DayStats, streakDays: number): Tile[] {
  return [
    {
      label: 'Active time',
      value: formatMinutes(today.activeMinutes),
      detail: 'At the computer, not away or paused, including the stretch going on now.'
    },
    {
      label: 'Breaks completed',
      value: `${today.breaksCompleted} of ${today.breaksDue}`,
      detail:
        [
          today.breaksMissed > 0 ? `${today.breaksMissed} missed (worked through, no answer).` : '',
          today.breaksPostponed > 0 ? `${plural(today.breaksPostponed, 'postpone', 'postpones')} along the way.` : ''
        ]
          .filter(Boolean)
          .join(' ') || 'Breaks that came due, taken to the end.'
    },
    { label: 'Natural breaks', value: String(today.naturalBreaks), detail: 'Times you stepped away long enough on your own.' },
    {
      label: 'Posture cues',
      value: `${today.postureDone} done`,
      detail:
        `${today.postureIgnored} dismissed, ${today.postureUnanswered} unanswered` +
        (today.postureSilent > 0 ? `, ${today.postureSilent} held back during meetings or fullscreen.` : '.')
    },
    {
      label: 'Longest stretch without a break',
      value: formatMinutes(today.longestStretchMinutes),
      detail: 'Active time before a break you took. The stretch going on now is not included.'
    },
    {
      label: 'Streak',
      value: plural(streakDays, 'day', 'days'),
      detail: 'Days in a row on which you took at least 80 % of your breaks. Days without breaks do not end it.'
    }
  ]
}

export function TodayAtAGlance({ today, streakDays }: { today: DayStats; streakDays: number }) {
  return (
    <section className="glance" aria-labelledby="glance-heading">
      <h2 id="glance-heading">Today at a glance</h2>
      <dl className="glance-tiles">
        {tiles(today, streakDays).map((tile) => (
          <div key={tile.label} className="glance-tile">
            <dt>{tile.label}</dt>
            <dd className="glance-value">{tile.value}</dd>
            {tile.detail ? <dd className="glance-detail">{tile.detail}</dd> : null}
          </div>
        ))}
      </dl>
    </section>
  )
}
