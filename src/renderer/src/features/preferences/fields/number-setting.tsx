import type { ReactNode } from 'react'
import type { SettingsPatch } from '@shared/settings'
import { message } from '@shared/message'
import { DraftField, DraftInput } from './draft-field'
import { type Parsed, useDraftSetting } from './use-draft-setting'

export interface NumberSettingProps {
  label: string
  hint?: ReactNode
  value: number
  step?: number
  /** Shown after the field ("min", "s"); the label already names the unit for screen readers. */
  unit?: string
  /** Builds the patch for a candidate value; the patch schema decides whether it is valid. */
  toPatch: (value: number) => SettingsPatch
}

function parseNumber(text: string): Parsed<number> {
  // A number input reports "" for text it cannot read ("1e", "--"), so empty covers those.
  const number = text.trim() === '' ? Number.NaN : Number(text)
  return Number.isFinite(number) ? { ok: true, value: number } : { ok: false, message: message('fields.enterNumber') }
}

/** A number field that validates as you type and saves a valid value on blur or Enter. */
export function NumberSetting({ label, hint, value, step = 1, unit, toPatch }: NumberSettingProps) {
  const draft = useDraftSetting({ value, format: String, parse: parseNumber, toPatch })
  return (
    <DraftField draft={draft} label={label} hint={hint} className="field">
      <span className="field-control">
        <DraftInput draft={draft} hint={hint} type="number" inputMode="decimal" step={step} />
        {/* Always there, empty or not, so the inputs of one section line up. */}
        <span className="unit" aria-hidden="true">
          {unit}
        </span>
      </span>
    </DraftField>
  )
}
