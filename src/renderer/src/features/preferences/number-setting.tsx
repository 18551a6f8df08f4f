import { useId, useState } from 'react'
import type { SettingsPatch } from '../../../../shared/settings'
import { describeZodError, settingsPatchSchema } from '../../../../shared/settings'

export interface NumberSettingProps {
  label: string
  hint?: string
  value: number
  step?: number
  /** Builds the patch for a candidate value; the patch schema decides whether it is valid. */
  toPatch: (value: number) => SettingsPatch
  onCommit: (patch: SettingsPatch) => Promise<string | null>
}

/**
 * A number field that validates as you type with the same zod schema main uses, and
 * saves only a valid value (on blur or Enter), so nothing invalid is ever stored.
 */
export function NumberSetting({ label, hint, value, step = 1, toPatch, onCommit }: NumberSettingProps) {
  const id = useId()
  const [text, setText] = useState(String(value))
  const [error, setError] = useState<string | null>(null)
  const [shownValue, setShownValue] = useState(value)

  // The stored value changed elsewhere (another window, restore defaults): show it.
  if (shownValue !== value) {
    setShownValue(value)
    setText(String(value))
    setError(null)
  }

  const validate = (candidate: string): SettingsPatch | null => {
    const number = candidate.trim() === '' ? Number.NaN : Number(candidate)
    if (!Number.isFinite(number)) {
      setError('Enter a number.')
      return null
    }
    const result = settingsPatchSchema.safeParse(toPatch(number))
    if (!result.success) {
      setError(describeZodError(result.error).replace(/^[\w.]+: /, ''))
      return null
    }
    setError(null)
    return result.data
  }

  const commit = async (): Promise<void> => {
    const patch = validate(text)
    if (!patch || Number(text) === value) return
    const message = await onCommit(patch)
    if (message) setError(message)
  }

  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="number"
        inputMode="decimal"
        step={step}
        value={text}
        aria-invalid={error ? 'true' : 'false'}
        aria-describedby={`${id}-hint ${id}-error`}
        onChange={(event) => {
          setText(event.target.value)
          validate(event.target.value)
        }}
        onBlur={() => void commit()}
        onKeyDown={(event) => {
          if (event.key === 'Enter') void commit()
        }}
      />
      <p id={`${id}-hint`} className="hint">
        {hint}
      </p>
      <p id={`${id}-error`} className="error" role={error ? 'alert' : undefined}>
        {error}
      </p>
    </div>
  )
}
