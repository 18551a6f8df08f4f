import type { SettingsPatch } from '@shared/settings'
import { patchIsLocked } from '../../../lib/use-locked-settings'
import { useTranslation } from 'react-i18next'
import { usePreferencesForm } from '../preferences-form'

/**
 * Settings an organisation's policy locks (managed defaults): the control is disabled and
 * says so in words, so the state does not rest on a greyed-out look.
 */

/** Whether a field's setting is locked: any key its patch would write is. */
export function useLocked(patch: SettingsPatch): boolean {
  return patchIsLocked(usePreferencesForm().locked, patch)
}

/** The same for a field that names its key ("workingHours.days.mon"). */
export function useLockedKey(key: string): boolean {
  return usePreferencesForm().locked.has(key)
}

export const lockedNoteId = (fieldId: string): string => `${fieldId}-locked`

/** The line under a locked field; its id goes into the control's aria-describedby. */
export function LockedNote({ fieldId }: { fieldId: string }) {
  const { t } = useTranslation()
  return (
    <p id={lockedNoteId(fieldId)} className="locked-note">
      {t('prefs.locked')}
    </p>
  )
}
