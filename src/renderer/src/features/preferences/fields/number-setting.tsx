import type { ReactNode } from 'react'
import type { SettingsPatch } from '../../../../../shared/settings'
import { describedBy, FieldMessages } from './field-messages'
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
  return Number.isFinite(number) ? { ok: true, value: number } : { ok: false, message: 'Enter a number.' }
}

/** A number field that validates as you type and saves a valid value on blur or Enter. */
export function NumberSetting({ label, hint, value, step = 1, unit, toPatch }: NumberSettingProps) {
  const draft = useDraftSetting({ label, value, format: String, parse: parseNumber, toPatch })
  return (
    <div className="field">
      <label htmlFor={draft.id}>{label}</label>
      <span className="field-control">
        <input
          id={draft.id}
          type="number"
          inputMode="decimal"
          step={step}
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
        {/* Always there, empty or not, so the inputs of one section line up. */}
        <span className="unit" aria-hidden="true">
          {unit}
        </span>
      </span>
      <FieldMessages id={draft.id} hint={hint} error={draft.error} />
    </div>
  )
}
