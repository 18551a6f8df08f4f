import type { ReactNode } from 'react'
import type { SettingsPatch } from '../../../../../shared/settings'
import { DraftField, DraftInput } from './draft-field'
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
    <DraftField draft={draft} label={label} hint={hint} className="field field-wide">
      <DraftInput draft={draft} hint={hint} type="text" autoComplete="off" spellCheck={false} />
    </DraftField>
  )
}
