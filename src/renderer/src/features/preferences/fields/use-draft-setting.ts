import { useEffect, useId, useState } from 'react'
import { type SettingsPatch, settingsPatchSchema } from '@shared/settings'
import { usePreferencesForm } from '../preferences-form'
import { describeSettingsProblem } from '../validation-message'
import { type FieldProblem, refusedProblem } from '../field-problem'
import type { Message } from '@shared/message'
import { useLocked } from './locked-setting'

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: Message }

export interface DraftSettingOptions<T> {
  /** The stored value. */
  value: T
  format: (value: T) => string
  /** Text to value; the settings schema then judges the patch. */
  parse: (text: string) => Parsed<T>
  toPatch: (value: T) => SettingsPatch
}

export interface DraftSetting {
  id: string
  text: string
  error: FieldProblem | null
  /** The last commit was kept (cleared by the next edit). */
  saved: boolean
  /** The organisation's policy sets this value: shown, not editable. */
  locked: boolean
  change(text: string): void
  /** Saves the draft if it is valid and differs from the stored value (blur, Enter). */
  commit(): Promise<void>
}

/**
 * A text draft of one setting: validated as you type with settingsPatchSchema (the schema
 * main validates with), saved only when valid, on blur or Enter. Shared by the number and
 * the text fields, so both behave the same.
 */
export function useDraftSetting<T>({ value, format, parse, toPatch }: DraftSettingOptions<T>): DraftSetting {
  const id = useId()
  const form = usePreferencesForm()
  const [text, setText] = useState(() => format(value))
  const [error, setError] = useState<FieldProblem | null>(null)
  const [saved, setSaved] = useState(false)
  const [shownValue, setShownValue] = useState(value)
  const locked = useLocked(toPatch(value))

  // A field that goes away (working hours switched off) takes its unsaved value out of the preview.
  useEffect(
    () => () => {
      form.propose(id, null)
    },
    [form, id]
  )

  // The stored value changed elsewhere (another window, a save): show it. Adjusting state
  // during render is React's pattern for this; an effect would flash the stale text.
  if (!Object.is(shownValue, value)) {
    setShownValue(value)
    setText(format(value))
    setError(null)
  }

  const validate = (candidate: string): { value: T; patch: SettingsPatch } | null => {
    const parsed = parse(candidate)
    if (!parsed.ok) {
      setError([parsed.message])
      return null
    }
    const result = settingsPatchSchema.safeParse(toPatch(parsed.value))
    if (!result.success) {
      setError(describeSettingsProblem(result.error))
      return null
    }
    setError(null)
    return { value: parsed.value, patch: result.data }
  }

  const change = (candidate: string): void => {
    setText(candidate)
    setSaved(false)
    const valid = validate(candidate)
    form.propose(id, valid && !Object.is(valid.value, value) ? valid.patch : null)
  }

  const commit = async (): Promise<void> => {
    const valid = validate(text)
    if (!valid || Object.is(valid.value, value)) return
    const refusal = await form.save(valid.patch)
    form.propose(id, null)
    if (refusal !== null) setError(refusedProblem('fields.notSaved', refusal))
    setSaved(refusal === null)
  }

  return { id, text, error, saved, locked, change, commit }
}
