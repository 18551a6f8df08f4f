import { hoursAndMinutes } from '@shared/daily-limit-notice'
import type { Settings } from '@shared/settings'
import { NumberSetting } from '../fields/number-setting'
import { ToggleSetting } from '../fields/toggle-setting'

/** The daily limit (DESIGN.md §3): a reminder once today's active time reaches it, then again. */
export function DailyLimitSection({ settings }: { settings: Settings }) {
  const { enabled, minutes, remindMinutes } = settings.dailyLimit
  return (
    <fieldset className="section">
      <legend>Daily limit</legend>
      <ToggleSetting
        label="Tell me when I have worked enough for today"
        hint="A quiet notice when today's active time reaches the limit. It interrupts nothing, and starts again from zero at midnight."
        checked={enabled}
        toPatch={(on) => ({ dailyLimit: { enabled: on } })}
      />
      {enabled ? (
        <>
          <NumberSetting
            label="Daily limit in minutes of active time"
            unit="min"
            hint={`Now ${hoursAndMinutes(minutes)}. Not less than the time between breaks.`}
            value={minutes}
            toPatch={(next) => ({ dailyLimit: { minutes: next } })}
          />
          <NumberSetting
            label="Remind again every, in minutes"
            unit="min"
            hint="Counted in active time after the limit."
            value={remindMinutes}
            toPatch={(next) => ({ dailyLimit: { remindMinutes: next } })}
          />
        </>
      ) : null}
    </fieldset>
  )
}
