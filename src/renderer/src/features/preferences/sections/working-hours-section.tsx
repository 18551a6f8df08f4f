import { type Settings, type TimeRange, type WeekdayKey, weekdayKeys } from '@shared/settings'
import { localClockTime } from '../local-clock-time'
import { usePreferencesForm } from '../preferences-form'
import { ToggleSetting } from '../fields/toggle-setting'
import { WorkingDaySetting } from '../fields/working-day-setting'

const dayLabels: Record<WeekdayKey, string> = {
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
  sat: 'Saturday',
  sun: 'Sunday'
}

const workdays: readonly WeekdayKey[] = ['mon', 'tue', 'wed', 'thu', 'fri']

export function WorkingHoursSection({ settings }: { settings: Settings }) {
  const { enabled, days } = settings.workingHours
  const form = usePreferencesForm()
  const copyToWeekdays = (ranges: readonly TimeRange[]): Promise<string | null> =>
    form.save({ workingHours: { days: Object.fromEntries(workdays.map((day) => [day, [...ranges]])) } })
  return (
    <fieldset className="section">
      <legend>Working hours</legend>
      <ToggleSetting
        label="Only remind me during working hours"
        hint="Outside these hours nothing is shown or counted. Off: reminders whenever you are at the computer."
        checked={enabled}
        toPatch={(on) => ({ workingHours: { enabled: on } })}
      />
      {enabled ? (
        <>
          <p className="hint">
            Each day can have several ranges, for example a morning and an afternoon; they may not overlap. An end time of midnight (
            {localClockTime('00:00')}) means the end of the day.
          </p>
          <div className="working-days">
            {weekdayKeys.map((day) => (
              <WorkingDaySetting
                key={day}
                day={day}
                dayLabel={dayLabels[day]}
                ranges={days[day]}
                {...(workdays.includes(day) ? { onCopyToWeekdays: copyToWeekdays } : {})}
              />
            ))}
          </div>
        </>
      ) : null}
    </fieldset>
  )
}
