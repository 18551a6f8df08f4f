import type { ReactNode } from 'react'
import type { SettingsPatch } from '@shared/settings'
import type { Choice } from './choice-setting'
import { FieldMessages, groupDescribedBy } from './field-messages'
import { useImmediateSetting } from './use-immediate-setting'
import { useLocked } from './locked-setting'

export interface CheckboxGroupSettingProps<T extends string> {
  legend: string
  hint?: ReactNode
  values: readonly T[]
  choices: readonly Choice<T>[]
  toPatch: (values: T[]) => SettingsPatch
}

/** Any number of options; saved on each change, in the choices' order so the file stays tidy. */
export function CheckboxGroupSetting<T extends string>({ legend, hint, values, choices, toPatch }: CheckboxGroupSettingProps<T>) {
  const setting = useImmediateSetting<readonly T[]>(values)
  const locked = useLocked(toPatch([...values]))
  const selected = new Set(setting.shown)
  return (
    // A disabled fieldset disables every option in it; the note says why.
    <fieldset className="choice-field" disabled={locked} aria-describedby={groupDescribedBy(setting.id, hint, locked)}>
      <legend>{legend}</legend>
      <div className="choices choices-grid">
        {choices.map((choice) => {
          const optionId = `${setting.id}-${choice.value}`
          return (
            <div key={choice.value} className="choice">
              <input
                id={optionId}
                type="checkbox"
                checked={selected.has(choice.value)}
                onChange={(event) => {
                  const next = choices
                    .map((option) => option.value)
                    .filter((option) => (option === choice.value ? event.target.checked : selected.has(option)))
                  setting.save(next, toPatch(next))
                }}
              />
              <label htmlFor={optionId}>{choice.label}</label>
            </div>
          )
        })}
      </div>
      <FieldMessages id={setting.id} hint={hint} error={setting.error} saved={setting.saved} locked={locked} />
    </fieldset>
  )
}
