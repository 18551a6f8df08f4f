import type { SchedulePreview } from '@shared/schedule-preview'
import { useElementWidth } from '../../components/use-element-width'

type TimelineEvent = SchedulePreview['timeline'][number]

const height = 74
const laneY = { posture: 12, break: 44 } as const
const axisY = 66

const kindLabel: Record<TimelineEvent['kind'], string> = {
  posture: 'Posture cue',
  breakWarning: 'Break warning',
  break: 'Break',
  dailyLimit: 'Daily limit reached'
}

const timeFormat = new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' })

export interface ScheduleTimelineProps {
  preview: SchedulePreview
  /** Drawn as the width of each break; the preview gives only when breaks start. */
  breakMinutes: number
}

/**
 * The next few hours as a strip: posture cues on the top lane, warnings and breaks below.
 * The drawing is decorative for assistive tech; the list after it says the same in words.
 */
export function ScheduleTimeline({ preview, breakMinutes }: ScheduleTimelineProps) {
  const [measure, width] = useElementWidth<HTMLDivElement>(600)
  const horizon = preview.horizonMinutes
  // Marks at the ends would be cut in half; keep a few pixels inside.
  const inset = 6
  const x = (minute: number): number => inset + (Math.min(Math.max(minute, 0), horizon) / horizon) * (width - 2 * inset)
  const hours = Array.from({ length: Math.floor(horizon / 60) + 1 }, (_, hour) => hour)
  const counts = {
    posture: preview.timeline.filter((event) => event.kind === 'posture').length,
    break: preview.timeline.filter((event) => event.kind === 'break').length
  }
  const hoursLabel = Math.round(horizon / 60)

  if (preview.timeline.length === 0) {
    return (
      <p className="timeline-empty">
        Nothing is due in the next {hoursLabel} hours: outside working hours, or with cues and breaks turned off, nothing is shown.
      </p>
    )
  }

  return (
    <figure className="timeline">
      <figcaption className="timeline-caption">
        Next {hoursLabel} hours if you stay at the computer: {counts.break} {counts.break === 1 ? 'break' : 'breaks'},{' '}
        {counts.posture} {counts.posture === 1 ? 'posture cue' : 'posture cues'}.
      </figcaption>
      <div className="timeline-frame" ref={measure}>
        <svg className="timeline-strip" viewBox={`0 0 ${width} ${height}`} role="presentation" aria-hidden="true" focusable="false">
          <line className="timeline-track" x1={x(0)} x2={x(horizon)} y1={laneY.posture} y2={laneY.posture} />
          <line className="timeline-track" x1={x(0)} x2={x(horizon)} y1={laneY.break} y2={laneY.break} />
          {hours.map((hour) => (
            <g key={hour}>
              <line className="timeline-tick" x1={x(hour * 60)} x2={x(hour * 60)} y1={4} y2={axisY - 8} />
              <text
                className="timeline-label"
                x={x(hour * 60)}
                y={axisY + 4}
                textAnchor={hour === 0 ? 'start' : hour * 60 >= horizon ? 'end' : 'middle'}
              >
                {hour === 0 ? 'now' : `+${hour} h`}
              </text>
            </g>
          ))}
          {preview.timeline.map((event) => {
            const key = `${event.kind}-${event.minute}`
            if (event.kind === 'posture') {
              return <circle key={key} className="mark-posture" data-kind="posture" cx={x(event.minute)} cy={laneY.posture} r={5} />
            }
            if (event.kind === 'dailyLimit') {
              // Across both lanes: the limit interrupts nothing, it marks a moment of the day.
              const limitX = x(event.minute)
              return <line key={key} className="mark-limit" data-kind="dailyLimit" x1={limitX} x2={limitX} y1={2} y2={axisY - 6} />
            }
            if (event.kind === 'breakWarning') {
              const cx = x(event.minute)
              return (
                <path
                  key={key}
                  className="mark-warning"
                  data-kind="breakWarning"
                  // Points down at the moment, above the break lane, so a break right after it cannot hide it.
                  d={`M ${cx} ${laneY.break - 9} l -5 -8 h 10 z`}
                />
              )
            }
            const start = x(event.minute)
            return (
              <rect
                key={key}
                className="mark-break"
                data-kind="break"
                x={start}
                y={laneY.break - 7}
                width={Math.max(x(event.minute + breakMinutes) - start, 3)}
                height={14}
                rx={3}
              />
            )
          })}
        </svg>
      </div>
      <ul className="timeline-legend" aria-hidden="true">
        <li>
          <span className="swatch swatch-posture" /> Posture cue
        </li>
        <li>
          <span className="swatch swatch-warning" /> Break warning
        </li>
        <li>
          <span className="swatch swatch-break" /> Break
        </li>
        {preview.timeline.some((event) => event.kind === 'dailyLimit') ? (
          <li>
            <span className="swatch swatch-limit" /> Daily limit reached
          </li>
        ) : null}
      </ul>
      <details className="timeline-details">
        <summary>The next {hoursLabel} hours as a list</summary>
        <ol className="timeline-list">
          {preview.timeline.map((event) => (
            <li key={`${event.kind}-${event.minute}`}>
              {timeFormat.format(event.wallMs)}: {kindLabel[event.kind]}
              {event.kind === 'break' ? ` (${formatBreakMinutes(breakMinutes)})` : ''}
            </li>
          ))}
        </ol>
      </details>
    </figure>
  )
}

function formatBreakMinutes(minutes: number): string {
  if (minutes < 1) return `${Math.round(minutes * 60)} seconds`
  return `${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`
}
