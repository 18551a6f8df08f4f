import type { ReactNode } from 'react'
import type { SettingsPatch } from '@shared/settings'
import { FieldMessages, groupDescribedBy } from './field-messages'
import { useImmediateSetting } from './use-immediate-setting'
import { useLocked } from './locked-setting'

export interface Choice<T extends string> {
  value: T
  label: string
  /** One line under the option: what choosing it does. */
  description?: string
}

export interface ChoiceSettingProps<T extends string> {
  legend: string
  hint?: ReactNode
  value: T
  choices: readonly Choice<T>[]
  toPatch: (value: T) => SettingsPatch
  /** Lay the options out in a row (short labels, no descriptions). */
  inline?: boolean
}

/** One of a few options as a radio group in its own fieldset; saved on change. */
export function ChoiceSetting<T extends string>({ legend, hint, value, choices, toPatch, inline = false }: ChoiceSettingProps<T>) {
  const setting = useImmediateSetting(value)
  const locked = useLocked(toPatch(value))
  const name = `${setting.id}-choice`
  return (
    // A disabled fieldset disables every option in it; the note says why.
    <fieldset className="choice-field" disabled={locked} aria-describedby={groupDescribedBy(setting.id, hint, locked)}>
      <legend>{legend}</legend>
      <div className={inline ? 'choices choices-inline' : 'choices'}>
        {choices.map((choice) => {
          const optionId = `${name}-${choice.value}`
          return (
            <div key={choice.value} className="choice">
              <input
                id={optionId}
                type="radio"
                name={name}
                value={choice.value}
                checked={choice.value === setting.shown}
                aria-describedby={choice.description ? `${optionId}-description` : undefined}
                onChange={() => {
                  setting.save(choice.value, toPatch(choice.value))
                }}
              />
              <label htmlFor={optionId}>{choice.label}</label>
              {choice.description ? (
                <p id={`${optionId}-description`} className="hint choice-description">
                  {choice.description}
                </p>
              ) : null}
            </div>
          )
        })}
      </div>
      <FieldMessages id={setting.id} hint={hint} error={setting.error} saved={setting.saved} locked={locked} />
    </fieldset>
  )
}
