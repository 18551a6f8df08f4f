import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'
import type { BreakSchedule, Settings } from '@shared/settings'
import type { Choice } from '../fields/choice-setting'
import { ChoiceSetting } from '../fields/choice-setting'
import { ClockMinutesSetting } from '../fields/clock-minutes-setting'
import { NumberSetting } from '../fields/number-setting'

const schedules = (t: TFunction): readonly Choice<BreakSchedule>[] =>
  (['interval', 'clock'] as const).map((value) => ({
    value,
    label: t(`prefs.schedule.${value}`),
    description: t(`prefs.schedule.${value}Detail`)
  }))

/** When breaks come (DESIGN.md §3: interval or clock-aligned) and how many skips a day allows. */
export function ScheduleSection({ settings }: { settings: Settings }) {
  const { t } = useTranslation()
  const { schedule, clockMinutes, minActiveMinutes, maxSkipsPerDay } = settings.break
  return (
    <fieldset className="section">
      <legend>{t('prefs.legend.schedule')}</legend>
      <ChoiceSetting legend={t('prefs.schedule.when')} value={schedule} choices={schedules(t)} toPatch={(next) => ({ break: { schedule: next } })} />
      {schedule === 'clock' ? (
        <>
          <ClockMinutesSetting
            label={t('prefs.field.break.clockMinutes.label')}
            hint={t('prefs.field.break.clockMinutes.hint')}
            value={clockMinutes}
            toPatch={(minutes) => ({ break: { clockMinutes: minutes } })}
          />
          <NumberSetting
            label={t('prefs.field.break.minActiveMinutes.label')}
            unit={t('prefs.field.break.minActiveMinutes.unit')}
            hint={t('prefs.field.break.minActiveMinutes.hint')}
            value={minActiveMinutes}
            toPatch={(minutes) => ({ break: { minActiveMinutes: minutes } })}
          />
        </>
      ) : null}
      <NumberSetting
        label={t('prefs.field.break.maxSkipsPerDay.label')}
        hint={t('prefs.field.break.maxSkipsPerDay.hint')}
        value={maxSkipsPerDay}
        toPatch={(skips) => ({ break: { maxSkipsPerDay: skips } })}
      />
    </fieldset>
  )
}
