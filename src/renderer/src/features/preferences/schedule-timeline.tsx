import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'
import { formatClock } from '@shared/countdown'

/** The preview's times are the viewer's own clock (it was Intl's default zone before). */
const localTimeZone = Intl.DateTimeFormat().resolvedOptions().timeZone
import type { SchedulePreview } from '@shared/schedule-preview'
import { useElementWidth } from '../../components/use-element-width'

type TimelineEvent = SchedulePreview['timeline'][number]

const height = 74
const laneY = { posture: 12, break: 44 } as const
const axisY = 66

const kindKeys = {
  posture: 'prefs.timeline.kind.posture',
  breakWarning: 'prefs.timeline.kind.breakWarning',
  break: 'prefs.timeline.kind.break',
  dailyLimit: 'prefs.timeline.kind.dailyLimit'
} as const satisfies Record<TimelineEvent['kind'], string>


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
  const { t } = useTranslation()
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
        {t('prefs.timeline.empty', { hours: hoursLabel })}
      </p>
    )
  }

  return (
    <figure className="timeline">
      <figcaption className="timeline-caption">
        {t('prefs.timeline.caption', {
          hours: hoursLabel,
          breaks: t('prefs.preview.breaks', { count: counts.break }),
          cues: t('prefs.preview.cues', { count: counts.posture })
        })}
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
          <span className="swatch swatch-posture" /> {t(kindKeys.posture)}
        </li>
        <li>
          <span className="swatch swatch-warning" /> {t(kindKeys.breakWarning)}
        </li>
        <li>
          <span className="swatch swatch-break" /> {t(kindKeys.break)}
        </li>
        {preview.timeline.some((event) => event.kind === 'dailyLimit') ? (
          <li>
            <span className="swatch swatch-limit" /> {t(kindKeys.dailyLimit)}
          </li>
        ) : null}
      </ul>
      <details className="timeline-details">
        <summary>{t('prefs.timeline.asList', { hours: hoursLabel })}</summary>
        <ol className="timeline-list">
          {preview.timeline.map((event) => (
            <li key={`${event.kind}-${event.minute}`}>
              {event.kind === 'break'
                ? t('prefs.timeline.breakLength', {
                    time: formatClock(t, event.wallMs, localTimeZone),
                    kind: t(kindKeys.break),
                    duration: formatBreakMinutes(t, breakMinutes)
                  })
                : t('prefs.timeline.item', { time: formatClock(t, event.wallMs, localTimeZone), kind: t(kindKeys[event.kind]) })}
            </li>
          ))}
        </ol>
      </details>
    </figure>
  )
}

function formatBreakMinutes(t: TFunction, minutes: number): string {
  if (minutes < 1) return t('duration.seconds', { count: Math.round(minutes * 60) })
  return t('duration.minutes', { count: minutes })
}
