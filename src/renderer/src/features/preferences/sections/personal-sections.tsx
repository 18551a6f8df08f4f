import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'
import { type BodyArea, bodyAreaSchema, type FloorExercises, type MarkedSide, type Settings } from '@shared/settings'
import { floorQuestionMinBreakMinutes } from '../../break/break-options'
import { availableLanguages, languageNames } from '@shared/i18n/language-tags'
import type { LanguageSetting } from '@shared/i18n/languages'
import { playBreakSound } from '../../break/break-sound'
import { CheckboxGroupSetting } from '../fields/checkbox-group-setting'
import { type Choice, ChoiceSetting } from '../fields/choice-setting'
import { NumberSetting } from '../fields/number-setting'
import { ShortcutSetting } from '../fields/shortcut-setting'
import { ToggleSetting } from '../fields/toggle-setting'
import { bodyAreaLabel } from '../../../lib/body-area-labels'

const sides = (t: TFunction): readonly Choice<MarkedSide>[] =>
  (['none', 'left', 'right'] as const).map((value) => ({ value, label: t(`prefs.sides.${value}`) }))

const floorChoices = (t: TFunction): readonly Choice<FloorExercises>[] => [
  { value: 'ask', label: t('prefs.floor.ask'), description: t('prefs.floor.askDetail') },
  { value: 'yes', label: t('prefs.floor.yes'), description: t('prefs.floor.yesDetail', { minutes: floorQuestionMinBreakMinutes }) },
  { value: 'no', label: t('prefs.floor.no'), description: t('prefs.floor.noDetail') }
]

const areas = (t: TFunction): readonly Choice<BodyArea>[] => bodyAreaSchema.options.map((value) => ({ value, label: bodyAreaLabel(t, value) }))

const breakSounds = (t: TFunction): readonly Choice<Settings['app']['breakSound']>[] =>
  (['off', 'soft', 'chime'] as const).map((value) => ({ value, label: t(`prefs.sounds.${value}`) }))

/** "Follow the system", then each language Upright has catalogs for, named in its own words. */
const languages = (t: TFunction): readonly Choice<LanguageSetting>[] => [
  { value: 'system', label: t('prefs.language.system') },
  ...availableLanguages().map((tag) => ({ value: tag, label: languageNames[tag] }))
]

const themes = (t: TFunction): readonly Choice<Settings['app']['theme']>[] =>
  (['system', 'light', 'dark'] as const).map((value) => ({ value, label: t(`prefs.themes.${value}`) }))

export function BodySection({ settings }: { settings: Settings }) {
  const { t } = useTranslation()
  return (
    <fieldset className="section">
      <legend>{t('prefs.body.legend')}</legend>
      <ChoiceSetting
        legend={t('prefs.body.weaker')}
        hint={t('prefs.body.weakerHint')}
        value={settings.body.weakerSide}
        choices={sides(t)}
        inline
        toPatch={(weakerSide) => ({ body: { weakerSide } })}
      />
      <ChoiceSetting
        legend={t('prefs.body.tighter')}
        hint={t('prefs.body.tighterHint')}
        value={settings.body.tighterSide}
        choices={sides(t)}
        inline
        toPatch={(tighterSide) => ({ body: { tighterSide } })}
      />
      <ChoiceSetting
        legend={t('prefs.body.floor')}
        hint={t('prefs.body.floorHint', { minutes: floorQuestionMinBreakMinutes })}
        value={settings.body.floorExercises}
        choices={floorChoices(t)}
        toPatch={(floorExercises) => ({ body: { floorExercises } })}
      />
      <CheckboxGroupSetting
        legend={t('prefs.body.areas')}
        hint={t('prefs.body.areasHint')}
        values={settings.body.focusAreas}
        choices={areas(t)}
        toPatch={(focusAreas) => ({ body: { focusAreas } })}
      />
    </fieldset>
  )
}

export function AppSection({ settings }: { settings: Settings }) {
  const { t } = useTranslation()
  return (
    <fieldset className="section">
      <legend>{t('prefs.app.legend')}</legend>
      <ToggleSetting
        label={t('prefs.app.launchAtLogin')}
        checked={settings.app.launchAtLogin}
        toPatch={(launchAtLogin) => ({ app: { launchAtLogin } })}
      />
      <ShortcutSetting
        label={t('prefs.app.shortcut')}
        value={settings.app.globalShortcut}
        toPatch={(globalShortcut) => ({ app: { globalShortcut } })}
      />
      <ToggleSetting
        label={t('prefs.app.sounds')}
        hint={t('prefs.app.soundsHint')}
        checked={settings.app.sounds}
        toPatch={(sounds) => ({ app: { sounds } })}
      />
      <ChoiceSetting
        legend={t('prefs.app.breakSound')}
        hint={t('prefs.app.breakSoundHint')}
        value={settings.app.breakSound}
        choices={breakSounds(t)}
        inline
        toPatch={(breakSound) => ({ app: { breakSound } })}
      />
      {settings.app.breakSound === 'off' ? null : (
        <div className="sound-volume">
          <NumberSetting
            label={t('prefs.app.volume')}
            unit={t('prefs.app.percentUnit')}
            step={10}
            value={settings.app.soundVolumePercent}
            toPatch={(soundVolumePercent) => ({ app: { soundVolumePercent } })}
          />
          <button
            type="button"
            className="small"
            onClick={() => {
              playBreakSound(settings.app.breakSound, settings.app.soundVolumePercent, 'start')
            }}
          >
            {t('prefs.app.playIt')}
          </button>
        </div>
      )}
      <ChoiceSetting
        legend={t('prefs.language.legend')}
        hint={t('prefs.language.hint')}
        value={settings.app.language}
        choices={languages(t)}
        inline
        toPatch={(language) => ({ app: { language } })}
      />
      <ChoiceSetting
        legend={t('prefs.app.theme')}
        value={settings.app.theme}
        choices={themes(t)}
        inline
        toPatch={(theme) => ({ app: { theme } })}
      />
    </fieldset>
  )
}

export function ChecklistSection({ settings }: { settings: Settings }) {
  const { t } = useTranslation()
  return (
    <fieldset className="section">
      <legend>{t('prefs.checklist.legend')}</legend>
      <NumberSetting
        label={t('prefs.checklist.recheck')}
        unit={t('prefs.checklist.weeksUnit')}
        hint={t('prefs.checklist.recheckHint')}
        value={settings.checklist.recheckWeeks}
        toPatch={(recheckWeeks) => ({ checklist: { recheckWeeks } })}
      />
    </fieldset>
  )
}
