import { type Settings, type WeekdayKey, weekdayKeys } from '../../../../../shared/settings'
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

export function WorkingHoursSection({ settings }: { settings: Settings }) {
  const { enabled, days } = settings.workingHours
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
            Each day can have several ranges, for example a morning and an afternoon. An end time of midnight (00:00) means the end of the day.
          </p>
          <div className="working-days">
            {weekdayKeys.map((day) => (
              <WorkingDaySetting key={day} day={day} dayLabel={dayLabels[day]} ranges={days[day]} />
            ))}
          </div>
        </>
      ) : null}
    </fieldset>
  )
}
