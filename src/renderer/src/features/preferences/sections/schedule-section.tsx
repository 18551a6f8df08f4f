import type { BreakSchedule, Settings } from '@shared/settings'
import type { Choice } from '../fields/choice-setting'
import { ChoiceSetting } from '../fields/choice-setting'
import { ClockMinutesSetting } from '../fields/clock-minutes-setting'
import { NumberSetting } from '../fields/number-setting'

const schedules: readonly Choice<BreakSchedule>[] = [
  { value: 'interval', label: 'After active time', description: 'A break after the minutes of active time set under Breaks.' },
  { value: 'clock', label: 'On the clock', description: 'At set minutes past each hour, for example 10:50, 11:50 and so on.' }
]

/** When breaks come (DESIGN.md §3: interval or clock-aligned) and how many skips a day allows. */
export function ScheduleSection({ settings }: { settings: Settings }) {
  const { schedule, clockMinutes, minActiveMinutes, maxSkipsPerDay } = settings.break
  return (
    <fieldset className="section">
      <legend>Break schedule</legend>
      <ChoiceSetting legend="When breaks come" value={schedule} choices={schedules} toPatch={(next) => ({ break: { schedule: next } })} />
      {schedule === 'clock' ? (
        <>
          <ClockMinutesSetting
            label="Minutes past each hour"
            hint="One or more, separated by commas: 50 gives a break at 10:50, 11:50…; 20, 50 gives two an hour. Slots closer than a break's length are refused."
            value={clockMinutes}
            toPatch={(minutes) => ({ break: { clockMinutes: minutes } })}
          />
          <NumberSetting
            label="Active minutes needed before a clock break"
            unit="min"
            hint="A slot brings a break only after this much active time since your last break, since you came back or since you resumed; otherwise it passes quietly."
            value={minActiveMinutes}
            toPatch={(minutes) => ({ break: { minActiveMinutes: minutes } })}
          />
        </>
      ) : null}
      <NumberSetting
        label="Skips allowed per day"
        hint="After this many skips in a day, a break can only be taken or postponed until midnight. 0 means no limit."
        value={maxSkipsPerDay}
        toPatch={(skips) => ({ break: { maxSkipsPerDay: skips } })}
      />
    </fieldset>
  )
}
