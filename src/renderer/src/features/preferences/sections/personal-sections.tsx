import { type BodyArea, bodyAreaSchema, type FloorExercises, type MarkedSide, type Settings } from '@shared/settings'
import { playBreakSound } from '../../break/break-sound'
import { CheckboxGroupSetting } from '../fields/checkbox-group-setting'
import { type Choice, ChoiceSetting } from '../fields/choice-setting'
import { NumberSetting } from '../fields/number-setting'
import { ShortcutSetting } from '../fields/shortcut-setting'
import { ToggleSetting } from '../fields/toggle-setting'
import { bodyAreaLabels } from '../../../lib/body-area-labels'

const sides: readonly Choice<MarkedSide>[] = [
  { value: 'none', label: 'No difference' },
  { value: 'left', label: 'Left' },
  { value: 'right', label: 'Right' }
]

const floorChoices: readonly Choice<FloorExercises>[] = [
  { value: 'ask', label: 'Ask me in my next long break', description: 'Until you answer, breaks use desk moves only.' },
  { value: 'yes', label: 'Yes, include floor moves', description: 'Kneeling and lying moves, in breaks of 10 minutes or more.' },
  { value: 'no', label: 'No, desk moves only', description: 'Breaks never ask you to get down on the floor.' }
]

const areas: readonly Choice<BodyArea>[] = bodyAreaSchema.options.map((value) => ({ value, label: bodyAreaLabels[value] }))

const breakSounds: readonly Choice<Settings['app']['breakSound']>[] = [
  { value: 'off', label: 'Off' },
  { value: 'soft', label: 'Soft' },
  { value: 'chime', label: 'Chime' }
]

const themes: readonly Choice<Settings['app']['theme']>[] = [
  { value: 'system', label: 'Match the system' },
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' }
]

export function BodySection({ settings }: { settings: Settings }) {
  return (
    <fieldset className="section">
      <legend>Your body</legend>
      <ChoiceSetting
        legend="Weaker side"
        hint="For strengthening moves done one side at a time: they start with this side, and the stronger side does one or two fewer repetitions so the weaker side can catch up."
        value={settings.body.weakerSide}
        choices={sides}
        inline
        toPatch={(weakerSide) => ({ body: { weakerSide } })}
      />
      <ChoiceSetting
        legend="Tighter side"
        hint="For stretches done one side at a time: this side goes first and gets one extra hold. The tighter side is often the stronger one that does most of the work, so it can differ from your weaker side."
        value={settings.body.tighterSide}
        choices={sides}
        inline
        toPatch={(tighterSide) => ({ body: { tighterSide } })}
      />
      <ChoiceSetting
        legend="Floor exercises"
        hint="Some moves for long breaks are done kneeling or lying on the floor. They need floor space and are only offered in breaks of 10 minutes or more."
        value={settings.body.floorExercises}
        choices={floorChoices}
        toPatch={(floorExercises) => ({ body: { floorExercises } })}
      />
      <CheckboxGroupSetting
        legend="Areas to focus on"
        hint="Break routines favour stretches for these areas. None chosen: a balanced mix."
        values={settings.body.focusAreas}
        choices={areas}
        toPatch={(focusAreas) => ({ body: { focusAreas } })}
      />
    </fieldset>
  )
}

export function AppSection({ settings }: { settings: Settings }) {
  return (
    <fieldset className="section">
      <legend>App</legend>
      <ToggleSetting
        label="Start Upright when I log in"
        checked={settings.app.launchAtLogin}
        toPatch={(launchAtLogin) => ({ app: { launchAtLogin } })}
      />
      <ShortcutSetting
        label="Shortcut to start a break"
        value={settings.app.globalShortcut}
        toPatch={(globalShortcut) => ({ app: { globalShortcut } })}
      />
      <ToggleSetting
        label="Notification sounds"
        hint="Posture cues and break warnings make the system's notification sound (not in meetings or fullscreen apps)."
        checked={settings.app.sounds}
        toPatch={(sounds) => ({ app: { sounds } })}
      />
      <ChoiceSetting
        legend="Break sound"
        hint="Played in the break window when a break starts and when it ends."
        value={settings.app.breakSound}
        choices={breakSounds}
        inline
        toPatch={(breakSound) => ({ app: { breakSound } })}
      />
      {settings.app.breakSound === 'off' ? null : (
        <div className="sound-volume">
          <NumberSetting
            label="Break sound volume"
            unit="%"
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
            Play it
          </button>
        </div>
      )}
      <ChoiceSetting
        legend="Theme"
        value={settings.app.theme}
        choices={themes}
        inline
        toPatch={(theme) => ({ app: { theme } })}
      />
    </fieldset>
  )
}

export function ChecklistSection({ settings }: { settings: Settings }) {
  return (
    <fieldset className="section">
      <legend>Workstation checklist</legend>
      <NumberSetting
        label="Weeks between checklist re-checks"
        unit="weeks"
        hint="Upright reminds you to go through the checklist again after this many weeks (1 to 52)."
        value={settings.checklist.recheckWeeks}
        toPatch={(recheckWeeks) => ({ checklist: { recheckWeeks } })}
      />
    </fieldset>
  )
}
