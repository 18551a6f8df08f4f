import type { ReactNode } from 'react'
import type { SettingsPatch } from '../../../../../shared/settings'
import { describedBy, FieldMessages } from './field-messages'
import { type Parsed, useDraftSetting } from './use-draft-setting'

export interface TextSettingProps {
  label: string
  hint?: ReactNode
  value: string
  toPatch: (value: string) => SettingsPatch
  /** A check the schema cannot express (a format); null when the text is fine. */
  problem?: (text: string) => string | null
}

/** A one-line text setting: same validate-as-you-type, save-on-blur/Enter rule as numbers. */
export function TextSetting({ label, hint, value, toPatch, problem }: TextSettingProps) {
  const parse = (text: string): Parsed<string> => {
    const trimmed = text.trim()
    const message = problem?.(trimmed) ?? null
    return message ? { ok: false, message } : { ok: true, value: trimmed }
  }
  const draft = useDraftSetting({ label, value, format: (text) => text, parse, toPatch })
  return (
    <div className="field field-wide">
      <label htmlFor={draft.id}>{label}</label>
      <input
        id={draft.id}
        type="text"
        autoComplete="off"
        spellCheck={false}
        value={draft.text}
        aria-invalid={draft.error ? 'true' : 'false'}
        aria-describedby={describedBy(draft.id, hint)}
        onChange={(event) => {
          draft.change(event.target.value)
        }}
        onBlur={() => void draft.commit()}
        onKeyDown={(event) => {
          if (event.key === 'Enter') void draft.commit()
        }}
      />
      <FieldMessages id={draft.id} hint={hint} error={draft.error} />
    </div>
  )
}
