import type { BreakLevel, Settings } from '@shared/settings'
import type { Choice } from '../fields/choice-setting'
import { ChoiceSetting } from '../fields/choice-setting'
import { NumberSetting } from '../fields/number-setting'
import { ToggleSetting } from '../fields/toggle-setting'
import { BusyDetectionList } from '../busy-detection-list'

const breakLevels: readonly Choice<BreakLevel>[] = [
  { value: 'gentle', label: 'Gentle', description: 'A notification only, no break window. Easy to carry on working.' },
  { value: 'normal', label: 'Normal', description: 'A break window on your active screen, with postpone and skip.' },
  { value: 'strict', label: 'Strict', description: 'The break covers every screen and cannot be skipped or postponed.' }
]

export function PostureSection({ settings }: { settings: Settings }) {
  return (
    <fieldset className="section">
      <legend>Posture cues</legend>
      <ToggleSetting
        label="Show posture cues"
        hint="A short notification to sit back, relax your shoulders and check your screen height."
        checked={settings.posture.enabled}
        toPatch={(enabled) => ({ posture: { enabled } })}
      />
      <NumberSetting
        label="Minutes between posture cues"
        unit="min"
        hint="Counted in active time. A quick check every 20 minutes or so helps most."
        value={settings.posture.intervalMinutes}
        toPatch={(intervalMinutes) => ({ posture: { intervalMinutes } })}
      />
    </fieldset>
  )
}

export function BreaksSection({ settings }: { settings: Settings }) {
  return (
    <fieldset className="section">
      <legend>Breaks</legend>
      <ToggleSetting
        label="Take regular breaks"
        hint="A few minutes away from the desk, with a short stretch routine."
        checked={settings.break.enabled}
        toPatch={(enabled) => ({ break: { enabled } })}
      />
      <NumberSetting
        label="Minutes between breaks"
        unit="min"
        hint="Counted in active time. Guidance suggests 5–10 minutes away from the screen after 50–60 minutes."
        value={settings.break.intervalMinutes}
        toPatch={(intervalMinutes) => ({ break: { intervalMinutes } })}
      />
      <NumberSetting
        label="Break length in minutes"
        unit="min"
        step={0.5}
        hint="From 0.25 (15 seconds) to 60."
        value={settings.break.durationMinutes}
        toPatch={(durationMinutes) => ({ break: { durationMinutes } })}
      />
      <NumberSetting
        label="Warning before a break, in seconds"
        unit="s"
        hint="A heads-up so you can finish your sentence. 0 turns the warning off."
        value={settings.break.warningSeconds}
        toPatch={(warningSeconds) => ({ break: { warningSeconds } })}
      />
      <NumberSetting
        label="Postpone by, in minutes"
        unit="min"
        hint="How much active time a postponed break waits."
        value={settings.break.postponeMinutes}
        toPatch={(postponeMinutes) => ({ break: { postponeMinutes } })}
      />
      <NumberSetting
        label="Postpones allowed in a row"
        hint="After this many, the break can only be taken or skipped. 0 means no postponing."
        value={settings.break.maxPostpones}
        toPatch={(maxPostpones) => ({ break: { maxPostpones } })}
      />
      <ChoiceSetting
        legend="How firmly breaks interrupt"
        value={settings.break.level}
        choices={breakLevels}
        toPatch={(level) => ({ break: { level } })}
      />
    </fieldset>
  )
}

export function AwaySection({ settings }: { settings: Settings }) {
  return (
    <fieldset className="section">
      <legend>Away, meetings and fullscreen</legend>
      <NumberSetting
        label="Seconds without input before you count as away"
        unit="s"
        hint="Away time does not count towards the next reminder. If you are away for a whole break's length, that counts as a natural break."
        value={settings.idle.thresholdSeconds}
        toPatch={(thresholdSeconds) => ({ idle: { thresholdSeconds } })}
      />
      <ToggleSetting
        label="Hold breaks during meetings and fullscreen apps"
        hint="A due break waits until the call or presentation ends, where your system lets Upright notice it."
        checked={settings.interruptions.delayBreaksWhenBusy}
        toPatch={(delayBreaksWhenBusy) => ({ interruptions: { delayBreaksWhenBusy } })}
      />
      <ToggleSetting
        label="Silence posture cues during meetings and fullscreen apps"
        hint="The cue is counted but not shown, so nothing pops up over a shared screen."
        checked={settings.interruptions.silenceCuesWhenBusy}
        toPatch={(silenceCuesWhenBusy) => ({ interruptions: { silenceCuesWhenBusy } })}
      />
      <BusyDetectionList />
    </fieldset>
  )
}
