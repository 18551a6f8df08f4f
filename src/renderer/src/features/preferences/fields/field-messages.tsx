import { rendererI18n } from '../../../lib/i18n'
import type { ReactNode } from 'react'
import { LockedNote, lockedNoteId } from './locked-setting'

/**
 * The hint and the answer under a field, with the ids its control's aria-describedby names:
 * the error (an alert, because it blocks saving) or "Saved" once the value is kept. Both are
 * always rendered (empty when there is nothing to say) so screen readers hear them appear,
 * and they sit in the flow under the field, so they never cover anything.
 */
export function FieldMessages({
  id,
  hint,
  error,
  saved = false,
  locked = false
}: {
  id: string
  hint?: ReactNode
  error: string | null
  saved?: boolean
  locked?: boolean
}) {
  return (
    <>
      {locked ? <LockedNote fieldId={id} /> : null}
      {hint ? (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      ) : null}
      <p id={`${id}-error`} className="error" role={error ? 'alert' : undefined}>
        {error}
      </p>
      <p className="field-saved" role="status">
        {saved && !error ? rendererI18n.t('fields.saved') : ''}
      </p>
    </>
  )
}

export function describedBy(id: string, hint: ReactNode, locked = false): string {
  return [groupDescribedBy(id, hint, locked), `${id}-error`].filter(Boolean).join(' ')
}

/** For a group of options (a fieldset): the locked note and the hint; each option answers for itself. */
export function groupDescribedBy(id: string, hint: ReactNode, locked = false): string | undefined {
  return [locked ? lockedNoteId(id) : null, hint ? `${id}-hint` : null].filter(Boolean).join(' ') || undefined
}
