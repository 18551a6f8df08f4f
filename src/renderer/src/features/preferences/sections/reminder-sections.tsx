import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'
import type { BreakLevel, Settings } from '@shared/settings'
import type { Choice } from '../fields/choice-setting'
import { ChoiceSetting } from '../fields/choice-setting'
import { NumberSetting } from '../fields/number-setting'
import { ToggleSetting } from '../fields/toggle-setting'
import { BusyDetectionList } from '../busy-detection-list'

const breakLevels = (t: TFunction): readonly Choice<BreakLevel>[] =>
  (['gentle', 'normal', 'strict'] as const).map((value) => ({
    value,
    label: t(`prefs.levels.${value}`),
    description: t(`prefs.levels.${value}Detail`)
  }))

export function PostureSection({ settings }: { settings: Settings }) {
  const { t } = useTranslation()
  return (
    <fieldset className="section">
      <legend>{t('prefs.legend.posture')}</legend>
      <ToggleSetting
        label={t('prefs.field.posture.enabled.label')}
        hint={t('prefs.field.posture.enabled.hint')}
        checked={settings.posture.enabled}
        toPatch={(enabled) => ({ posture: { enabled } })}
      />
      <NumberSetting
        label={t('prefs.field.posture.intervalMinutes.label')}
        unit={t('prefs.field.posture.intervalMinutes.unit')}
        hint={t('prefs.field.posture.intervalMinutes.hint')}
        value={settings.posture.intervalMinutes}
        toPatch={(intervalMinutes) => ({ posture: { intervalMinutes } })}
      />
    </fieldset>
  )
}

export function BreaksSection({ settings }: { settings: Settings }) {
  const { t } = useTranslation()
  return (
    <fieldset className="section">
      <legend>{t('prefs.legend.breaks')}</legend>
      <ToggleSetting
        label={t('prefs.field.break.enabled.label')}
        hint={t('prefs.field.break.enabled.hint')}
        checked={settings.break.enabled}
        toPatch={(enabled) => ({ break: { enabled } })}
      />
      <NumberSetting
        label={t('prefs.field.break.intervalMinutes.label')}
        unit={t('prefs.field.break.intervalMinutes.unit')}
        hint={t('prefs.field.break.intervalMinutes.hint')}
        value={settings.break.intervalMinutes}
        toPatch={(intervalMinutes) => ({ break: { intervalMinutes } })}
      />
      <NumberSetting
        label={t('prefs.field.break.durationMinutes.label')}
        unit={t('prefs.field.break.durationMinutes.unit')}
        step={0.5}
        hint={t('prefs.field.break.durationMinutes.hint')}
        value={settings.break.durationMinutes}
        toPatch={(durationMinutes) => ({ break: { durationMinutes } })}
      />
      <NumberSetting
        label={t('prefs.field.break.warningSeconds.label')}
        unit={t('prefs.field.break.warningSeconds.unit')}
        hint={t('prefs.field.break.warningSeconds.hint')}
        value={settings.break.warningSeconds}
        toPatch={(warningSeconds) => ({ break: { warningSeconds } })}
      />
      <NumberSetting
        label={t('prefs.field.break.postponeMinutes.label')}
        unit={t('prefs.field.break.postponeMinutes.unit')}
        hint={t('prefs.field.break.postponeMinutes.hint')}
        value={settings.break.postponeMinutes}
        toPatch={(postponeMinutes) => ({ break: { postponeMinutes } })}
      />
      <NumberSetting
        label={t('prefs.field.break.maxPostpones.label')}
        hint={t('prefs.field.break.maxPostpones.hint')}
        value={settings.break.maxPostpones}
        toPatch={(maxPostpones) => ({ break: { maxPostpones } })}
      />
      <ChoiceSetting
        legend={t('prefs.field.break.level.legend')}
        value={settings.break.level}
        choices={breakLevels(t)}
        toPatch={(level) => ({ break: { level } })}
      />
    </fieldset>
  )
}

export function AwaySection({ settings }: { settings: Settings }) {
  const { t } = useTranslation()
  return (
    <fieldset className="section">
      <legend>{t('prefs.legend.away')}</legend>
      <NumberSetting
        label={t('prefs.field.idle.thresholdSeconds.label')}
        unit={t('prefs.field.idle.thresholdSeconds.unit')}
        hint={t('prefs.field.idle.thresholdSeconds.hint')}
        value={settings.idle.thresholdSeconds}
        toPatch={(thresholdSeconds) => ({ idle: { thresholdSeconds } })}
      />
      <ToggleSetting
        label={t('prefs.field.interruptions.delayBreaksWhenBusy.label')}
        hint={t('prefs.field.interruptions.delayBreaksWhenBusy.hint')}
        checked={settings.interruptions.delayBreaksWhenBusy}
        toPatch={(delayBreaksWhenBusy) => ({ interruptions: { delayBreaksWhenBusy } })}
      />
      <ToggleSetting
        label={t('prefs.field.interruptions.silenceCuesWhenBusy.label')}
        hint={t('prefs.field.interruptions.silenceCuesWhenBusy.hint')}
        checked={settings.interruptions.silenceCuesWhenBusy}
        toPatch={(silenceCuesWhenBusy) => ({ interruptions: { silenceCuesWhenBusy } })}
      />
      <BusyDetectionList />
    </fieldset>
  )
}
