import { useId, useOptimistic, useState, useTransition } from 'react'
import { type SettingsPatch, settingsPatchSchema } from '@shared/settings'
import { usePreferencesForm } from '../preferences-form'
import { describeSettingsProblem } from '../validation-message'
import { type FieldProblem, refusedProblem } from '../field-problem'

export interface ImmediateSetting<T> {
  id: string
  /** The value to show: the one just chosen while it saves, then the stored one. */
  shown: T
  error: FieldProblem | null
  saved: boolean
  save: (next: T, patch: SettingsPatch) => void
}

/**
 * For controls whose every state is a complete choice (checkbox, radio): validate the patch
 * with the schema and save at once. The new state shows immediately (a checkbox that waits
 * for a round trip feels broken) and falls back to the stored value if main refuses it.
 */
export function useImmediateSetting<T>(value: T): ImmediateSetting<T> {
  const id = useId()
  const form = usePreferencesForm()
  const [error, setError] = useState<FieldProblem | null>(null)
  const [saved, setSaved] = useState(false)
  const [shown, showOptimistically] = useOptimistic(value)
  const [, startTransition] = useTransition()

  const save = (next: T, patch: SettingsPatch): void => {
    const result = settingsPatchSchema.safeParse(patch)
    if (!result.success) {
      setError(describeSettingsProblem(result.error))
      return
    }
    setError(null)
    setSaved(false)
    startTransition(async () => {
      showOptimistically(next)
      const refusal = await form.save(result.data)
      startTransition(() => {
        setError(refusal === null ? null : refusedProblem('fields.notSaved', refusal))
        setSaved(refusal === null)
      })
    })
  }
  return { id, shown, error, saved, save }
}
