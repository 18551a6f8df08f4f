import { useTranslation } from 'react-i18next'
import { type Settings, type TimeRange, type WeekdayKey, weekdayKeys } from '@shared/settings'
import { localClockTime } from '../local-clock-time'
import { usePreferencesForm } from '../preferences-form'
import type { SaveRefusal } from '../field-problem'
import { ToggleSetting } from '../fields/toggle-setting'
import { WorkingDaySetting } from '../fields/working-day-setting'

const workdays: readonly WeekdayKey[] = ['mon', 'tue', 'wed', 'thu', 'fri']

export function WorkingHoursSection({ settings }: { settings: Settings }) {
  const { t } = useTranslation()
  const { enabled, days } = settings.workingHours
  const form = usePreferencesForm()
  const copyToWeekdays = (ranges: readonly TimeRange[]): Promise<SaveRefusal | null> =>
    form.save({ workingHours: { days: Object.fromEntries(workdays.map((day) => [day, [...ranges]])) } })
  return (
    <fieldset className="section">
      <legend>{t('prefs.legend.workingHours')}</legend>
      <ToggleSetting
        label={t('prefs.field.workingHours.enabled.label')}
        hint={t('prefs.field.workingHours.enabled.hint')}
        checked={enabled}
        toPatch={(on) => ({ workingHours: { enabled: on } })}
      />
      {enabled ? (
        <>
          <p className="hint">{t('prefs.workingHoursHint', { midnight: localClockTime('00:00') })}</p>
          <div className="working-days">
            {weekdayKeys.map((day) => (
              <WorkingDaySetting
                key={day}
                day={day}
                dayLabel={t(`prefs.days.${day}`)}
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
