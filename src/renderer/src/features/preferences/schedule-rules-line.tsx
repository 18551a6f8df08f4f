import { hoursAndMinutes } from '@shared/daily-limit-notice'
import type { SchedulePreview } from '@shared/schedule-preview'
import type { Settings } from '@shared/settings'

const timeFormat = new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' })

function slotsWords(minutes: readonly number[]): string {
  return minutes.map((minute) => `:${String(minute).padStart(2, '0')}`).join(', ')
}

/**
 * The preview's words for the rules beyond the interval: when clock breaks come, and when the
 * daily limit would be reached today (counting what was already worked). Nothing when neither is on.
 */
export function ScheduleRulesLine({ preview, settings }: { preview: SchedulePreview; settings: Settings }) {
  const clock = settings.break.enabled && settings.break.schedule === 'clock'
  const limit = settings.dailyLimit.enabled
  if (!clock && !limit) return null
  return (
    <ul className="hint schedule-rules">
      {clock ? (
        <li data-rule="clock">
          Breaks come at {slotsWords(settings.break.clockMinutes)} past each hour, once you have worked {settings.break.minActiveMinutes} minutes
          since your last break.
        </li>
      ) : null}
      {limit ? (
        <li data-rule="dailyLimit">
          {preview.dailyLimitAtWallMs === null
            ? `You would not reach your daily limit of ${hoursAndMinutes(settings.dailyLimit.minutes)} today.`
            : `You would reach your daily limit of ${hoursAndMinutes(settings.dailyLimit.minutes)} at ${timeFormat.format(preview.dailyLimitAtWallMs)}.`}
        </li>
      ) : null}
    </ul>
  )
}
