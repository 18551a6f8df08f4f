import type { ReactNode } from 'react'
import type { SettingsPatch } from '@shared/settings'
import { describedBy, FieldMessages } from './field-messages'
import { useImmediateSetting } from './use-immediate-setting'
import { useLocked } from './locked-setting'

export interface ToggleSettingProps {
  label: string
  hint?: ReactNode
  checked: boolean
  toPatch: (checked: boolean) => SettingsPatch
}

/** An on/off setting, saved as soon as it changes. */
export function ToggleSetting({ label, hint, checked, toPatch }: ToggleSettingProps) {
  const setting = useImmediateSetting(checked)
  const locked = useLocked(toPatch(checked))
  return (
    <div className="toggle-field">
      <input
        id={setting.id}
        type="checkbox"
        checked={setting.shown}
        disabled={locked}
        aria-describedby={describedBy(setting.id, hint, locked)}
        onChange={(event) => {
          setting.save(event.target.checked, toPatch(event.target.checked))
        }}
      />
      <label htmlFor={setting.id}>{label}</label>
      <FieldMessages id={setting.id} hint={hint} error={setting.error} saved={setting.saved} locked={locked} />
    </div>
  )
}
