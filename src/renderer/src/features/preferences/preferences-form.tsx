import { createContext, useContext } from 'react'
import type { SettingsPatch } from '@shared/settings'
import type { SaveRefusal } from './field-problem'

/** What every preference field needs from the page, without threading it through props. */
export interface PreferencesForm {
  /**
   * Saves an already-validated patch (live: main applies it at once). Resolves to null, or
   * to the reason main refused it, for the field to show (and re-word if the language changes).
   */
  save(patch: SettingsPatch): Promise<SaveRefusal | null>
  /**
   * A field's valid value that is not saved yet (typed, before blur/Enter), or null once it
   * is saved or invalid. The schedule preview includes these, so it answers "what if".
   */
  propose(fieldId: string, patch: SettingsPatch | null): void
  /** Dotted keys the organisation's policy locks: their fields are shown disabled. */
  locked: ReadonlySet<string>
}

export const PreferencesFormContext = createContext<PreferencesForm | null>(null)

export function usePreferencesForm(): PreferencesForm {
  const form = useContext(PreferencesFormContext)
  if (!form) throw new Error('preference fields must be inside PreferencesFormContext')
  return form
}
