import { useTranslation } from 'react-i18next'
import { hoursAndMinutesText } from '@shared/countdown'
import type { Settings } from '@shared/settings'
import { NumberSetting } from '../fields/number-setting'
import { ToggleSetting } from '../fields/toggle-setting'

/** The daily limit (DESIGN.md §3): a reminder once today's active time reaches it, then again. */
export function DailyLimitSection({ settings }: { settings: Settings }) {
  const { t } = useTranslation()
  const { enabled, minutes, remindMinutes } = settings.dailyLimit
  return (
    <fieldset className="section">
      <legend>{t('prefs.legend.dailyLimit')}</legend>
      <ToggleSetting
        label={t('prefs.field.dailyLimit.enabled.label')}
        hint={t('prefs.field.dailyLimit.enabled.hint')}
        checked={enabled}
        toPatch={(on) => ({ dailyLimit: { enabled: on } })}
      />
      {enabled ? (
        <>
          <NumberSetting
            label={t('prefs.field.dailyLimit.minutes.label')}
            unit={t('prefs.field.dailyLimit.minutes.unit')}
            hint={t('prefs.field.dailyLimit.minutes.hint', { duration: hoursAndMinutesText(t, minutes) })}
            value={minutes}
            toPatch={(next) => ({ dailyLimit: { minutes: next } })}
          />
          <NumberSetting
            label={t('prefs.field.dailyLimit.remindMinutes.label')}
            unit={t('prefs.field.dailyLimit.remindMinutes.unit')}
            hint={t('prefs.field.dailyLimit.remindMinutes.hint')}
            value={remindMinutes}
            toPatch={(next) => ({ dailyLimit: { remindMinutes: next } })}
          />
        </>
      ) : null}
    </fieldset>
  )
}
