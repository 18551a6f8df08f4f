import { useTranslation } from 'react-i18next'
import { formatClock, hoursAndMinutesText } from '@shared/countdown'
import type { SchedulePreview } from '@shared/schedule-preview'
import type { Settings } from '@shared/settings'

/** The page draws the preview in the browser's zone, as the timeline does. */
const localTimeZone = Intl.DateTimeFormat().resolvedOptions().timeZone

function slotsWords(minutes: readonly number[]): string {
  return minutes.map((minute) => `:${String(minute).padStart(2, '0')}`).join(', ')
}

/**
 * The preview's words for the rules beyond the interval: when clock breaks come, and when the
 * daily limit would be reached today (counting what was already worked). Nothing when neither is on.
 */
export function ScheduleRulesLine({ preview, settings }: { preview: SchedulePreview; settings: Settings }) {
  const { t } = useTranslation()
  const clock = settings.break.enabled && settings.break.schedule === 'clock'
  const limit = settings.dailyLimit.enabled
  if (!clock && !limit) return null
  const limitText = hoursAndMinutesText(t, settings.dailyLimit.minutes)
  return (
    <ul className="hint schedule-rules">
      {clock ? (
        <li data-rule="clock">
          {t('prefs.rules.clock', { slots: slotsWords(settings.break.clockMinutes), count: settings.break.minActiveMinutes })}
        </li>
      ) : null}
      {limit ? (
        <li data-rule="dailyLimit">
          {preview.dailyLimitAtWallMs === null
            ? t('prefs.rules.limitNotToday', { limit: limitText })
            : t('prefs.rules.limitAt', { limit: limitText, time: formatClock(t, preview.dailyLimitAtWallMs, localTimeZone) })}
        </li>
      ) : null}
    </ul>
  )
}
